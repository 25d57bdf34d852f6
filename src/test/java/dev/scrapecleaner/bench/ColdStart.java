package dev.scrapecleaner.bench;

import dev.scrapecleaner.aws.EventHandler;
import dev.scrapecleaner.aws.LocalContext;
import dev.scrapecleaner.aws.S3Clients;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One cold start, measured in a fresh JVM (run by {@code scripts/coldstart.sh}) on the Lambda
 * deployment jar's classes: the time from the JVM's start to the first article written by the
 * handler. The S3 server ({@link ColdStartServer}) runs in a process of its own, started once and
 * warmed up before the first measurement, as S3 is for a Lambda function: its start and its own
 * first requests are not the function's cold start, and it takes none of the measured JVM's
 * threads. Modes:
 * <ul>
 * <li>{@code --handler ENDPOINT N}: a fresh handler (its init phase included) cleans key N, with
 *     a duplicate index of its own so that every run does the same claims; prints
 *     {@code COLDSTART <total ms> <ms to the end of init> <ms of the first event>}. The last is
 *     roughly what a SnapStart restore leaves to the first event, since the snapshot is taken
 *     after init. A fourth argument is the {@code AWS_LAMBDA_INITIALIZATION_TYPE} init sees:
 *     {@code snap-start} primes as it would before a snapshot.</li>
 * <li>{@code --sdk-only ENDPOINT N}: builds the S3 client as the handler does and writes one small
 *     object with it, and nothing else: the SDK's own floor, which no function on it can go under;
 *     prints {@code COLDSTART <total ms> <ms to the client built> <ms of the write>}.</li>
 * <li>{@code --jsoup-only PAGE}: parses the page with jsoup and prints the time to that, the floor.</li>
 * </ul>
 */
public final class ColdStart {
    static final String INPUT = "raw-scrapes";
    static final String OUTPUT = "clean-articles";

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        switch (args[0]) {
            case "--jsoup-only" -> {
                org.jsoup.Jsoup.parse(Files.readString(Path.of(args[1])));
                System.out.println("COLDSTART " + (System.currentTimeMillis() - jvmStart));
            }
            case "--handler" -> {
                long[] initEnd = new long[1];
                Map<String, String> env = env(args[1], "index-" + args[2] + "/");
                if (args.length > 3) env.put("AWS_LAMBDA_INITIALIZATION_TYPE", args[3]);
                String out = invoke(env, "scrapes/page-" + args[2] + ".html", initEnd);
                long end = System.currentTimeMillis();
                if (!out.contains("\"processed\"")) throw new IllegalStateException("the handler did not process the page: " + out);
                System.out.println("COLDSTART " + (end - jvmStart) + " " + (initEnd[0] - jvmStart) + " " + (end - initEnd[0]));
            }
            case "--sdk-only" -> {
                S3Client s3 = S3Clients.fromEnv(env(args[1], "index-" + args[2] + "/"));
                long built = System.currentTimeMillis();
                s3.putObject(b -> b.bucket(OUTPUT).key("sdk-floor/" + args[2] + ".json"), RequestBody.fromString("{}"));
                long end = System.currentTimeMillis();
                System.out.println("COLDSTART " + (end - jvmStart) + " " + (built - jvmStart) + " " + (end - built));
            }
            default -> throw new IllegalArgumentException("usage: --handler ENDPOINT N | --sdk-only ENDPOINT N | --jsoup-only PAGE");
        }
    }

    /** The function's settings for the server at {@code endpoint}. */
    static Map<String, String> env(String endpoint, String indexPrefix) {
        Map<String, String> env = new HashMap<>();
        env.put("OUTPUT_BUCKET", OUTPUT);
        env.put("INDEX_PREFIX", indexPrefix);
        env.put("S3_ENDPOINT", endpoint);
        env.put("AWS_ACCESS_KEY_ID", ColdStartServer.ACCESS_KEY);
        env.put("AWS_SECRET_ACCESS_KEY", ColdStartServer.SECRET_KEY);
        return env;
    }

    /** Runs a new handler on one key; {@code initEnd[0]} gets the time its constructor (Lambda's init phase) ended. */
    static String invoke(Map<String, String> env, String key, long[] initEnd) throws Exception {
        EventHandler handler = new EventHandler(env, null);
        initEnd[0] = System.currentTimeMillis();
        String event = "{\"Records\":[{\"eventSource\":\"aws:s3\",\"eventName\":\"ObjectCreated:Put\",\"s3\":{\"bucket\":"
                + "{\"name\":\"" + INPUT + "\"},\"object\":{\"key\":\"" + key + "\"}}}]}";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out,
                new LocalContext(60, 1024, System.err));
        return out.toString(StandardCharsets.UTF_8);
    }
}
