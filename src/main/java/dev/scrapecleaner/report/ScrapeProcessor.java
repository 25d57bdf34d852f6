package dev.scrapecleaner.report;

import dev.scrapecleaner.clean.CleanResult;
import dev.scrapecleaner.clean.Cleaner;
import dev.scrapecleaner.clean.Deadline;
import dev.scrapecleaner.clean.InputProblem;
import dev.scrapecleaner.dedupe.DuplicateIndex;
import dev.scrapecleaner.dedupe.DuplicateMatch;
import dev.scrapecleaner.dedupe.Fingerprinter;
import dev.scrapecleaner.dedupe.Fingerprints;

/**
 * The whole core path for one scrape, with no I/O of its own: clean, fingerprint, check the
 * duplicate index, and lay out the article and report documents. The Lambda and the command
 * line both call it.
 */
public final class ScrapeProcessor {
    private final Cleaner cleaner;
    private final DuplicateIndex index;
    private final Thresholds thresholds;

    /** @param index where earlier articles are remembered; null to skip cross-document dedupe */
    public ScrapeProcessor(Cleaner cleaner, DuplicateIndex index) {
        this(cleaner, index, Thresholds.DEFAULT);
    }

    /** @param thresholds the verdict's thresholds ({@link Thresholds#fromEnv}) */
    public ScrapeProcessor(Cleaner cleaner, DuplicateIndex index, Thresholds thresholds) {
        this.cleaner = cleaner;
        this.index = index;
        this.thresholds = thresholds;
    }

    public ProcessedScrape process(Source source, byte[] raw) {
        return process(source, raw, Deadline.none());
    }

    /**
     * Cleans within a deadline (a {@code time-budget} reject when it passes). A bug in the core
     * must not cost the batch or send the object round Lambda's retries: it becomes a reject
     * with reason {@code internal-error}, the raw object untouched.
     */
    public ProcessedScrape process(Source source, byte[] raw, Deadline deadline) {
        CleanResult result;
        try {
            result = cleaner.clean(raw, deadline);
        } catch (RuntimeException | StackOverflowError e) {
            result = Cleaner.unreadable(source.size(), InputProblem.of("internal-error", "The cleaner failed on this"
                    + " page (" + e.getClass().getName() + "): a bug to report with this key; the raw object is untouched."));
        }
        return finish(source, result);
    }

    /** The outputs for a scrape that could not be read at all: an empty article and a {@code reject} report. */
    public ProcessedScrape unreadable(Source source, InputProblem problem) {
        return finish(source, Cleaner.unreadable(source.size(), problem));
    }

    private ProcessedScrape finish(Source source, CleanResult result) {
        Fingerprints fp = null;
        DuplicateMatch match = null;
        if (!result.article().isEmpty()) {
            fp = Fingerprinter.of(result.article().text());
            if (index != null) {
                match = index.checkAndRecord(source.identity(), source.key(), fp);
            }
        }
        return new ProcessedScrape(result, match, OutputDocuments.article(source, result, fp),
                ReportBuilder.report(source, result, match, thresholds));
    }
}
