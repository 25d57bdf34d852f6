package dev.scrapecleaner.learn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Labels a page's blocks as main content or not by aligning their words with the page's ground
 * truth. A block of three words or more is content when most of its word triples occur in the
 * truth: a paragraph of the article shares nearly all of them, a menu or a teaser of another
 * story next to none. A block of one or two words ("Home", a subhead "The plan") is content when
 * the truth holds it as a line of its own, or holds its words and the blocks on both sides are
 * content: short words alone occur everywhere in a truth, and would otherwise label every menu.
 * Tokens are the benchmark's ({@link PageScores#TOKEN}, lower-cased), so that labels agree with the metric.
 */
public final class BlockLabels {
    /** Label of a block with no words: the model neither learns from it nor is judged on it. */
    public static final int IGNORED = -1;
    private static final Pattern TOKEN = PageScores.TOKEN;
    /** Share of a block's word triples that must occur in the truth for the block to be content. */
    private static final double MATCHED_SHARE = 0.5;

    private final Set<String> triples = new HashSet<>();
    private final Set<String> shortSequences = new HashSet<>();
    private final Set<String> lines = new HashSet<>();

    /** Indexes a page's truth once, for the labels of all its blocks. */
    public BlockLabels(String truth) {
        for (String line : truth.split("\n")) {
            List<String> t = tokens(line);
            if (t.isEmpty()) continue;
            lines.add(String.join(" ", t));
        }
        List<String> t = tokens(truth);
        for (int i = 0; i < t.size(); i++) {
            shortSequences.add(t.get(i));
            if (i + 1 < t.size()) shortSequences.add(t.get(i) + " " + t.get(i + 1));
            if (i + 2 < t.size()) triples.add(t.get(i) + " " + t.get(i + 1) + " " + t.get(i + 2));
        }
    }

    /** The labels of a page's blocks (their texts in page order): 1 content, 0 not, {@link #IGNORED}. */
    public int[] label(List<String> blockTexts) {
        int n = blockTexts.size();
        int[] labels = new int[n];
        List<List<String>> tokens = new ArrayList<>(n);
        for (String text : blockTexts) tokens.add(tokens(text));
        for (int i = 0; i < n; i++) {
            List<String> t = tokens.get(i);
            if (t.isEmpty()) {
                labels[i] = IGNORED;
            } else if (t.size() >= 3) {
                int matched = 0;
                for (int k = 0; k + 2 < t.size(); k++) {
                    if (triples.contains(t.get(k) + " " + t.get(k + 1) + " " + t.get(k + 2))) matched++;
                }
                labels[i] = matched >= MATCHED_SHARE * (t.size() - 2) ? 1 : 0;
            }
        }
        for (int i = 0; i < n; i++) {
            List<String> t = tokens.get(i);
            if (t.isEmpty() || t.size() >= 3) continue;
            String key = String.join(" ", t);
            boolean ownLine = lines.contains(key);
            boolean between = shortSequences.contains(key) && longNeighbourIsContent(tokens, labels, i, -1)
                    && longNeighbourIsContent(tokens, labels, i, 1);
            labels[i] = ownLine || between ? 1 : 0;
        }
        return labels;
    }

    /** Whether the nearest block of three words or more in a direction was labelled content. */
    private static boolean longNeighbourIsContent(List<List<String>> tokens, int[] labels, int i, int step) {
        for (int j = i + step; j >= 0 && j < labels.length; j += step) {
            if (tokens.get(j).size() >= 3) return labels[j] == 1;
        }
        return false;
    }

    /** The benchmark's tokens of a text, lower-cased. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) out.add(m.group().toLowerCase(Locale.ROOT));
        return out;
    }

    /** How many benchmark tokens a text holds: a block's weight in the metric. */
    static int tokenCount(String text) {
        int n = 0;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) n++;
        return n;
    }
}
