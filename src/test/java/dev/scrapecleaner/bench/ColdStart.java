package dev.scrapecleaner.bench;

import dev.scrapecleaner.aws.EventHandler;
import dev.scrapecleaner.aws.LocalContext;
import dev.scrapecleaner.cli.EmbeddedS3Server;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jclouds.blobstore.BlobStore;

/**
 * One cold start, measured in a fresh JVM (run by {@code scripts/coldstart.sh}): the time from
 * the JVM's start to the first article written by the handler, the embedded S3 server's own
 * start and the staging of the object excluded. The object is staged through the server's blob
 * store, not an SDK client, so that no SDK class is loaded before the handler's init phase.
 * Prints {@code COLDSTART <ms>}; with {@code --jsoup-only} it parses the page with jsoup and
 * prints the time from JVM start to that, the floor.
 */
public final class ColdStart {
    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        Path page = Path.of(args[args.length - 1]);
        if (args[0].equals("--jsoup-only")) {
            org.jsoup.Jsoup.parse(Files.readString(page));
            System.out.println("COLDSTART " + (System.currentTimeMillis() - jvmStart));
            return;
        }
        long excludedFrom = System.currentTimeMillis();
        BlobStore[] store = new BlobStore[1];
        try (EmbeddedS3Server server = EmbeddedS3Server.start(null, 0, bs -> store[0] = bs)) {
            store[0].createContainerInLocation(null, "raw-scrapes");
            store[0].createContainerInLocation(null, "clean-articles");
            byte[] bytes = Files.readAllBytes(page);
            store[0].putBlob("raw-scrapes", store[0].blobBuilder("scrapes/page.html").payload(bytes).build());
            long excluded = System.currentTimeMillis() - excludedFrom;

            Map<String, String> env = new HashMap<>();
            env.put("OUTPUT_BUCKET", "clean-articles");
            env.put("S3_ENDPOINT", server.endpoint().toString());
            env.put("AWS_ACCESS_KEY_ID", EmbeddedS3Server.ACCESS_KEY);
            env.put("AWS_SECRET_ACCESS_KEY", EmbeddedS3Server.SECRET_KEY);
            EventHandler handler = new EventHandler(env, null);
            String event = "{\"Records\":[{\"eventSource\":\"aws:s3\",\"eventName\":\"ObjectCreated:Put\",\"s3\":{\"bucket\":"
                    + "{\"name\":\"raw-scrapes\"},\"object\":{\"key\":\"scrapes/page.html\",\"size\":" + bytes.length + "}}}]}";
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out,
                    new LocalContext(60, 1024, System.err));
            long total = System.currentTimeMillis() - jvmStart;
            if (!out.toString(StandardCharsets.UTF_8).contains("\"processed\"")) {
                throw new IllegalStateException("the handler did not process the page: " + out);
            }
            System.out.println("COLDSTART " + (total - excluded) + " (server start and staging excluded: " + excluded + " ms)");
        }
    }
}
