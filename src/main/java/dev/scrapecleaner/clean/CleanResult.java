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
 * @param pageEvidence the page's evidence of its kind, as the page-type model reads it: kept only by
 *                     a cleaner that records features (for training), else null
 * @param pageWords    the words the page names itself with ({@link PageWords}), recorded as the evidence is
 */
public record CleanResult(DecodedScrape input, Article article, List<Block> blocks, ScraperHeader header,
                          Set<String> signals, Map<String, Long> timingsNanos, PageType pageType, float[] pageEvidence,
                          List<String> pageWords) {
    /** A result without recorded evidence, as every cleaner but a training one makes. */
    public CleanResult(DecodedScrape input, Article article, List<Block> blocks, ScraperHeader header, Set<String> signals,
                       Map<String, Long> timingsNanos, PageType pageType) {
        this(input, article, blocks, header, signals, timingsNanos, pageType, null, null);
    }

    public CleanResult {
        pageType = pageType == null ? PageType.UNTYPED : pageType;
        blocks = List.copyOf(blocks);
        signals = Collections.unmodifiableSet(new LinkedHashSet<>(signals));
        timingsNanos = Collections.unmodifiableMap(new LinkedHashMap<>(timingsNanos));
    }
}
