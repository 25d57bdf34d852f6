package dev.scrapecleaner.learn;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Grows regression trees on second-order gradients, one level at a time, from per-bin sums of
 * the gradients (histograms). Of two siblings only the one with fewer rows is summed; the other's
 * histogram is its parent's minus that one, which at least halves the work below the root.
 *
 * <p>Work is split into tasks by node and feature; a task writes only its own histogram segment
 * and candidate split, and the best split of a node is chosen afterwards in feature order, so the
 * tree does not depend on scheduling. One grower serves every tree of a training run and reuses
 * its buffers; it is not thread-safe.
 */
final class TreeGrower {
    /**
     * Significant digits of node values in the model file. The rounding of a leaf (at most 0.05%)
     * is made up by the trees after it, which see the rounded margins; a digit more would cost
     * about 4% of the file.
     */
    private static final int VALUE_DIGITS = 3;

    private final FeatureBins bins;
    private final int featureCount;
    private final int maxDepth;
    private final double l2;
    private final double learningRate;
    private final double minChildHessian;
    private final Workers workers;
    /** Where feature f's (gradient, hessian) pairs start in a node histogram. */
    private final int[] histogramOffset;
    private final int histogramLength;
    private final ArrayDeque<double[]> spareHistograms = new ArrayDeque<>();
    /** Total gain of the splits on each feature, over every tree grown. */
    private final double[] gainByFeature;

    // Per node, by breadth-first id. A node's rows are rows[start, end), in ascending row order.
    private final int[] start;
    private final int[] end;
    private final double[] sumG;
    private final double[] sumH;
    private final double[][] histogram;
    private final int[] splitFeature;
    private final int[] splitBin;
    private final double[] splitGain;
    private final double[] splitLeftG;
    private final double[] splitLeftH;
    private final int[] left;
    private final int[] right;
    // Per node and feature: that feature's best split of the node, index node * featureCount + k.
    private final double[] candidateGain;
    private final int[] candidateBin;
    private final double[] candidateG;
    private final double[] candidateH;

    // The tree being grown: its rows and their interleaved (gradient, hessian) pairs, partitioned in place.
    private int[] rows;
    private float[] gradients;
    private final int[] spareRows;
    private final float[] spareGradients;
    private int[] features;
    private int nodeCount;

    TreeGrower(FeatureBins bins, int featureCount, int rowCount, int maxDepth, double l2, double learningRate,
            double minChildHessian, Workers workers) {
        this.bins = bins;
        this.featureCount = featureCount;
        this.maxDepth = maxDepth;
        this.l2 = l2;
        this.learningRate = learningRate;
        this.minChildHessian = minChildHessian;
        this.workers = workers;
        this.histogramOffset = new int[featureCount];
        int length = 0;
        for (int f = 0; f < featureCount; f++) {
            histogramOffset[f] = length;
            length += 2 * bins.binCount(f);
        }
        this.histogramLength = length;
        this.gainByFeature = new double[featureCount];
        int maxNodes = (1 << (maxDepth + 1)) - 1;
        start = new int[maxNodes];
        end = new int[maxNodes];
        sumG = new double[maxNodes];
        sumH = new double[maxNodes];
        histogram = new double[maxNodes][];
        splitFeature = new int[maxNodes];
        splitBin = new int[maxNodes];
        splitGain = new double[maxNodes];
        splitLeftG = new double[maxNodes];
        splitLeftH = new double[maxNodes];
        left = new int[maxNodes];
        right = new int[maxNodes];
        int candidates = (1 << maxDepth) * featureCount; // the nodes above the last level
        candidateGain = new double[candidates];
        candidateBin = new int[candidates];
        candidateG = new double[candidates];
        candidateH = new double[candidates];
        spareRows = new int[rowCount];
        spareGradients = new float[2 * rowCount];
    }

