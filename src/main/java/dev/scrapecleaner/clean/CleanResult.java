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
 * @param pageType     what kind of page it is ({@link PageType#UNTYPED} when it was not typed)
 */
public record CleanResult(DecodedScrape input, Article article, List<Block> blocks, ScraperHeader header,
                          Set<String> signals, Map<String, Long> timingsNanos, PageType pageType) {
    public CleanResult {
        pageType = pageType == null ? PageType.UNTYPED : pageType;
        blocks = List.copyOf(blocks);
        signals = Collections.unmodifiableSet(new LinkedHashSet<>(signals));
        timingsNanos = Collections.unmodifiableMap(new LinkedHashMap<>(timingsNanos));
    }
}
