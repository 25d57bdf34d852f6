package dev.scrapecleaner.bench;

import dev.scrapecleaner.cli.EmbeddedS3Server;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jclouds.blobstore.BlobStore;

/**
 * The S3 server for {@link ColdStart}, in a JVM of its own: {@code PAGE COUNT} starts the embedded
 * server, stages PAGE under COUNT + 1 keys ({@code scrapes/page-0.html} …), runs the handler once
 * on key 0 to warm the server up, prints {@code ENDPOINT <url>} and serves until its standard
 * input closes.
 */
public final class ColdStartServer {
    /** The embedded server's keys, as compile-time constants: the measured JVM loads no server class. */
    static final String ACCESS_KEY = EmbeddedS3Server.ACCESS_KEY;
    static final String SECRET_KEY = EmbeddedS3Server.SECRET_KEY;

    public static void main(String[] args) throws Exception {
        Path page = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        BlobStore[] store = new BlobStore[1];
        try (EmbeddedS3Server server = EmbeddedS3Server.start(null, 0, bs -> store[0] = bs)) {
            store[0].createContainerInLocation(null, ColdStart.INPUT);
            store[0].createContainerInLocation(null, ColdStart.OUTPUT);
            byte[] bytes = Files.readAllBytes(page);
            for (int i = 0; i <= count; i++) {
                store[0].putBlob(ColdStart.INPUT, store[0].blobBuilder("scrapes/page-" + i + ".html").payload(bytes).build());
            }
            String warm = ColdStart.invoke(server.endpoint().toString(), "scrapes/page-0.html", "index-0/", new long[1]);
            if (!warm.contains("\"processed\"")) throw new IllegalStateException("warm-up run failed: " + warm);
            System.out.println("ENDPOINT " + server.endpoint());
            System.out.flush();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                while (in.readLine() != null) {
                    // serve until the script closes our input
                }
            }
        }
    }
}
