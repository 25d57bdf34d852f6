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
     * Pages up to this much normalised text are also searched for repeats that are split or merged
     * differently; beyond it, a repeat must match a whole earlier block (the search is quadratic).
     */
    static final int CONTAINMENT_MAX_CHARS = 200_000;

    /**
     * A block repeats an earlier one when its normal form equals an earlier block's, or, on pages
     * of ordinary size, occurs inside the text of the blocks before it: a paragraph captured again
     * in two parts, two paragraphs captured again as one, a second capture cut mid-way.
     *
     * @param texts block texts in page order
     * @return for each index, the index of the earlier block it repeats (the first it overlaps), or -1
     */
    public static int[] find(List<String> texts) {
        int[] of = new int[texts.size()];
        Map<String, Integer> seen = new HashMap<>();
        List<String> keys = new java.util.ArrayList<>(texts.size());
        long total = 0;
        for (String t : texts) {
            String key = TextNormalizer.normalize(t);
            keys.add(key);
            total += key.length();
        }
        boolean containment = total <= CONTAINMENT_MAX_CHARS;
        StringBuilder before = new StringBuilder();
        List<Integer> starts = new java.util.ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            of[i] = -1;
            String key = keys.get(i);
            if (key.length() >= MIN_CHARS) {
                Integer first = seen.putIfAbsent(key, i);
                if (first != null) {
                    of[i] = first;
                } else if (containment) {
                    int at = before.indexOf(key);
                    if (at >= 0) of[i] = blockAt(starts, at);
                }
            }
            if (of[i] < 0) {
                starts.add(before.length());
                before.append(key).append(' ');
            } else {
                starts.add(-1);
            }
        }
        return of;
    }

    /** The index of the block whose text starts at or before a position of the running text. */
    private static int blockAt(List<Integer> starts, int position) {
        int block = 0;
        for (int i = 0; i < starts.size(); i++) {
            if (starts.get(i) >= 0 && starts.get(i) <= position) block = i;
        }
        return block;
    }
}
