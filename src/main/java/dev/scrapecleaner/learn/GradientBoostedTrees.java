package dev.scrapecleaner.learn;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A binary classifier of gradient-boosted regression trees on the logistic loss, trained from
 * histograms of binned features (in the manner of LightGBM and XGBoost's "hist"), with the model
 * file {@code dev.scrapecleaner.clean.TreeEnsemble} reads at run time.
 *
 * <p>Training is deterministic: equal inputs and parameters write the same bytes, whatever the
 * machine's core count. The split test is {@code value <= threshold} on float thresholds that lie
 * strictly between values seen in the data, so a row routes the same way from its float features
 * here and from the doubles they were rounded from at run time.
 */
public final class GradientBoostedTrees {
    /** Training never uses more threads than this, so that it leaves the machine usable. */
    private static final int MAX_THREADS = 2;
    private static final int ROW_CHUNK = 8192;

    private final int featureCount;
    private final double base;
    private final List<Tree> trees;
    private final double[] gainByFeature;

    /**
     * @param trees          boosting rounds
     * @param maxDepth       depth of every tree (1 to 12): 6 gives up to 64 leaves
     * @param learningRate   shrinkage of every tree's output
     * @param minChildWeight the least hessian sum a child may have, as a fraction of the training
     *                       set's hessian sum at the base margin, so it means the same whatever the
     *                       scale of the sample weights; 1e-3 asks for about 0.1% of the data
     * @param l2             L2 penalty on leaf values, in hessian units
     * @param rowSample      share of the rows each tree sees (drawn per tree), in (0, 1]
     * @param featureSample  share of the features each tree may split on (drawn per tree), in (0, 1]
     * @param bins           quantile bins per feature, 2 to 256
     * @param seed           the seed of the row and feature draws
     */
    public record Params(int trees, int maxDepth, double learningRate, double minChildWeight, double l2,
                         double rowSample, double featureSample, int bins, long seed) {
        public Params {
            if (trees < 1) throw new IllegalArgumentException("trees must be at least 1: " + trees);
            if (maxDepth < 1 || maxDepth > 12) throw new IllegalArgumentException("maxDepth must be 1 to 12: " + maxDepth);
            if (!(learningRate > 0 && learningRate <= 1)) throw new IllegalArgumentException("learningRate must be in (0, 1]");
            if (!(minChildWeight >= 0 && minChildWeight < 1)) throw new IllegalArgumentException("minChildWeight must be in [0, 1)");
            if (!(l2 >= 0 && l2 < Double.POSITIVE_INFINITY)) throw new IllegalArgumentException("l2 must be finite, at least 0");
            if (!(rowSample > 0 && rowSample <= 1)) throw new IllegalArgumentException("rowSample must be in (0, 1]");
            if (!(featureSample > 0 && featureSample <= 1)) throw new IllegalArgumentException("featureSample must be in (0, 1]");
            if (bins < 2 || bins > FeatureBins.MAX_BINS) throw new IllegalArgumentException("bins must be 2 to 256: " + bins);
        }

        public static Params defaults() {
            return new Params(300, 6, 0.1, 1e-3, 1.0, 0.8, 0.8, 64, 20261129L);
        }
    }

    private GradientBoostedTrees(int featureCount, double base, List<Tree> trees, double[] gainByFeature) {
        this.featureCount = featureCount;
        this.base = base;
        this.trees = trees;
        this.gainByFeature = gainByFeature;
    }

    /**
     * Trains on {@code x[row][feature]} (NaN allowed: it goes right at every split), labels
     * {@code y[row]} and sample weights {@code w[row] > 0}. Deterministic for equal inputs and params.
     */
    public static GradientBoostedTrees train(float[][] x, boolean[] y, float[] w, Params p) {
        int n = x.length;
        if (n == 0 || y.length != n || w.length != n) {
            throw new IllegalArgumentException("need rows, with one label and one weight each: " + n + " rows, "
                    + y.length + " labels, " + w.length + " weights");
        }
        int featureCount = x[0].length;
        double positive = 0;
        double total = 0;
        for (int r = 0; r < n; r++) {
            if (x[r].length != featureCount) throw new IllegalArgumentException("row " + r + " has " + x[r].length
                    + " features, row 0 has " + featureCount);
            if (!(w[r] > 0 && w[r] < Float.POSITIVE_INFINITY)) throw new IllegalArgumentException("weight of row " + r + ": " + w[r]);
            total += w[r];
            if (y[r]) positive += w[r];
        }
        if (featureCount == 0) throw new IllegalArgumentException("rows have no features");
        if (positive == 0 || positive == total) throw new IllegalArgumentException("labels must hold both classes");
        double rate = positive / total;
        double base = StrictMath.log(rate / (1 - rate));
        double minChildHessian = Math.max(p.minChildWeight() * total * rate * (1 - rate), Double.MIN_NORMAL);

        try (Workers workers = new Workers(Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()))) {
            FeatureBins bins = FeatureBins.of(x, featureCount, p.bins(), workers);
            TreeGrower grower = new TreeGrower(bins, featureCount, n, p.maxDepth(), p.l2(), p.learningRate(),
                    minChildHessian, workers);
            double[] margins = new double[n];
            Arrays.fill(margins, base);
            int[] rows = new int[n];
            int[] outOfBag = new int[n];
            float[] gradients = new float[2 * n];
            SplittableRandom random = new SplittableRandom(p.seed());
            int sampledFeatures = Math.max(1, (int) Math.round(p.featureSample() * featureCount));
            List<Tree> trees = new ArrayList<>(p.trees());
            for (int t = 0; t < p.trees(); t++) {
                int[] features = sampleFeatures(random, featureCount, sampledFeatures);
                int inBag = 0;
                int outside = 0;
                for (int r = 0; r < n; r++) {
                    if (p.rowSample() >= 1 || random.nextDouble() < p.rowSample()) rows[inBag++] = r;
                    else outOfBag[outside++] = r;
                }
                computeGradients(rows, inBag, margins, y, w, gradients, workers);
                Tree tree = grower.grow(rows, gradients, inBag, features);
                grower.addToMargins(tree, margins);
                int outsideCount = outside;
                workers.forEach(chunks(outsideCount), c -> {
                    for (int i = c * ROW_CHUNK, to = Math.min(outsideCount, i + ROW_CHUNK); i < to; i++) {
                        margins[outOfBag[i]] += tree.value[tree.leaf(bins.columns, outOfBag[i])];
                    }
                });
                trees.add(tree);
            }
            return new GradientBoostedTrees(featureCount, base, List.copyOf(trees), grower.gainByFeature());
        }
    }

    /**
     * The logistic loss's gradient and hessian at each sampled row's margin, times its weight,
     * interleaved. StrictMath, as Math.exp may differ by a bit between JIT and interpreter.
     */
    private static void computeGradients(int[] rows, int count, double[] margins, boolean[] y, float[] w,
            float[] gradients, Workers workers) {
        workers.forEach(chunks(count), c -> {
            for (int i = c * ROW_CHUNK, to = Math.min(count, i + ROW_CHUNK); i < to; i++) {
                int r = rows[i];
                double probability = 1 / (1 + StrictMath.exp(-margins[r]));
                gradients[2 * i] = (float) (w[r] * (probability - (y[r] ? 1 : 0)));
                gradients[2 * i + 1] = (float) (w[r] * probability * (1 - probability));
            }
        });
    }

    private static int chunks(int rows) {
        return (rows + ROW_CHUNK - 1) / ROW_CHUNK;
    }

    /** {@code count} of the features drawn without replacement, ascending. */
    private static int[] sampleFeatures(SplittableRandom random, int featureCount, int count) {
        int[] order = new int[featureCount];
        for (int f = 0; f < featureCount; f++) order[f] = f;
        if (count == featureCount) return order;
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(featureCount - i);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        int[] chosen = Arrays.copyOf(order, count);
        Arrays.sort(chosen);
        return chosen;
    }

    /** The log-odds of the positive class: the base plus each tree's leaf value, in tree order. */
    public double margin(float[] row) {
        if (row.length != featureCount) throw new IllegalArgumentException("expected " + featureCount + " features, got " + row.length);
        double sum = base;
        for (Tree tree : trees) sum += tree.value[tree.leaf(row)];
        return sum;
    }

    public double probability(float[] row) {
        return 1 / (1 + Math.exp(-margin(row)));
    }

    /** Total split gain per feature, normalised to sum 1 (all zero when no tree split). */
    public double[] importance() {
        double sum = 0;
        for (double g : gainByFeature) sum += g;
        double[] shares = new double[featureCount];
        for (int f = 0; f < featureCount && sum > 0; f++) shares[f] = gainByFeature[f] / sum;
        return shares;
    }

    /**
     * Writes the model in the text format {@code TreeEnsemble} reads, with '\n' line ends.
     * {@code version} is one line of free text; a feature name is a non-empty word without white space.
     */
    public void write(Writer out, String version, List<String> featureNames) throws IOException {
        if (featureNames.size() != featureCount) {
            throw new IllegalArgumentException(featureNames.size() + " feature names for " + featureCount + " features");
        }
        if (version.isBlank() || !version.equals(version.strip()) || version.indexOf('\n') >= 0 || version.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("version must be one line of text without surrounding spaces: " + version);
        }
        StringBuilder text = new StringBuilder(4096);
        text.append("scrape-cleaner-trees 1\n");
        text.append("# gradient-boosted trees, logistic loss: margin = base + one leaf value per tree;")
                .append(" at a node go left when x[feature] <= threshold (a float)\n");
        text.append("version ").append(version).append('\n');
        text.append("features ").append(featureCount).append('\n');
        for (int f = 0; f < featureCount; f++) {
            String name = featureNames.get(f);
            if (name.isEmpty() || name.codePoints().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("feature name " + f + " must be a word without white space: '" + name + "'");
            }
            text.append("f ").append(f).append(' ').append(name).append('\n');
        }
        text.append("base ").append(base).append('\n');
        text.append("trees ").append(trees.size()).append('\n');
        out.write(text.toString());
        for (int t = 0; t < trees.size(); t++) {
            text.setLength(0);
            Tree tree = trees.get(t);
            text.append("t ").append(t).append(' ').append(tree.nodeCount()).append('\n');
            for (int node = 0; node < tree.nodeCount(); node++) {
                text.append("n ").append(node).append(' ');
                if (tree.feature[node] < 0) {
                    text.append("-1 0 -1 -1 ");
                } else {
                    text.append(tree.feature[node]).append(' ')
                            .append(tree.thresholdText[node]).append(' ')
                            .append(tree.left[node]).append(' ').append(tree.right[node]).append(' ');
                }
                text.append(tree.valueText[node]).append('\n');
            }
            out.write(text.toString());
        }
        out.flush();
    }
}
