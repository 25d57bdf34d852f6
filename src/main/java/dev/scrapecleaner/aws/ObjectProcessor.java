package dev.scrapecleaner.aws;

import com.amazonaws.services.lambda.runtime.Context;
import dev.scrapecleaner.clean.Cleaner;
import dev.scrapecleaner.clean.Deadline;
import dev.scrapecleaner.clean.InputProblem;
import dev.scrapecleaner.clean.ScrapeDecoder;
import dev.scrapecleaner.dedupe.DuplicateIndex;
import dev.scrapecleaner.report.ProcessedScrape;
import dev.scrapecleaner.report.ScrapeProcessor;
import dev.scrapecleaner.report.Source;
import dev.scrapecleaner.report.Version;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Cleans one S3 object end to end: read it (within the size cap), run the core, write the
 * article and then the report, the report being the mark that the object is done. Bad input
 * gets a {@code reject} report; only S3 faults propagate, so that Lambda retries.
 *
 * <p>Redelivery is cheap and harmless: a report for the same source ETag means the work is
 * done, and the object is skipped after one GET. Outputs carry nothing that varies between runs
 * (timings go to the log line, not the stored report), so two runs at once write the same bytes.
 */
public final class ObjectProcessor {
    /**
     * What became of one object.
     *
     * @param reasons   the report's reason codes (never article text), for the log line
     * @param timingsMs milliseconds per cleaning stage, for the log line; not stored in the report
     */
    /**
     * @param duplicate the cross-document status ({@code unique}, {@code exact}, {@code near},
     *                  {@code not-checked}), or null when nothing was cleaned
     * @param message   what the report's {@code error} says when the input could not be read, else null
     * @param bytesIn   the raw object's size as read, or -1
     * @param bytesOut  the bytes of the article and report written, 0 when none
     */
    public record Outcome(ObjectRef ref, String status, String verdict, String articleKey, String reportKey,
                          long millis, List<?> reasons, Map<String, Object> timingsMs, String duplicate,
                          String message, long bytesIn, long bytesOut) {
        public static final String PROCESSED = "processed";
        public static final String MISSING = "missing";
        public static final String SKIPPED = "skipped";
        /** A report for this very version (same ETag) exists: a redelivery, nothing redone. */
        public static final String ALREADY_DONE = "already-done";

        Outcome(ObjectRef ref, String status, long millis) {
            this(ref, status, null, null, null, millis, null, null, null, null, -1, 0);
        }
    }

    /** The invocation has too little time left to start this object; Lambda's retry will. */
    public static final class OutOfTimeException extends RuntimeException {
        OutOfTimeException(String message) {
            super(message);
        }
    }

    private final Config config;
    private final S3ScrapeStore store;
    private final ScrapeProcessor processor;

    public ObjectProcessor(Config config, S3Client s3, DuplicateIndex index) {
        this.config = config;
        this.store = new S3ScrapeStore(s3);
        this.processor = new ScrapeProcessor(new Cleaner(new ScrapeDecoder(config.maxDecodedBytes())), index,
                config.thresholds());
    }

    /** Processes the object with no time limit (command line, tests). */
    public Outcome process(ObjectRef ref) {
        return process(ref, null);
    }

