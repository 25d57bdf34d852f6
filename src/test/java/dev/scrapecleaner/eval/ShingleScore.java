package dev.scrapecleaner.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric, as {@code ../shared/eval/score.py} computes it:
 * {@code \w+} tokens, 4-token shingles counted with multiplicity, precision and recall per page
 * averaged over pages (precision over pages with a prediction), F1 of the averages, and the share
 * of predictions that hold a paragraph of 40+ characters twice.
 */
public final class ShingleScore {
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private final List<double[]> pages = new ArrayList<>();
    private int duplicates;

    /** Adds one page: its ground truth and the predicted body. */
    public void add(String truth, String prediction) {
        Map<List<String>, Integer> a = shingles(truth);
        Map<List<String>, Integer> b = shingles(prediction);
        double tp = 0, fp = 0, fn = 0;
        Set<List<String>> keys = new HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (List<String> k : keys) {
            int x = a.getOrDefault(k, 0);
            int y = b.getOrDefault(k, 0);
            tp += Math.min(x, y);
            fp += Math.max(0, y - x);
            fn += Math.max(0, x - y);
        }
        pages.add(new double[] {tp, fp, fn});
        if (hasDuplicateParagraph(prediction)) duplicates++;
    }

    public double precision() {
        return pages.stream().filter(t -> t[0] + t[1] > 0).mapToDouble(t -> t[1] == 0 && t[2] == 0 ? 1 : t[0] / (t[0] + t[1]))
                .average().orElse(0);
    }

    public double recall() {
        return pages.stream().filter(t -> t[0] + t[2] > 0).mapToDouble(t -> t[1] == 0 && t[2] == 0 ? 1 : t[0] / (t[0] + t[2]))
                .average().orElse(0);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Share of predictions holding a paragraph of 40+ characters twice. */
    public double duplicateRate() {
        return pages.isEmpty() ? 0 : duplicates / (double) pages.size();
    }

    public int pages() {
        return pages.size();
    }

    @Override
    public String toString() {
        return String.format("pages %d  F1 %.3f  P %.3f  R %.3f  dup %.3f", pages(), f1(), precision(), recall(), duplicateRate());
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> t = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) t.add(m.group());
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, t.size() - 3); i++) {
            List<String> s = t.subList(i, Math.min(t.size(), i + 4));
            if (!s.isEmpty()) out.merge(List.copyOf(s), 1, Integer::sum);
        }
        return out;
    }

    private static boolean hasDuplicateParagraph(String text) {
        Set<String> seen = new HashSet<>();
        for (String para : text.split("\n+")) {
            String p = para.strip();
            if (p.length() < 40) continue;
            if (!seen.add(String.join(" ", p.split("\\s+")))) return true;
        }
        return false;
    }
}