    /**
     * Grows a tree on {@code rows[0, count)} with their (gradient, hessian) pairs at
     * {@code gradients[2i], gradients[2i + 1]}, splitting only on {@code features} (ascending).
     * Reorders both arrays; {@link #addToMargins} reads that order.
     */
    Tree grow(int[] rows, float[] gradients, int count, int[] features) {
        this.rows = rows;
        this.gradients = gradients;
        this.features = features;
        double g = 0;
        double h = 0;
        for (int i = 0; i < count; i++) {
            g += gradients[2 * i];
            h += gradients[2 * i + 1];
        }
        nodeCount = 1;
        startNode(0, 0, count, g, h);
        int[] level = {0};
        histogram[0] = takeHistogram();
        workers.forEach(features.length, k -> {
            sumHistogram(0, features[k]);
            findSplit(0, k);
        });
        chooseSplit(0);
        for (int depth = 0; depth < maxDepth; depth++) {
            int[] splitting = Arrays.stream(level).filter(n -> splitFeature[n] >= 0).toArray();
            for (int n : level) {
                if (splitFeature[n] < 0) releaseHistogram(n);
            }
            if (splitting.length == 0) break;
            for (int n : splitting) {
                left[n] = nodeCount++;
                right[n] = nodeCount++;
                gainByFeature[splitFeature[n]] += splitGain[n];
            }
            workers.forEach(splitting.length, i -> partition(splitting[i]));
            level = new int[2 * splitting.length];
            for (int i = 0; i < splitting.length; i++) {
                level[2 * i] = left[splitting[i]];
                level[2 * i + 1] = right[splitting[i]];
            }
            if (depth + 1 == maxDepth) {
                for (int n : splitting) releaseHistogram(n);
                break;
            }
            summarizeChildren(splitting);
            for (int n : level) chooseSplit(n);
        }
        return tree();
    }

    /** Adds each leaf's value to the margin of the rows of the last grown tree that reached it. */
    void addToMargins(Tree tree, double[] margins) {
        workers.forEach(nodeCount, node -> {
            if (left[node] >= 0) return;
            double value = tree.value[node];
            for (int i = start[node]; i < end[node]; i++) margins[rows[i]] += value;
        });
    }

    /** Total gain of the splits on each feature, over every tree grown so far. */
    double[] gainByFeature() {
        return gainByFeature.clone();
    }

    private void startNode(int node, int from, int to, double g, double h) {
        start[node] = from;
        end[node] = to;
        sumG[node] = g;
        sumH[node] = h;
        splitFeature[node] = -1;
        left[node] = -1;
        right[node] = -1;
    }

    /**
     * Histograms and candidate splits of the children of the nodes just split: the child with
     * fewer rows is summed, its sibling takes over the parent's histogram minus that one.
     */
    private void summarizeChildren(int[] splitting) {
        int[] summed = new int[splitting.length];
        int[] subtracted = new int[splitting.length];
        for (int i = 0; i < splitting.length; i++) {
            int l = left[splitting[i]];
            int r = right[splitting[i]];
            boolean leftSmaller = end[l] - start[l] <= end[r] - start[r];
            summed[i] = leftSmaller ? l : r;
            subtracted[i] = leftSmaller ? r : l;
            histogram[summed[i]] = takeHistogram();
            histogram[subtracted[i]] = histogram[splitting[i]];
            histogram[splitting[i]] = null;
        }
        // One task per feature, for every node of the level: its column, larger than a core's
        // cache, is then read from memory once per level rather than once per node.
        workers.forEach(features.length, k -> {
            for (int pair = 0; pair < splitting.length; pair++) {
                sumHistogram(summed[pair], features[k]);
                subtractHistogram(subtracted[pair], summed[pair], features[k]);
                findSplit(summed[pair], k);
                findSplit(subtracted[pair], k);
            }
        });
    }

    private void sumHistogram(int node, int feature) {
        double[] sums = histogram[node];
        int offset = histogramOffset[feature];
        Arrays.fill(sums, offset, offset + 2 * bins.binCount(feature), 0);
        byte[] column = bins.columns[feature];
        int[] rows = this.rows;
        float[] gradients = this.gradients;
        for (int i = start[node], to = end[node]; i < to; i++) {
            int at = offset + ((column[rows[i]] & 0xFF) << 1);
            sums[at] += gradients[2 * i];
            sums[at + 1] += gradients[2 * i + 1];
        }
    }

    /** {@code into} holds the parent's sums of the feature; takes away those of its sibling {@code other}. */
    private void subtractHistogram(int into, int other, int feature) {
        double[] target = histogram[into];
        double[] sibling = histogram[other];
        for (int i = histogramOffset[feature], to = i + 2 * bins.binCount(feature); i < to; i++) target[i] -= sibling[i];
    }

