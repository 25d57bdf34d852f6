package dev.scrapecleaner.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
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

    private TreeEnsemble(String version, List<String> featureNames, double base, int[] roots, int[] feature,
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
        Lines lines = new Lines(in);
        String[] header = lines.next();
        if (header == null || !String.join(" ", header).equals(HEADER)) throw lines.error("expected '" + HEADER + "'");
        lines.expect("version", -1);
        String version = lines.text.substring("version".length()).strip();
        if (version.isEmpty()) throw lines.error("the version has no text");
        int featureCount = lines.count(lines.expect("features", 2)[1], 1);
        List<String> names = new ArrayList<>(featureCount);
        for (int f = 0; f < featureCount; f++) {
            String[] tokens = lines.expect("f", 3);
            if (lines.integer(tokens[1]) != f) throw lines.error("expected feature " + f);
            names.add(tokens[2]);
        }
        double base = lines.finite(lines.expect("base", 2)[1]);
        int treeCount = lines.count(lines.expect("trees", 2)[1], 0);
        int[] roots = new int[treeCount];
        Nodes nodes = new Nodes();
        for (int t = 0; t < treeCount; t++) {
            String[] tokens = lines.expect("t", 3);
            if (lines.integer(tokens[1]) != t) throw lines.error("expected tree " + t);
            int count = lines.count(tokens[2], 1);
            roots[t] = nodes.size;
            for (int id = 0; id < count; id++) nodes.add(lines, id, count, roots[t], featureCount);
        }
        if (lines.next() != null) throw lines.error("unexpected line after the last tree");
        return nodes.inPreOrder(version, List.copyOf(names), base, roots);
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
    private static final class Nodes {
        int size;
        int[] feature = new int[1024];
        double[] threshold = new double[1024];
        int[] left = new int[1024];
        int[] right = new int[1024];
        double[] value = new double[1024];

        void add(Lines lines, int id, int count, int root, int featureCount) throws IOException {
            String[] tokens = lines.expect("n", 7);
            if (lines.integer(tokens[1]) != id) throw lines.error("expected node " + id);
            int split = lines.integer(tokens[2]);
            int l = lines.integer(tokens[4]);
            int r = lines.integer(tokens[5]);
            if (split == -1) {
                if (l != -1 || r != -1) throw lines.error("a leaf's children must be -1");
            } else if (split < 0 || split >= featureCount) {
                throw lines.error("feature " + split + " is not in 0 to " + (featureCount - 1));
            } else if (l <= id || l >= count || r <= id || r >= count) {
                // Children after their parent: every path ends at a leaf within the tree.
                throw lines.error("children must be nodes after " + id + " and before " + count);
            }
            if (size == feature.length) grow();
            feature[size] = split;
            threshold[size] = lines.threshold(tokens[3]);
            left[size] = split == -1 ? -1 : root + l;
            right[size] = split == -1 ? -1 : root + r;
            value[size] = lines.finite(tokens[6]);
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
                int depth = 0;
                stack[depth++] = roots[t];
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
            }
            int[] f = new int[size];
            double[] th = new double[size];
            int[] r = new int[size];
            double[] v = new double[size];
            for (int i = 0; i < size; i++) {
                int node = order[i];
                f[i] = feature[node];
                th[i] = threshold[node];
                r[i] = feature[node] >= 0 ? newIndex[right[node]] : -1;
                v[i] = value[node];
            }
            return new TreeEnsemble(version, names, base, newRoots, f, th, r, v);
        }
    }

    /** The file's records, one a line, with the number of the line read last for error messages. */
    private static final class Lines {
        private final BufferedReader in;
        private int number;
        String text;

        Lines(Reader in) {
            this.in = in instanceof BufferedReader b ? b : new BufferedReader(in);
        }

        /** The next line that is neither blank nor a comment, split at white space; null at the end. */
        String[] next() throws IOException {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                text = line.strip();
                if (!text.isEmpty() && text.charAt(0) != '#') return fields(text);
            }
            number++;
            text = null;
            return null;
        }

        /** The text's fields between runs of white space: no regular expression, as a model has thousands of lines. */
        private static String[] fields(String text) {
            String[] fields = new String[8];
            int count = 0;
            for (int i = 0, length = text.length(); i < length; ) {
                while (i < length && Character.isWhitespace(text.charAt(i))) i++;
                int from = i;
                while (i < length && !Character.isWhitespace(text.charAt(i))) i++;
                if (i == from) break;
                if (count == fields.length) fields = Arrays.copyOf(fields, 2 * count);
                fields[count++] = text.substring(from, i);
            }
            return Arrays.copyOf(fields, count);
        }

        /** The next record, which must be a {@code keyword} line of {@code tokens} tokens (any number if negative). */
        String[] expect(String keyword, int tokens) throws IOException {
            String[] record = next();
            if (record == null) throw error("the file ends where a '" + keyword + "' line should be");
            if (!record[0].equals(keyword) || tokens >= 0 && record.length != tokens) {
                throw error("expected a '" + keyword + "' line" + (tokens > 0 ? " of " + tokens + " fields" : ""));
            }
            return record;
        }

        int integer(String token) throws IOException {
            try {
                return Integer.parseInt(token);
            } catch (NumberFormatException e) {
                throw error("not an integer: '" + token + "'");
            }
        }

        int count(String token, int least) throws IOException {
            int count = integer(token);
            if (count < least) throw error("count must be at least " + least + ": " + count);
            return count;
        }

        double finite(String token) throws IOException {
            try {
                double parsed = Double.parseDouble(token);
                if (Double.isFinite(parsed)) return parsed;
            } catch (NumberFormatException e) {
                // reported below
            }
            throw error("not a finite number: '" + token + "'");
        }

        /** Thresholds are floats; widened, they compare with a double as the float did with a float. */
        double threshold(String token) throws IOException {
            try {
                float parsed = Float.parseFloat(token);
                if (!Float.isNaN(parsed)) return parsed;
            } catch (NumberFormatException e) {
                // reported below
            }
            throw error("not a threshold: '" + token + "'");
        }

        IOException error(String message) {
            return new IOException("model line " + number + ": " + message
                    + (text == null ? "" : " (got '" + (text.length() > 80 ? text.substring(0, 80) + "…" : text) + "')"));
        }
    }
}
