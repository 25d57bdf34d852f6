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
 * server, stages PAGE under COUNT + 1 keys ({@code scrapes/page-0.html} …), runs the handler
 * {@value #WARM_UP_RUNS} times on keys of its own to warm the server up, prints
 * {@code ENDPOINT <url>} and serves until its standard input closes.
 */
public final class ColdStartServer {
    /** The embedded server's keys, as compile-time constants: the measured JVM loads no server class. */
    static final String ACCESS_KEY = EmbeddedS3Server.ACCESS_KEY;
    static final String SECRET_KEY = EmbeddedS3Server.SECRET_KEY;
    /** Handler runs in this JVM before the endpoint is announced: about 1,500 requests, enough for the JIT. */
    private static final int WARM_UP_RUNS = 40;

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
            // Warm the server up as S3 is: its request handling compiled, not interpreted, when the measured runs come.
            for (int i = 0; i < WARM_UP_RUNS; i++) {
                String key = "warm-up/page-" + i + ".html";
                store[0].putBlob(ColdStart.INPUT, store[0].blobBuilder(key).payload(bytes).build());
                String warm = ColdStart.invoke(ColdStart.env(server.endpoint().toString(), "index-warm-" + i + "/"), key, new long[1]);
                if (!warm.contains("\"processed\"")) throw new IllegalStateException("warm-up run failed: " + warm);
            }
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
