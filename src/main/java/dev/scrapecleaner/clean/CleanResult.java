package dev.scrapecleaner.clean;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the cleaning core produced for one scrape: the article, and the facts the quality
 * report is built from (decoded input, every block with its decision, page signals, timings).
 *
 * @param timingsNanos time spent per stage, in pipeline order
 */
public record CleanResult(DecodedScrape input, Article article, List<Block> blocks, ScraperHeader header,
                          Set<String> signals, Map<String, Long> timingsNanos) {
    public CleanResult {
        blocks = List.copyOf(blocks);
        signals = Collections.unmodifiableSet(new LinkedHashSet<>(signals));
        timingsNanos = Collections.unmodifiableMap(new LinkedHashMap<>(timingsNanos));
    }
}
