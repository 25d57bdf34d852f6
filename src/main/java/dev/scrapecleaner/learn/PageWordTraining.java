package dev.scrapecleaner.learn;

import dev.scrapecleaner.clean.PageType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Learns what a page's words (its address, title and headings, as {@code clean/PageWords} reads
 * them) say of its type: a softmax regression over the words present, with an L2 penalty, fitted by
 * full-batch Adam from zero for a fixed number of steps, so the same pages give the same weights.
 * Only words seen on pages of at least {@link #MIN_DOMAINS} domains are learned: a site's name or
 * its template's words would fit its pages and say nothing of others'.
 */
final class PageWordTraining {
    /**
     * Words on fewer sites than this are not learned. With the pruning below, 5 typed WCXB's pages held out as
     * 3 did (HTML 86.2% both; dumps 77.0% and 77.9% against 77.2% and 77.6%) with fewer words to ship.
     */
    static final int MIN_DOMAINS = 5;
    /**
     * A word whose weights differ by less than this across the types barely moves a page's type: it is not
     * written. Held out, 0.1 typed as many pages right as keeping every word (HTML 86.2% against 86.4%,
     * dumps 77.2% and 77.6% against 77.1% and 77.4%), and the HTML file is half the size.
     */
    static final double PRUNE = 0.1;
    /** The L2 penalty (on the summed loss): small, as most words are rare. */
    static final double L2 = 0.3;
    static final int STEPS = 300;
    static final double STEP_SIZE = 0.05;
    /**
     * The words' share in the mix with the trees' probabilities. Held out (words from three sites, none left
     * out), 0.3 typed WCXB's HTML pages 86.4% right and 0.45 86.0%, dumps 77.1/77.4% and 77.2/77.3%; the trees
     * alone 84.6% and 72.7/73.3%.
     */
    static final double MIX = 0.3;

    private PageWordTraining() {
    }

    /** The fitted weights: each learned word's seven weights and the seven biases, in the order of {@link PageType#LABELS}. */
    record Weights(Map<String, float[]> words, float[] bias) {
    }

    /** The n words that speak most for a type: its weight above the word's mean weight over the types. */
    static List<String> top(Weights weights, int type, int n) {
        return weights.words().entrySet().stream()
                .sorted(java.util.Comparator.comparingDouble((Map.Entry<String, float[]> e) -> -lead(e.getValue(), type))
                        .thenComparing(Map.Entry::getKey))
                .limit(n).map(Map.Entry::getKey).toList();
    }

    private static double lead(float[] w, int type) {
        double mean = 0;
        for (float v : w) mean += v;
        return w[type] - mean / w.length;
    }

    /**
     * Fits the weights to the pages' words and types ({@code labels}, each one of {@link PageType#LABELS});
     * {@code domains} are the pages' sites, for {@link #MIN_DOMAINS}.
     */
    static Weights train(List<List<String>> pageWords, List<String> labels, List<String> domains) {
        int n = pageWords.size();
        int types = PageType.LABELS.size();
        Map<String, Set<String>> sites = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            for (String w : pageWords.get(i)) sites.computeIfAbsent(w, k -> new HashSet<>()).add(domains.get(i));
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> vocabulary = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : sites.entrySet()) {
            if (e.getValue().size() < MIN_DOMAINS) continue;
            index.put(e.getKey(), vocabulary.size());
            vocabulary.add(e.getKey());
        }
        int[][] x = new int[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = pageWords.get(i).stream().map(index::get).filter(k -> k != null).mapToInt(Integer::intValue).toArray();
            y[i] = PageType.LABELS.indexOf(labels.get(i));
            if (y[i] < 0) throw new IllegalArgumentException("not a page type: " + labels.get(i));
        }
        int v = vocabulary.size();
        double[] w = new double[(v + 1) * types]; // the last row holds the biases
        double[] m = new double[w.length];
        double[] s = new double[w.length];
        double[] grad = new double[w.length];
        double[] z = new double[types];
        for (int step = 1; step <= STEPS; step++) {
            java.util.Arrays.fill(grad, 0);
            for (int i = 0; i < n; i++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int t = 0; t < types; t++) {
                    double sum = w[v * types + t];
                    for (int k : x[i]) sum += w[k * types + t];
                    z[t] = sum;
                    max = Math.max(max, sum);
                }
                double total = 0;
                for (int t = 0; t < types; t++) {
                    z[t] = Math.exp(z[t] - max);
                    total += z[t];
                }
                for (int t = 0; t < types; t++) {
                    double g = (z[t] / total - (t == y[i] ? 1 : 0)) / n;
                    grad[v * types + t] += g;
                    for (int k : x[i]) grad[k * types + t] += g;
                }
            }
            for (int j = 0; j < v * types; j++) grad[j] += L2 * w[j] / n;
            double c1 = 1 - Math.pow(0.9, step);
            double c2 = 1 - Math.pow(0.999, step);
            for (int j = 0; j < w.length; j++) {
                m[j] = 0.9 * m[j] + 0.1 * grad[j];
                s[j] = 0.999 * s[j] + 0.001 * grad[j] * grad[j];
                w[j] -= STEP_SIZE * (m[j] / c1) / (Math.sqrt(s[j] / c2) + 1e-8);
            }
        }
        Map<String, float[]> words = new TreeMap<>();
        for (int k = 0; k < v; k++) {
            float[] row = new float[types];
            float min = Float.MAX_VALUE;
            float max = -Float.MAX_VALUE;
            for (int t = 0; t < types; t++) {
                row[t] = (float) w[k * types + t];
                min = Math.min(min, row[t]);
                max = Math.max(max, row[t]);
            }
            if (max - min >= PRUNE) words.put(vocabulary.get(k), row);
        }
        float[] bias = new float[types];
        for (int t = 0; t < types; t++) bias[t] = (float) w[v * types + t];
        return new Weights(words, bias);
    }
}
