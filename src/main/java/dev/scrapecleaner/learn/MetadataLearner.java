package dev.scrapecleaner.learn;

import dev.scrapecleaner.clean.Format;
import dev.scrapecleaner.clean.MetadataCandidate.Field;
import dev.scrapecleaner.clean.MetadataWeights;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Learns {@link MetadataWeights} from pages with a known truth: for each format and field, a
 * logistic regression (L2-penalised, fitted by Newton's method) of whether a value is right on the
 * sources that give it and those that give another; then the lowest threshold at which the values
 * chosen are right {@link #TARGET_PRECISION} of the time, on pages each scored by weights fitted
 * without its site (inner folds by domain). A page whose truth
 * lacks the field counts every value as wrong: a value there is one the page does not say.
 */
final class MetadataLearner {
    /** The precision the threshold is set to reach on the pages it is learned from, above the bar of 0.95. */
    static final double TARGET_PRECISION = 0.96;
    /**
     * The fewest values a threshold's precision may be measured on: 5 of 5 right says little, and
     * text dumps' dates were given at 67% to 83% held out when thresholds rested on a handful.
     */
    static final int MIN_SUPPORT = 20;
    /** The L2 penalty on every weight but the constant's: a source seen on few pages stays near 0. */
    static final double PENALTY = 1.0;
    private static final int ITERATIONS = 12;
    /** Folds of domains inside the training pages, on which the threshold is set. */
    static final int INNER_FOLDS = 5;
    /**
     * How many times the inner folds are dealt, each dealing's scores pooled: near the target the
     * precision curve is flat, and one dealing moved the threshold enough to give or withhold a tenth of the values.
     */
    static final int INNER_REPEATS = 3;

    private MetadataLearner() {
    }

    static MetadataWeights learn(List<MetadataBench.Evidence> pages) {
        Map<String, Double> weights = fitAll(pages);
        // The threshold is set on values scored by weights that never saw their page's site (inner folds by domain):
        // set on the pages the weights were fitted to, it would trust them more than new pages bear out.
        Map<String, List<double[]>> scored = new TreeMap<>();
        for (int repeat = 0; repeat < INNER_REPEATS; repeat++) {
            for (int fold = 0; fold < INNER_FOLDS; fold++) {
                List<MetadataBench.Evidence> inside = new ArrayList<>();
                List<MetadataBench.Evidence> outside = new ArrayList<>();
                for (MetadataBench.Evidence e : pages) (innerFold(e, repeat) == fold ? outside : inside).add(e);
                MetadataWeights w = new MetadataWeights(fitAll(inside), Map.of());
                for (Format format : new Format[] {Format.HTML, Format.TEXT}) {
                    for (Field field : Field.values()) {
                        List<double[]> s = scored.computeIfAbsent(MetadataWeights.key(format, field, null), k -> new ArrayList<>());
                        for (MetadataBench.Evidence e : outside) {
                            if (e.format() != format || e.truth() == MetadataTruth.NONE) continue;
                            MetadataWeights.Choice c = w.best(format, field, e.candidates(), e.site(), e.pageType());
                            if (c != null) s.add(new double[] {c.chance(), e.truth().right(field, c.values()) ? 1 : 0});
                        }
                    }
                }
            }
        }
        Map<String, Double> thresholds = new TreeMap<>();
        for (Format format : new Format[] {Format.HTML, Format.TEXT}) {
            for (Field field : Field.values()) {
                String key = MetadataWeights.key(format, field, null);
                thresholds.put(key, threshold(scored.getOrDefault(key, new ArrayList<>())));
            }
        }
        return new MetadataWeights(weights, thresholds);
    }

    /** The page's inner fold in a dealing, by its domain, so that a site's pages are never on both sides. */
    static int innerFold(MetadataBench.Evidence e, int repeat) {
        int h = e.page().domain().hashCode() * 31 + 7;
        // Each repeat deals the domains anew (a multiplicative hash's high bits), so that the threshold rests on several dealings.
        if (repeat > 0) h = (h * (0x9E3779B9 + 2 * repeat)) >>> 8;
        return Math.floorMod(h, INNER_FOLDS);
    }

    /** Every format's and field's weights fitted on the pages. */
    private static Map<String, Double> fitAll(List<MetadataBench.Evidence> pages) {
        Map<String, Double> weights = new TreeMap<>();
        for (Format format : new Format[] {Format.HTML, Format.TEXT}) {
            for (Field field : Field.values()) {
                List<MetadataWeights.Value> rows = new ArrayList<>();
                List<Boolean> labels = new ArrayList<>();
                for (MetadataBench.Evidence e : pages) {
                    if (e.format() != format || e.truth() == MetadataTruth.NONE) continue;
                    for (MetadataWeights.Value v : MetadataWeights.values(field, e.candidates(), e.site(), e.pageType())) {
                        rows.add(v);
                        labels.add(e.truth().right(field, v.values()));
                    }
                }
                fit(format, field, rows, labels, weights);
            }
        }
        return weights;
    }

    /** Fits one field's logistic regression and puts its weights, by feature key, into {@code out}. */
    private static void fit(Format format, Field field, List<MetadataWeights.Value> rows, List<Boolean> labels,
            Map<String, Double> out) {
        if (rows.isEmpty()) return;
        Map<String, Integer> index = new LinkedHashMap<>();
        index.put(MetadataWeights.BIAS, 0);
        int[][] x = new int[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            List<String> features = rows.get(r).features();
            x[r] = new int[features.size()];
            for (int j = 0; j < features.size(); j++) x[r][j] = index.computeIfAbsent(features.get(j), k -> index.size());
        }
        int d = index.size();
        double[] w = new double[d];
        for (int it = 0; it < ITERATIONS; it++) {
            double[] grad = new double[d];
            double[][] hess = new double[d][d];
            for (int j = 1; j < d; j++) {
                grad[j] = PENALTY * w[j];
                hess[j][j] = PENALTY;
            }
            hess[0][0] = 1e-6;
            for (int r = 0; r < x.length; r++) {
                double z = 0;
                for (int j : x[r]) z += w[j];
                double p = 1 / (1 + Math.exp(-z));
                double g = p - (labels.get(r) ? 1 : 0);
                double h = Math.max(p * (1 - p), 1e-9);
                for (int a : x[r]) {
                    grad[a] += g;
                    for (int b : x[r]) hess[a][b] += h;
                }
            }
            double[] step = solve(hess, grad);
            double change = 0;
            for (int j = 0; j < d; j++) {
                w[j] -= step[j];
                change = Math.max(change, Math.abs(step[j]));
            }
            if (change < 1e-6) break;
        }
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            out.put(MetadataWeights.key(format, field, e.getKey()), w[e.getValue()]);
        }
    }

    /** Solves {@code a · s = b} by Gaussian elimination with partial pivoting ({@code a} is symmetric positive definite). */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) m[i] = a[i].clone();
        double[] v = b.clone();
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
            double[] t = m[c];
            m[c] = m[pivot];
            m[pivot] = t;
            double tv = v[c];
            v[c] = v[pivot];
            v[pivot] = tv;
            if (Math.abs(m[c][c]) < 1e-12) continue;
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                if (f == 0) continue;
                for (int k = c; k < n; k++) m[r][k] -= f * m[c][k];
                v[r] -= f * v[c];
            }
        }
        double[] s = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double sum = v[r];
            for (int k = r + 1; k < n; k++) sum -= m[r][k] * s[k];
            s[r] = Math.abs(m[r][r]) < 1e-12 ? 0 : sum / m[r][r];
        }
        return s;
    }

    /**
     * The lowest chance above which the chosen values are right often enough, counting at least
     * {@link #MIN_SUPPORT} values; above every chance when none is.
     */
    static double threshold(List<double[]> scored) {
        scored.sort(Comparator.comparingDouble((double[] s) -> -s[0]));
        double best = 1.01;
        int right = 0;
        for (int i = 0; i < scored.size(); i++) {
            right += (int) scored.get(i)[1];
            boolean lastOfTie = i + 1 == scored.size() || scored.get(i + 1)[0] < scored.get(i)[0];
            if (lastOfTie && i + 1 >= MIN_SUPPORT && right >= TARGET_PRECISION * (i + 1)) best = scored.get(i)[0];
        }
        return best;
    }
}
