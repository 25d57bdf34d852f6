package dev.scrapecleaner.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The HTML second stage's container features: the first stage's scores summed over each of the
 * block's nearest ancestors. A listing's items, a collection's cards or a thread's posts are
 * content together, under one element, though in page order their titles, prices and links
 * interleave with text that scores low alone; what the blocks under a container scored as a whole
 * says more than the sequence around one block does.
 */
final class ContainerScores {
    /** How many ancestors up are read: a card's text sits a few elements below the list that holds the cards. */
    static final int LEVELS = 4;
    static final List<String> NAMES = names();

    private final List<Block> blocks;
    /** Per container: the scores weighted by characters, and the characters, of the blocks under it. */
    private final Map<Element, double[]> sums = new IdentityHashMap<>();
    private final double totalChars;

    /**
     * @param blocks the blocks the model decides, in page order
     * @param scores the first stage's score of each
     */
    ContainerScores(List<Block> blocks, double[] scores) {
        this.blocks = blocks;
        double total = 0;
        for (int i = 0; i < blocks.size(); i++) {
            double chars = Math.max(1, blocks.get(i).text().length());
            total += chars;
            Element e = blocks.get(i).element();
            for (int level = 1; level <= LEVELS && e != null; level++) {
                e = e.parent();
                if (e == null) break;
                double[] s = sums.computeIfAbsent(e, k -> new double[2]);
                s[0] += scores[i] * chars;
                s[1] += chars;
            }
        }
        this.totalChars = total;
    }

    /** Writes block {@code i}'s features from {@code offset}, in the order of {@link #NAMES}; absent levels as {@link FeatureRows#ABSENT}. */
    void write(int i, double[] out, int offset) {
        Element e = blocks.get(i).element();
        int k = offset;
        for (int level = 1; level <= LEVELS; level++) {
            e = e == null ? null : e.parent();
            double[] s = e == null ? null : sums.get(e);
            out[k++] = s == null ? FeatureRows.ABSENT : s[0] / s[1];
            out[k++] = s == null ? FeatureRows.ABSENT : s[1] / totalChars;
        }
    }

    private static List<String> names() {
        List<String> n = new ArrayList<>();
        for (int level = 1; level <= LEVELS; level++) {
            n.add("stage1.up" + level + "_mean");
            n.add("stage1.up" + level + "_share");
        }
        return List.copyOf(n);
    }
}
