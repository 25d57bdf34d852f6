package dev.scrapecleaner.report;

import dev.scrapecleaner.clean.CleanResult;
import dev.scrapecleaner.dedupe.DuplicateMatch;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The two output documents of one scrape, and the facts callers route on.
 *
 * @param article the article document, or null when the article is not to be written (duplicate
 *                with the report-only policy)
 */
public record ProcessedScrape(CleanResult result, DuplicateMatch duplicate, Map<String, Object> article,
                              Map<String, Object> report) {
    public String verdict() {
        return (String) report.get("verdict");
    }

    /**
     * Whether an article document is written for this scrape, by the function and the command
     * line alike: there is an article, and it is not a duplicate kept as a report only.
     */
    public boolean writesArticle(boolean reportOnlyForDuplicates) {
        boolean isDuplicate = duplicate != null && duplicate.isDuplicate();
        return article != null && !result.article().isEmpty() && !(isDuplicate && reportOnlyForDuplicates);
    }

    /** The report as written beside the article: with {@code output.articleWritten}. */
    public Map<String, Object> storedReport(boolean articleWritten) {
        Map<String, Object> stored = new LinkedHashMap<>(report);
        if (report.get("output") instanceof Map<?, ?> out) {
            Map<String, Object> output = new LinkedHashMap<>();
            out.forEach((k, v) -> output.put(String.valueOf(k), v));
            output.put("articleWritten", articleWritten);
            stored.put("output", output);
        }
        return stored;
    }
}
