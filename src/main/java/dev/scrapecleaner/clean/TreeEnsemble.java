package dev.scrapecleaner.clean;

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
        Lines lines = new Lines(text, from, to);
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

        void add(Lines lines, int id, int count, int root, int featureCount) throws IOException {
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

    /**
     * The file's records, one a line, parsed in place in the file's characters: fields are ranges
     * of the array, and numbers are read from them without a string between. Lines, white space
     * and numbers mean exactly what {@link java.io.BufferedReader#readLine}, {@link String#strip},
     * {@link Character#isWhitespace}, {@link Integer#parseInt}, {@link Double#parseDouble} and
     * {@link Float#parseFloat} make of them: the common forms are read here, and any other
     * token goes to those methods.
     */
    static final class Lines {
        /** Exact powers of ten: {@code m / 10^k} with both exact is rounded once, as parsing rounds. */
        private static final double[] DOUBLE_POWERS = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
            1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
        private static final float[] FLOAT_POWERS = {1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f};

        private final char[] text;
        private final int end;
        /** Where the next physical line starts. */
        private int at;
        private int number;
        /** The last record's line, stripped; {@code lineFrom} is -1 once the file has ended. */
        private int lineFrom = -1;
        private int lineTo;
        /** The last record's fields: {@code text[fieldFrom[i], fieldTo[i])}. */
        private int[] fieldFrom = new int[8];
        private int[] fieldTo = new int[8];
        private int fieldCount;
        /** The last {@link #decimal} read: {@code ±mantissa × 10^exponent}. */
        private long mantissa;
        private int exponent;
        private boolean negative;

        Lines(char[] text, int from, int to) {
            this.text = text;
            this.at = from;
            this.end = to;
        }

        /** Moves to the next line that is neither blank nor a comment and splits it at white space; false at the end. */
        boolean next() {
            while (at < end) {
                number++;
                fieldCount = 0;
                int i = at;
                // One pass: the line's fields, up to its end (\n, \r or \r\n, as BufferedReader.readLine).
                while (true) {
                    while (i < end && text[i] != '\n' && text[i] != '\r' && isWhitespace(text[i])) i++;
                    if (i == end || text[i] == '\n' || text[i] == '\r') break;
                    int from = i;
                    while (i < end && !isWhitespace(text[i])) i++;
                    if (fieldCount == fieldFrom.length) {
                        fieldFrom = Arrays.copyOf(fieldFrom, 2 * fieldCount);
                        fieldTo = Arrays.copyOf(fieldTo, 2 * fieldCount);
                    }
                    fieldFrom[fieldCount] = from;
                    fieldTo[fieldCount++] = i;
                }
                at = i < end && text[i] == '\r' && i + 1 < end && text[i + 1] == '\n' ? i + 2 : i + 1;
                // The stripped line runs from its first field's start to its last field's end.
                if (fieldCount > 0 && text[fieldFrom[0]] != '#') {
                    lineFrom = fieldFrom[0];
                    lineTo = fieldTo[fieldCount - 1];
                    return true;
                }
            }
            number++;
            lineFrom = -1;
            fieldCount = 0;
            return false;
        }

        /** Character.isWhitespace, with one comparison for most ASCII. */
        static boolean isWhitespace(char c) {
            if (c > ' ') return c >= 128 && Character.isWhitespace(c);
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C';
        }

        /** The last record's line, stripped. */
        String line() {
            return new String(text, lineFrom, lineTo - lineFrom);
        }

        String field(int i) {
            return new String(text, fieldFrom[i], fieldTo[i] - fieldFrom[i]);
        }

        String[] fields() {
            String[] fields = new String[fieldCount];
            for (int i = 0; i < fieldCount; i++) fields[i] = field(i);
            return fields;
        }

        /** Moves to the next record, which must be a {@code keyword} line of {@code fields} fields (any number if negative). */
        void expect(String keyword, int fields) throws IOException {
            if (!next()) throw error("the file ends where a '" + keyword + "' line should be");
            if (!fieldIs(0, keyword) || fields >= 0 && fieldCount != fields) {
                throw error("expected a '" + keyword + "' line" + (fields > 0 ? " of " + fields + " fields" : ""));
            }
        }

        private boolean fieldIs(int i, String word) {
            int from = fieldFrom[i];
            if (fieldTo[i] - from != word.length()) return false;
            for (int k = 0; k < word.length(); k++) if (text[from + k] != word.charAt(k)) return false;
            return true;
        }

        /** Field {@code i} as Integer.parseInt reads it. */
        int integer(int i) throws IOException {
            int p = fieldFrom[i];
            int to = fieldTo[i];
            boolean minus = text[p] == '-';
            if (minus) p++;
            if (to - p >= 1 && to - p <= 9) {
                int value = 0;
                while (p < to && text[p] >= '0' && text[p] <= '9') value = 10 * value + (text[p++] - '0');
                if (p == to) return minus ? -value : value;
            }
            String token = field(i);
            try {
                return Integer.parseInt(token);
            } catch (NumberFormatException e) {
                throw error("not an integer: '" + token + "'");
            }
        }

        int count(int i, int least) throws IOException {
            int count = integer(i);
            if (count < least) throw error("count must be at least " + least + ": " + count);
            return count;
        }

        /** Field {@code i} as Double.parseDouble reads it, which must be a finite number. */
        double finite(int i) throws IOException {
            if (decimal(i) && mantissa < 1L << 53 && exponent >= -22 && exponent <= 22) {
                double value = mantissa == 0 ? 0 : exponent < 0 ? mantissa / DOUBLE_POWERS[-exponent] : mantissa * DOUBLE_POWERS[exponent];
                return negative ? -value : value;
            }
            String token = field(i);
            try {
                double parsed = Double.parseDouble(token);
                if (Double.isFinite(parsed)) return parsed;
            } catch (NumberFormatException e) {
                // reported below
            }
            throw error("not a finite number: '" + token + "'");
        }

        /**
         * Field {@code i} as Float.parseFloat reads it. Thresholds are floats; widened, they compare
         * with a double as the float did with a float.
         */
        double threshold(int i) throws IOException {
            if (decimal(i) && mantissa <= 1L << 24 && exponent >= -10 && exponent <= 10) {
                float value = mantissa == 0 ? 0 : exponent < 0 ? mantissa / FLOAT_POWERS[-exponent] : mantissa * FLOAT_POWERS[exponent];
                return negative ? -value : value;
            }
            String token = field(i);
            try {
                float parsed = Float.parseFloat(token);
                if (!Float.isNaN(parsed)) return parsed;
            } catch (NumberFormatException e) {
                // reported below
            }
            throw error("not a threshold: '" + token + "'");
        }

        /**
         * Reads field {@code i} into {@link #mantissa}, {@link #exponent} and {@link #negative} when
         * it is a plain decimal: an optional '-', digits with at most one point among them (at most
         * 18 significant), an optional exponent of at most three digits. False for any other form.
         */
        private boolean decimal(int i) {
            int p = fieldFrom[i];
            int to = fieldTo[i];
            negative = text[p] == '-';
            if (negative) p++;
            long m = 0;
            int significant = 0;
            int digits = 0;
            int scale = 0;
            boolean point = false;
            for (; p < to; p++) {
                char c = text[p];
                if (c >= '0' && c <= '9') {
                    digits++;
                    if (point) scale--;
                    if (m == 0 && c == '0') continue;
                    if (significant == 18) return false;
                    m = 10 * m + (c - '0');
                    significant++;
                } else if (c == '.' && !point) {
                    point = true;
                } else {
                    break;
                }
            }
            if (digits == 0) return false;
            if (p < to) {
                if (text[p] != 'e' && text[p] != 'E') return false;
                p++;
                boolean minus = p < to && text[p] == '-';
                if (p < to && (text[p] == '-' || text[p] == '+')) p++;
                if (p == to || to - p > 3) return false;
                int e = 0;
                for (; p < to; p++) {
                    if (text[p] < '0' || text[p] > '9') return false;
                    e = 10 * e + (text[p] - '0');
                }
                scale += minus ? -e : e;
            }
            mantissa = m;
            exponent = scale;
            return true;
        }

        IOException error(String message) {
            String text = lineFrom < 0 ? null : line();
            return new IOException("model line " + number + ": " + message
                    + (text == null ? "" : " (got '" + (text.length() > 80 ? text.substring(0, 80) + "…" : text) + "')"));
        }
    }
}
