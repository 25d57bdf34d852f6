package dev.scrapecleaner.aws;

import dev.scrapecleaner.clean.Cleaner;
import dev.scrapecleaner.clean.InputProblem;
import dev.scrapecleaner.clean.ScrapeDecoder;
import dev.scrapecleaner.dedupe.DuplicateIndex;
import dev.scrapecleaner.report.ProcessedScrape;
import dev.scrapecleaner.report.ScrapeProcessor;
import dev.scrapecleaner.report.Source;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Cleans one S3 object end to end: read it (within the size cap), run the core, write the
 * article and then the report, the report being the mark that the object is done. Bad input
 * gets a {@code reject} report; only S3 faults propagate, so that Lambda retries.
 */
public final class ObjectProcessor {
    /** What became of one object. */
    public record Outcome(ObjectRef ref, String status, String verdict, String articleKey, String reportKey,
                          long millis) {
        public static final String PROCESSED = "processed";
        public static final String MISSING = "missing";
        public static final String SKIPPED = "skipped";
    }

    private final Config config;
    private final S3ScrapeStore store;
    private final ScrapeProcessor processor;

    public ObjectProcessor(Config config, S3Client s3, DuplicateIndex index) {
        this.config = config;
        this.store = new S3ScrapeStore(s3);
        this.processor = new ScrapeProcessor(new Cleaner(new ScrapeDecoder(config.maxDecodedBytes())), index);
    }

    public Outcome process(ObjectRef ref) {
        long start = System.nanoTime();
        if (ref.key().startsWith(config.articlePrefix()) || ref.key().startsWith(config.reportPrefix())
                || ref.key().startsWith(config.indexPrefix())) {
            if (ref.bucket().equals(config.outputBucket())) {
                return new Outcome(ref, Outcome.SKIPPED, null, null, null, 0);
            }
        }
        ProcessedScrape p;
        if (ref.size() > config.maxObjectBytes()) {
            p = processor.unreadable(source(ref, ref.size()), tooLarge(ref.size()));
        } else {
            byte[] raw;
            try {
                raw = store.read(ref, config.maxObjectBytes());
            } catch (NoSuchKeyException | NoSuchBucketException e) {
                // Gone, or named in a bucket that does not exist: no retry can bring it back.
                return new Outcome(ref, Outcome.MISSING, null, null, null, millisSince(start));
            }
            p = raw == null
                    ? processor.unreadable(source(ref, ref.size()), tooLarge(ref.size()))
                    : processor.process(source(ref, raw.length), raw);
        }
        String articleKey = null;
        if (p.article() != null && !p.result().article().isEmpty()) {
            articleKey = config.articleKey(ref.key());
            store.writeJson(config.outputBucket(), articleKey, p.article());
        }
        String reportKey = config.reportKey(ref.key());
        store.writeJson(config.outputBucket(), reportKey, p.report());
        return new Outcome(ref, Outcome.PROCESSED, p.verdict(), articleKey, reportKey, millisSince(start));
    }

    private InputProblem tooLarge(long size) {
        return InputProblem.of("too-large", "The object is " + (size < 0 ? "larger than" : size + " bytes, over")
                + " the cap of " + config.maxObjectBytes() + " bytes (MAX_OBJECT_BYTES); it was not read.");
    }

    private static Source source(ObjectRef ref, long size) {
        return new Source(ref.bucket(), ref.key(), ref.versionId(), ref.etag(), size);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
