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
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The init phase's one-time work. The S3 client (TLS, the SDK's metadata) builds on a thread of
 * its own, and sends one read, while this one cleans two built-in pages, one of each format,
 * through the whole path: parse, classify, dedupe in memory, report, JSON. The first real page
 * then runs on loaded, linked code. Lambda runs init with a full CPU, and SnapStart snapshots the
 * state after it, so work moved here is work the first invocation no longer waits for.
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

    /** The input key whose report the first request asks for: no scrape has it, so the answer is a 404. */
    static final String PROBE_KEY = ".init-probe";
    /** The probe must not hold up init: Lambda gives init 10 s, and the probe is only a warm-up. */
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private Priming() {
    }

    /**
     * Reads one report that does not exist, the request every invocation starts with (is this
     * version already done?): the SDK's request path (signing, endpoint rules, the connection,
     * error parsing) is then loaded before the first event. Nothing is written, and a failure
     * (no permission, no network) only means the first event pays for that path itself.
     */
    static void firstRequest(S3Client s3, String bucket, String key) {
        try {
            s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)
                    .overrideConfiguration(o -> o.apiCallTimeout(PROBE_TIMEOUT)));
        } catch (RuntimeException expected) {
            // NoSuchKey is the normal answer; any other failure is the first event's to meet.
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

    /** Builds the client on another thread while the cleaning path is primed here {@code rounds} times, and returns it. */
    static S3Client buildWhilePriming(Supplier<S3Client> client, int rounds) {
        CompletableFuture<S3Client> building = CompletableFuture.supplyAsync(client, r -> {
            Thread t = new Thread(r, "s3-client-init");
            t.setDaemon(true);
            t.start();
        });
        prime(rounds);
        try {
            return building.join();
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
