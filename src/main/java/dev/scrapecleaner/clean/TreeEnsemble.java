package dev.scrapecleaner.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A binary classifier of gradient-boosted trees, read from the text file that
 * {@code dev.scrapecleaner.learn.GradientBoostedTrees} writes. The margin (log-odds) is the base
 * plus one leaf value per tree; at each node a row goes left when {@code x[feature] <= threshold}.
 * Thresholds are floats lying strictly between values seen in training, so a feature computed in
 * double routes as its float did when the model was trained.
 *
 * <p>Nodes of all trees sit in flat primitive arrays, so predicting allocates nothing. Immutable
 * and safe to share between threads.
 *
 * <pre>
 * scrape-cleaner-trees 1
 * version &lt;one line of free text&gt;
 * features &lt;N&gt;
 * f &lt;index&gt; &lt;name&gt;                                  N lines, index 0 to N-1 in order
 * base &lt;double&gt;                                      the initial log-odds
 * trees &lt;T&gt;
 * t &lt;index&gt; &lt;nodeCount&gt;                             then nodeCount node lines; node 0 is the root
 * n &lt;id&gt; &lt;feature&gt; &lt;threshold&gt; &lt;left&gt; &lt;right&gt; &lt;value&gt;   an internal node
 * n &lt;id&gt; -1 0 -1 -1 &lt;value&gt;                          a leaf; value already times the learning rate
 * </pre>
 * Blank lines and lines starting with '#' are ignored. Children come after their parent.
 */
final class TreeEnsemble {
    private static final String HEADER = "scrape-cleaner-trees 1";

    private final String version;
    private final List<String> featureNames;
    private final double base;
    /** base plus every tree's root value, the margin before any split's evidence. */
    private final double bias;
    /** Index of each tree's root in the node arrays. */
    private final int[] roots;
    /**
     * Per node: split feature (-1 for a leaf), threshold, right child and value. Each tree is laid
     * out in pre-order, so a node's left child is the node after it and a walk reads one array less.
     */
    private final int[] feature;
    private final double[] threshold;
    private final int[] right;
    private final double[] value;

    TreeEnsemble(String version, List<String> featureNames, double base, int[] roots, int[] feature,
            double[] threshold, int[] right, double[] value) {
        this.version = version;
        this.featureNames = featureNames;
        this.base = base;
        this.roots = roots;
        this.feature = feature;
        this.threshold = threshold;
        this.right = right;
        this.value = value;
        double sum = base;
        for (int root : roots) sum += value[root];
        this.bias = sum;
    }

    /** Parses a model file; a malformed one throws an IOException naming the line. */
    static TreeEnsemble read(Reader in) throws IOException {
        char[] text = readAll(in);
        return read(text, 0, text.length);
    }

    /**
     * Parses the model file in {@code text[from, to)}, its first line numbered 1 in error messages.
     * The whole file is read at once and parsed in place: a model has tens of thousands of numbers,
     * and a function's cold start reads six of them before its first page.
     */
    static TreeEnsemble read(char[] text, int from, int to) throws IOException {
        ModelLines lines = new ModelLines(text, from, to);
        if (!lines.next() || !String.join(" ", lines.fields()).equals(HEADER)) throw lines.error("expected '" + HEADER + "'");
        lines.expect("version", -1);
        String version = lines.line().substring("version".length()).strip();
        if (version.isEmpty()) throw lines.error("the version has no text");
        lines.expect("features", 2);
        int featureCount = lines.count(1, 1);
        List<String> names = new ArrayList<>(featureCount);
        for (int f = 0; f < featureCount; f++) {
            lines.expect("f", 3);
            if (lines.integer(1) != f) throw lines.error("expected feature " + f);
            names.add(lines.field(2));
        }
        lines.expect("base", 2);
        double base = lines.finite(1);
        lines.expect("trees", 2);
        int treeCount = lines.count(1, 0);
        int[] roots = new int[treeCount];
        Nodes nodes = new Nodes();
        for (int t = 0; t < treeCount; t++) {
            lines.expect("t", 3);
            if (lines.integer(1) != t) throw lines.error("expected tree " + t);
            int count = lines.count(2, 1);
            roots[t] = nodes.size;
            for (int id = 0; id < count; id++) nodes.add(lines, id, count, roots[t], featureCount);
        }
        if (lines.next()) throw lines.error("unexpected line after the last tree");
        return nodes.inPreOrder(version, List.copyOf(names), base, roots);
    }

