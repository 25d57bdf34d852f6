package dev.scrapecleaner.dedupe;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds blocks of one page that repeat an earlier block: the second capture of a scraper, a
 * pull quote printed twice. The first occurrence is kept; later ones are marked.
 */
public final class InDocumentDuplicates {
    /** Blocks shorter than this (normalised) are never called duplicates: short lines repeat legitimately. */
    public static final int MIN_CHARS = 40;

    private InDocumentDuplicates() {
    }

    /**
     * @param texts block texts in page order
     * @return for each index, the index of the earlier block it repeats, or -1
     */
    public static int[] find(List<String> texts) {
        int[] of = new int[texts.size()];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            of[i] = -1;
            String key = TextNormalizer.normalize(texts.get(i));
            if (key.length() < MIN_CHARS) continue;
            Integer first = seen.putIfAbsent(key, i);
            if (first != null) of[i] = first;
        }
        return of;
    }
}
