package dev.scrapecleaner.aws;

import dev.scrapecleaner.cli.EmbeddedS3Server;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What cleaning a standard queue's batch at once buys over one object after another: the handler
 * takes SQS batches of ten new pages each, through a proxy that adds a fixed latency to every S3
 * request (as a round trip to S3 would), and the batches alternate between a standard queue's
 * (objects at once) and a FIFO queue's (in order, the same code path as before). Prints the
 * median wall time of a batch of each kind. Usage: {@code SqsBatchEffect PAGES_DIR [LATENCY_MS]
 * [BATCHES]}; the pages must be different articles (the dev set), so that each is a unique article
 * that claims all its index keys.
 */
public final class SqsBatchEffect {
    private static final int BATCH = 10;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long latency = args.length > 1 ? Long.parseLong(args[1]) : 20;
        int batches = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<Path> pages;
        try (var files = Files.list(dir)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        int needed = BATCH * (2 * batches + 1);
        if (pages.size() < needed) {
            throw new IllegalArgumentException(needed + " different .html pages needed in " + dir.toAbsolutePath()
                    + ", found " + pages.size());
        }
        try (EmbeddedS3Server server = EmbeddedS3Server.startInMemory();
             FaultProxy proxy = new FaultProxy(server.endpoint()).latency(latency);
             S3Client s3 = S3Clients.forEndpoint(proxy.endpoint(), "us-east-1", EmbeddedS3Server.ACCESS_KEY,
                     EmbeddedS3Server.SECRET_KEY)) {
            s3.createBucket(b -> b.bucket("raw"));
            s3.createBucket(b -> b.bucket("clean"));
            Map<String, String> env = new HashMap<>();
            env.put("OUTPUT_BUCKET", "clean");
            env.put("DEDUPE", "s3");
            EventHandler handler = new EventHandler(env, s3);
            int next = 0;
            run(handler, s3, pages.subList(next, next += BATCH), false); // warm-up, not timed
            long[] inOrder = new long[batches];
            long[] atOnce = new long[batches];
            for (int b = 0; b < batches; b++) {
                inOrder[b] = run(handler, s3, pages.subList(next, next += BATCH), true);
                atOnce[b] = run(handler, s3, pages.subList(next, next += BATCH), false);
            }
            System.out.printf("SQSBATCH %d objects a batch, %d ms added to every S3 request, %d batches each:"
                    + " in order (FIFO) median %d ms, at once (standard queue) median %d ms%n",
                    BATCH, latency, batches, median(inOrder), median(atOnce));
        }
    }

    /** Uploads the pages, hands the handler one SQS batch naming them, returns its wall time in ms. */
    private static long run(EventHandler handler, S3Client s3, List<Path> pages, boolean fifo) throws Exception {
        List<Map<String, Object>> records = new ArrayList<>();
        for (Path page : pages) {
            byte[] raw = Files.readAllBytes(page);
            String key = "batch/" + page.getFileName();
            s3.putObject(b -> b.bucket("raw").key(key), RequestBody.fromBytes(raw));
            records.add(SqsMessagesTest.message("m-" + key, key, raw.length, fifo));
        }
        long start = System.nanoTime();
        Map<String, Object> response = handler.handle(Map.of("Records", records), QuietContext.create());
        long took = (System.nanoTime() - start) / 1_000_000;
        if (!((List<?>) response.get("batchItemFailures")).isEmpty()) throw new IllegalStateException("failures: " + response);
        return took;
    }

    private static long median(long[] xs) {
        long[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