    /** All of a reader's characters, in an array of exactly their number. */
    static char[] readAll(Reader in) throws IOException {
        char[] text = new char[1 << 16];
        int length = 0;
        for (int n; (n = in.read(text, length, text.length - length)) >= 0; ) {
            length += n;
            if (length == text.length) text = Arrays.copyOf(text, 2 * length);
        }
        return length == text.length ? text : Arrays.copyOf(text, length);
    }

    /**
     * A bundled model file's characters: its bytes as they are when all ASCII, as the trainer writes
     * them (one loop, compiled at once, where a decoder's generic path ran over the whole file at
     * every cold start), else decoded as UTF-8.
     */
    static char[] resourceChars(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        char[] chars = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] < 0) return new String(bytes, StandardCharsets.UTF_8).toCharArray();
            chars[i] = (char) bytes[i];
        }
        return chars;
    }

    List<String> featureNames() {
        return featureNames;
    }

    String version() {
        return version;
    }

    /** The log-odds of the positive class: base plus each tree's leaf value, in tree order. */
    double margin(double[] x) {
        checkLength(x);
        double sum = base;
        for (int root : roots) sum += value[leaf(root, x)];
        return sum;
    }

    double probability(double[] x) {
        return 1 / (1 + Math.exp(-margin(x)));
    }

    /** base plus every tree's root value: the margin before the evidence of any split. */
    double bias() {
        return bias;
    }

    /**
     * How much each feature moved the margin (Saabas): along each tree's path, every split adds
     * its child's value minus its own to the split's feature. By construction
     * {@code bias() + sum(contributions(x)) == margin(x)} up to rounding. Allocates the result.
     */
    double[] contributions(double[] x) {
        checkLength(x);
        double[] byFeature = new double[featureNames.size()];
        for (int root : roots) {
            int node = root;
            while (feature[node] >= 0) {
                int next = x[feature[node]] <= threshold[node] ? node + 1 : right[node];
                byFeature[feature[node]] += value[next] - value[node];
                node = next;
            }
        }
        return byFeature;
    }

    /** Equal ensembles have the same version, features, base and nodes, every number bit for bit. */
    @Override
    public boolean equals(Object o) {
        return o instanceof TreeEnsemble e && version.equals(e.version) && featureNames.equals(e.featureNames)
                && Double.doubleToLongBits(base) == Double.doubleToLongBits(e.base) && Arrays.equals(roots, e.roots)
                && Arrays.equals(feature, e.feature) && Arrays.equals(threshold, e.threshold)
                && Arrays.equals(right, e.right) && Arrays.equals(value, e.value);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * version.hashCode() + Arrays.hashCode(threshold)) + Arrays.hashCode(value);
    }

    private int leaf(int root, double[] x) {
        int node = root;
        for (int f = feature[node]; f >= 0; f = feature[node]) node = x[f] <= threshold[node] ? node + 1 : right[node];
        return node;
    }

    private void checkLength(double[] x) {
        if (x.length != featureNames.size()) {
            throw new IllegalArgumentException("expected " + featureNames.size() + " features, got " + x.length);
        }
    }

    /** The node arrays of all trees as they are read, children turned into indices into them. */
    static final class Nodes {
        int size;
        int[] feature = new int[1024];
        double[] threshold = new double[1024];
        int[] left = new int[1024];
        int[] right = new int[1024];
        double[] value = new double[1024];

        void add(ModelLines lines, int id, int count, int root, int featureCount) throws IOException {
            lines.expect("n", 7);
            if (lines.integer(1) != id) throw lines.error("expected node " + id);
            int split = lines.integer(2);
            int l = lines.integer(4);
            int r = lines.integer(5);
            if (split == -1) {
                if (l != -1 || r != -1) throw lines.error("a leaf's children must be -1");
            } else if (split < 0 || split >= featureCount) {
                throw lines.error("feature " + split + " is not in 0 to " + (featureCount - 1));
            } else if (l <= id || l >= count || r <= id || r >= count) {
                // Children after their parent: every path ends at a leaf within the tree.
                throw lines.error("children must be nodes after " + id + " and before " + count);
            }
            put(split, lines.threshold(3), l, r, lines.finite(6), root);
        }

        /** Appends a node of the tree whose root is at {@code root}; {@code l} and {@code r} count from that root. */
        void put(int split, double nodeThreshold, int l, int r, double nodeValue, int root) {
            if (size == feature.length) grow();
            feature[size] = split;
            threshold[size] = nodeThreshold;
            left[size] = split == -1 ? -1 : root + l;
            right[size] = split == -1 ? -1 : root + r;
            value[size] = nodeValue;
            size++;
        }

        private void grow() {
            int capacity = 2 * feature.length;
            feature = Arrays.copyOf(feature, capacity);
            threshold = Arrays.copyOf(threshold, capacity);
            left = Arrays.copyOf(left, capacity);
            right = Arrays.copyOf(right, capacity);
            value = Arrays.copyOf(value, capacity);
        }

        /** The ensemble with each tree's nodes renumbered in pre-order (left subtree first), roots moved alike. */
        TreeEnsemble inPreOrder(String version, List<String> names, double base, int[] roots) throws IOException {
            boolean[] seen = new boolean[size];
            int[] order = new int[size];
            int[] newIndex = new int[size];
            int[] newRoots = new int[roots.length];
            int[] stack = new int[2 * size + 1];
            int at = 0;
            for (int t = 0; t < roots.length; t++) {
                newRoots[t] = at;
                at = walk(t, roots[t], at, seen, order, newIndex, stack);
            }
            int[] f = new int[size];
            double[] th = new double[size];
            int[] r = new int[size];
            double[] v = new double[size];
            // Tree by tree: a method run once a tree is compiled early, where one loop over every node ran interpreted.
            for (int t = 0; t < roots.length; t++) copy(newRoots[t], t + 1 < roots.length ? newRoots[t + 1] : at, order, newIndex, f, th, r, v);
            // Nodes no parent names (the format allows them; the trainer writes none) are never walked: their places keep node 0's copy.
            copy(at, size, order, newIndex, f, th, r, v);
            return new TreeEnsemble(version, names, base, newRoots, f, th, r, v);
        }

        /** Walks tree {@code t} from its root in pre-order, numbering its nodes from {@code at}; returns the next number. */
        private int walk(int t, int root, int at, boolean[] seen, int[] order, int[] newIndex, int[] stack) throws IOException {
            int depth = 0;
            stack[depth++] = root;
            while (depth > 0) {
                int node = stack[--depth];
                // A tree, not a graph: a node with two parents would be walked twice.
                if (seen[node]) throw new IOException("model tree " + t + ": a node is the child of two nodes");
                seen[node] = true;
                newIndex[node] = at;
                order[at++] = node;
                if (feature[node] >= 0) {
                    stack[depth++] = right[node];
                    stack[depth++] = left[node];
                }
            }
            return at;
        }

        /** Fills places {@code [from, to)} of the new arrays from the nodes walked there. */
        private void copy(int from, int to, int[] order, int[] newIndex, int[] f, double[] th, int[] r, double[] v) {
            for (int i = from; i < to; i++) {
                int node = order[i];
                f[i] = feature[node];
                th[i] = threshold[node];
                r[i] = feature[node] >= 0 ? newIndex[right[node]] : -1;
                v[i] = value[node];
            }
        }
    }
}