    /**
     * Processes the object within the invocation's remaining time less {@code TIME_RESERVE_MS}:
     * a page that would overrun gets a {@code time-budget} reject, written in the reserve.
     */
    public Outcome process(ObjectRef ref, Context context) {
        long start = System.nanoTime();
        if (config.isOutput(ref.bucket(), ref.key()) || outsideInput(ref)) {
            return new Outcome(ref, Outcome.SKIPPED, 0);
        }
        Deadline deadline = deadline(context);
        if (deadline.passed()) {
            throw new OutOfTimeException("only " + context.getRemainingTimeInMillis() + " ms left, under TIME_RESERVE_MS "
                    + config.timeReserveMillis() + ": not started, so that Lambda retries it");
        }
        String reportKey = config.reportKey(ref.key());
        Map<String, Object> previous = store.readJsonOrNull(config.outputBucket(), reportKey);
        if (previous != null && sameVersion(previous, ref.etag())) {
            return alreadyDone(ref, previous, start);
        }
        ProcessedScrape p;
        if (ref.size() > config.maxObjectBytes()) {
            p = processor.unreadable(source(ref, ref.etag(), ref.size()), tooLarge(ref.size()));
        } else {
            S3ScrapeStore.Scrape raw;
            try {
                raw = store.read(ref, config.maxObjectBytes());
            } catch (NoSuchKeyException | NoSuchBucketException e) {
                // Gone, or named in a bucket that does not exist: no retry can bring it back.
                return new Outcome(ref, Outcome.MISSING, millisSince(start));
            } catch (S3Exception e) {
                if (e.statusCode() != 404) throw e;
                return new Outcome(ref, Outcome.MISSING, millisSince(start)); // NoSuchVersion: the version was deleted
            }
            String etag = ref.etag() != null ? S3ScrapeStore.unquote(ref.etag()) : raw.etag();
            if (previous != null && ref.etag() == null && sameVersion(previous, etag)) {
                return alreadyDone(ref, previous, start);
            }
            Source source = source(ref, etag, raw.bytes() == null ? raw.size() : raw.bytes().length);
            p = raw.bytes() == null
                    ? processor.unreadable(source, tooLarge(raw.size()))
                    : processor.process(source, raw.bytes(), deadline);
        }
        String articleKey = null;
        long bytesOut = 0;
        if (p.writesArticle(config.reportOnlyForDuplicates())) {
            articleKey = config.articleKey(ref.key());
            bytesOut += store.writeJson(config.outputBucket(), articleKey, p.article());
        }
        Map<String, Object> report = p.storedReport(articleKey != null);
        @SuppressWarnings("unchecked")
        Map<String, Object> timings = (Map<String, Object>) report.remove("timingsMs");
        bytesOut += store.writeJson(config.outputBucket(), reportKey, report);
        return new Outcome(ref, Outcome.PROCESSED, p.verdict(), articleKey, reportKey, millisSince(start),
                (List<?>) report.get("reasons"), timings, duplicateStatus(report), errorMessage(report),
                sourceSize(report), bytesOut);
    }

    private Deadline deadline(Context context) {
        if (context == null) return Deadline.none();
        return Deadline.in(Duration.ofMillis(context.getRemainingTimeInMillis() - config.timeReserveMillis()));
    }

    /** Keys outside INPUT_PREFIX of INPUT_BUCKET, which a queue or bus wiring may still deliver. */
    private boolean outsideInput(ObjectRef ref) {
        String in = config.inputBucket();
        return in != null && ref.bucket().equals(in) && !ref.key().startsWith(config.inputPrefix());
    }

    /**
     * The report was written for this very version of the object (same ETag) by this version of
     * the cleaner; after an upgrade, a redelivered object is cleaned again.
     */
    private static boolean sameVersion(Map<String, Object> report, String etag) {
        if (etag == null || !(report.get("source") instanceof Map<?, ?> source)) return false;
        return S3ScrapeStore.unquote(etag).equals(source.get("etag")) && Version.cleaner().equals(report.get("cleanerVersion"));
    }

    private Outcome alreadyDone(ObjectRef ref, Map<String, Object> report, long start) {
        String articleKey = report.get("output") instanceof Map<?, ?> out && Boolean.TRUE.equals(out.get("articleWritten"))
                ? config.articleKey(ref.key()) : null;
        return new Outcome(ref, Outcome.ALREADY_DONE, (String) report.get("verdict"), articleKey,
                config.reportKey(ref.key()), millisSince(start), (List<?>) report.get("reasons"), null,
                duplicateStatus(report), errorMessage(report), sourceSize(report), 0);
    }

    static String duplicateStatus(Map<String, Object> report) {
        return report.get("duplicates") instanceof Map<?, ?> d && d.get("crossDocument") instanceof Map<?, ?> c
                && c.get("status") instanceof String status ? status : null;
    }

    static String errorMessage(Map<String, Object> report) {
        return report.get("error") instanceof Map<?, ?> e && e.get("message") instanceof String m ? m : null;
    }

    static long sourceSize(Map<String, Object> report) {
        return report.get("source") instanceof Map<?, ?> s && s.get("size") instanceof Number n ? n.longValue() : -1;
    }

    private InputProblem tooLarge(long size) {
        return InputProblem.of("too-large", "The object is " + (size < 0 ? "larger than" : size + " bytes, over")
                + " the cap of " + config.maxObjectBytes() + " bytes (MAX_OBJECT_BYTES); it was not read.");
    }

    private static Source source(ObjectRef ref, String etag, long size) {
        return new Source(ref.bucket(), ref.key(), ref.versionId(), etag == null ? null : S3ScrapeStore.unquote(etag), size);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
