package dev.scrapecleaner.learn;

/**
 * One grown regression tree, nodes in breadth-first order with the root at 0. A node with feature
 * -1 is a leaf. Every node keeps a value (its Newton step times the learning rate, rounded to the
 * text the model file holds): a leaf's is its output, an internal node's explains the path.
 */
final class Tree {
    final int[] feature;
    /** The split's bin: rows in bins up to it go left. */
    final int[] bin;
    /** The split's float threshold: values {@code <=} it go left, the same decision as {@link #bin}. */
    final float[] threshold;
    /** The model file's text of each threshold ("0" for a leaf); {@link #threshold} is what it parses to. */
    final String[] thresholdText;
    final int[] left;
    final int[] right;
    final double[] value;
    /** The model file's text of each value; {@link #value} is what it parses to. */
    final String[] valueText;

    Tree(int[] feature, int[] bin, String[] thresholdText, int[] left, int[] right, String[] valueText) {
        this.feature = feature;
        this.bin = bin;
        this.thresholdText = thresholdText;
        this.threshold = new float[thresholdText.length];
        this.left = left;
        this.right = right;
        this.valueText = valueText;
        this.value = new double[valueText.length];
        for (int i = 0; i < valueText.length; i++) {
            threshold[i] = Float.parseFloat(thresholdText[i]);
            value[i] = Double.parseDouble(valueText[i]);
        }
    }

    int nodeCount() {
        return feature.length;
    }

    /** The leaf a raw row reaches. */
    int leaf(float[] row) {
        int node = 0;
        while (feature[node] >= 0) node = row[feature[node]] <= threshold[node] ? left[node] : right[node];
        return node;
    }

    /** The leaf a training row reaches, from its bins. */
    int leaf(byte[][] columns, int row) {
        int node = 0;
        while (feature[node] >= 0) node = (columns[feature[node]][row] & 0xFF) <= bin[node] ? left[node] : right[node];
        return node;
    }
}
