package dev.scrapecleaner.report;

import dev.scrapecleaner.clean.CleanResult;
import dev.scrapecleaner.dedupe.DuplicateMatch;
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
}