    /** The best split of the node on the k-th sampled feature: gain 0 and bin -1 when no split helps. */
    private void findSplit(int node, int k) {
        int feature = features[k];
        double[] sums = histogram[node];
        int offset = histogramOffset[feature];
        double g = sumG[node];
        double h = sumH[node];
        double parentScore = g * g / (h + l2);
        double bestGain = 0;
        int bestBin = -1;
        double bestG = 0;
        double bestH = 0;
        double leftG = 0;
        double leftH = 0;
        for (int b = 0, last = bins.binCount(feature) - 1; b < last; b++) {
            leftG += sums[offset + 2 * b];
            leftH += sums[offset + 2 * b + 1];
            if (leftH < minChildHessian) continue;
            double rightH = h - leftH;
            if (rightH < minChildHessian) break;
            double rightG = g - leftG;
            double gain = leftG * leftG / (leftH + l2) + rightG * rightG / (rightH + l2) - parentScore;
            if (gain > bestGain) {
                bestGain = gain;
                bestBin = b;
                bestG = leftG;
                bestH = leftH;
            }
        }
        int at = node * featureCount + k;
        candidateGain[at] = bestGain;
        candidateBin[at] = bestBin;
        candidateG[at] = bestG;
        candidateH[at] = bestH;
    }

    /** The node's best candidate, the first feature winning ties. */
    private void chooseSplit(int node) {
        splitFeature[node] = -1;
        double best = 0;
        for (int k = 0; k < features.length; k++) {
            int at = node * featureCount + k;
            if (candidateBin[at] >= 0 && candidateGain[at] > best) {
                best = candidateGain[at];
                splitFeature[node] = features[k];
                splitBin[node] = candidateBin[at];
                splitGain[node] = candidateGain[at];
                splitLeftG[node] = candidateG[at];
                splitLeftH[node] = candidateH[at];
            }
        }
    }

    /** Stable partition of the node's rows by its split, so each child's rows stay ascending. */
    private void partition(int node) {
        byte[] column = bins.columns[splitFeature[node]];
        int bin = splitBin[node];
        int from = start[node];
        int to = end[node];
        int kept = from;
        int moved = from;
        for (int i = from; i < to; i++) {
            int row = rows[i];
            float g = gradients[2 * i];
            float h = gradients[2 * i + 1];
            if ((column[row] & 0xFF) <= bin) {
                rows[kept] = row;
                gradients[2 * kept] = g;
                gradients[2 * kept + 1] = h;
                kept++;
            } else {
                spareRows[moved] = row;
                spareGradients[2 * moved] = g;
                spareGradients[2 * moved + 1] = h;
                moved++;
            }
        }
        System.arraycopy(spareRows, from, rows, kept, moved - from);
        System.arraycopy(spareGradients, 2 * from, gradients, 2 * kept, 2 * (moved - from));
        double g = splitLeftG[node];
        double h = splitLeftH[node];
        startNode(left[node], from, kept, g, h);
        startNode(right[node], kept, to, sumG[node] - g, sumH[node] - h);
    }

    private Tree tree() {
        int[] feature = new int[nodeCount];
        int[] bin = new int[nodeCount];
        String[] threshold = new String[nodeCount];
        int[] leftChild = new int[nodeCount];
        int[] rightChild = new int[nodeCount];
        String[] value = new String[nodeCount];
        for (int n = 0; n < nodeCount; n++) {
            boolean leaf = left[n] < 0;
            feature[n] = leaf ? -1 : splitFeature[n];
            bin[n] = leaf ? 0 : splitBin[n];
            threshold[n] = leaf ? "0" : bins.thresholdText(feature[n], bin[n]);
            leftChild[n] = left[n];
            rightChild[n] = right[n];
            double step = sumH[n] + l2 > 0 ? -sumG[n] / (sumH[n] + l2) * learningRate : 0;
            value[n] = Decimals.round(step, VALUE_DIGITS);
        }
        return new Tree(feature, bin, threshold, leftChild, rightChild, value);
    }

    private double[] takeHistogram() {
        double[] spare = spareHistograms.poll();
        return spare != null ? spare : new double[histogramLength];
    }

    private void releaseHistogram(int node) {
        if (histogram[node] != null) spareHistograms.push(histogram[node]);
        histogram[node] = null;
    }
}
