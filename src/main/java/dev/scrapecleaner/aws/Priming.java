package dev.scrapecleaner.aws;

import dev.scrapecleaner.clean.Cleaner;
import dev.scrapecleaner.dedupe.InMemoryDuplicateIndex;
import dev.scrapecleaner.report.Json;
import dev.scrapecleaner.report.ProcessedScrape;
import dev.scrapecleaner.report.ScrapeProcessor;
import dev.scrapecleaner.report.Source;
import dev.scrapecleaner.report.Thresholds;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The init phase's one-time work. The S3 client (TLS, the SDK's metadata) builds on a thread of
 * its own, and sends one read, while this one cleans two built-in pages, one of each format,
 * through the whole path: parse, classify, dedupe in memory, report, JSON. The first real page
 * then runs on loaded, linked code. Lambda runs init with a full CPU, and SnapStart snapshots the
 * state after it, so work moved here is work the first invocation no longer waits for; when init
 * is off the invocation path, it also tries the write path ({@link Probes}).
 */
final class Priming {
    private static final String SENTENCE = "The harbour council met on Tuesday to discuss the plan, and the vote was "
            + "delayed until the spring because residents asked for more time to read the proposals. ";
    private static final String HTML = "<!doctype html><html lang=en><head><meta charset=utf-8><title>Init | Site</title>"
            + "<meta property=\"article:published_time\" content=\"2026-01-02T10:00:00Z\">"
            + "<style>p{margin:0}</style><script>var ready = 1;</script></head><body><!-- ad slot -->"
            + "<nav><a href=/>Home</a> <a href=/world>World</a></nav><article><h1>Harbour vote delayed</h1>"
            + "<p>" + SENTENCE + "</p><p>" + SENTENCE + SENTENCE + "</p><figure><figcaption>Photo: Archive</figcaption></figure>"
            + "<p>" + SENTENCE + "</p></article><aside class=related><ul><li><a href=/a>Another story</a></li></ul></aside>"
            + "<footer>© 2026 Site. All rights reserved.</footer></body></html>";
    private static final String TEXT = "date 2026-01-02 200\nHome\nWorld\nHarbour vote delayed\n" + SENTENCE + "\n"
            + SENTENCE + SENTENCE + "\n" + SENTENCE + "\nRelated stories\nAnother story\n© 2026 Site. All rights reserved.\n";

    /** The input key whose report the first request asks for, and the index key the write path is tried on: no scrape has them. */
    static final String PROBE_KEY = ".init-probe";
    /** The probes must not hold up init: Lambda gives init 10 s, and they are only a warm-up. */
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    /** MD5 of the empty string: sent with a body that is not empty, so S3 refuses the PUT (400 BadDigest). */
    private static final String WRONG_MD5 = "1B2M2Y8AsgTpgAmY7PhCfg==";

    private Priming() {
    }

    /**
     * The requests init sends so that the SDK's request paths are loaded before the first event,
     * none of which stores anything: the read every invocation starts with (a report that does
     * not exist), and the index's two requests, a HEAD and a conditional PUT (one that S3 refuses).
     */
    record Probes(String bucket, String reportKey, String indexBucket, String indexKey) {
        Probes(String bucket, String reportKey, String indexKey) {
            this(bucket, reportKey, bucket, indexKey);
        }

        static Probes of(Config config) {
            return new Probes(config.outputBucket(), config.reportKey(PROBE_KEY), config.indexBucket(),
                    config.indexPrefix() + PROBE_KEY);
        }

        /**
         * Reads one report that does not exist, the request every invocation starts with (is this
         * version already done?): signing, endpoint rules, the connection and error parsing are
         * then loaded. A failure (no permission, no network) only means the first event pays for
         * that path itself.
         */
        void read(S3Client s3) {
            quietly(() -> s3.getObjectAsBytes(b -> b.bucket(bucket).key(reportKey)
                    .overrideConfiguration(o -> o.apiCallTimeout(PROBE_TIMEOUT))));
        }

        /**
         * The duplicate index's requests, a HEAD of a free key and a conditional PUT, and so the
         * write path of articles and reports. The PUT's Content-MD5 is not its body's, so S3
         * refuses it (400 BadDigest) before storing anything. A server that ignored the digest
         * would store one small probe object under the index prefix, once (the PUT is
         * conditional); no claim key looks like its key.
         */
        void writePath(S3Client s3) {
            quietly(() -> s3.headObject(b -> b.bucket(indexBucket).key(indexKey)
                    .overrideConfiguration(o -> o.apiCallTimeout(PROBE_TIMEOUT))));
            quietly(() -> s3.putObject(b -> b.bucket(indexBucket).key(indexKey).ifNoneMatch("*").contentMD5(WRONG_MD5)
                    .metadata(Map.of("owner", PROBE_KEY)).overrideConfiguration(o -> o.apiCallTimeout(PROBE_TIMEOUT)),
                    RequestBody.fromString(PROBE_KEY)));
        }

        private static void quietly(Runnable request) {
            try {
                request.run();
            } catch (RuntimeException expected) {
                // A 404 or a 400 is the normal answer; any other failure is the first event's to meet.
            }
        }
    }

    /**
     * Rounds of priming when init is off the invocation path: a SnapStart snapshot is taken after
     * it, and provisioned concurrency runs it ahead of traffic. Enough for the JIT to compile the
     * hot loops, so the snapshot holds compiled code, not just loaded classes.
     */
    static final int OFF_PATH_ROUNDS = 100;

    /**
     * How many times to clean the built-in pages: once when the first event waits for init, and
     * {@link #OFF_PATH_ROUNDS} when Lambda says no event does ({@code AWS_LAMBDA_INITIALIZATION_TYPE}
     * {@code snap-start} or {@code provisioned-concurrency}).
     */
    static int rounds(Map<String, String> env) {
        String type = env.getOrDefault("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        return type.equals("snap-start") || type.equals("provisioned-concurrency") ? OFF_PATH_ROUNDS : 1;
    }

    /**
     * Builds the client on another thread, which then sends the read probe, while this one primes
     * the cleaning path {@code rounds} times. When init is off the invocation path ({@code rounds}
     * above 1) this thread then sends the write-path probes too: on demand they would cost init
     * about what they save the first event (one A/B of 8 runs each: +94 ms and −53 ms). Returns the client;
     * {@code probes} may be null (none sent).
     */
    static S3Client buildWhilePriming(Supplier<S3Client> client, Probes probes, int rounds) {
        CompletableFuture<S3Client> building = CompletableFuture.supplyAsync(client, r -> {
            Thread t = new Thread(r, "s3-client-init");
            t.setDaemon(true);
            t.start();
        });
        CompletableFuture<Void> reading = building.thenAccept(s3 -> {
            if (probes != null) probes.read(s3);
        });
        prime(rounds);
        S3Client built = join(building);
        if (probes != null && rounds > 1) probes.writePath(built);
        join(reading);
        return built;
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            // The settings' own error ("S3_ENDPOINT is not a URI"), not the wrapper's.
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /** Cleans the built-in pages {@code rounds} times; a failure here must never stop the function from starting. */
    static void prime(int rounds) {
        try {
            ScrapeProcessor processor = new ScrapeProcessor(new Cleaner(), new InMemoryDuplicateIndex(), Thresholds.DEFAULT);
            for (int round = 0; round < rounds; round++) for (String page : new String[] {HTML, TEXT}) {
                byte[] raw = page.getBytes(StandardCharsets.UTF_8);
                ProcessedScrape p = processor.process(Source.localFile("priming", raw.length), raw);
                Json.write(p.report(), true);
                if (p.article() != null) Json.write(p.article(), true);
            }
        } catch (RuntimeException e) {
            System.err.println("priming skipped: " + e);
        }
    }
}
