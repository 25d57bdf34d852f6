package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The model reader parses in place, with its own number parsing for the common forms. These tests
 * hold it to the reader it replaced, {@link Reference} below (lines from BufferedReader, fields
 * from String.strip and Character.isWhitespace, numbers from Integer.parseInt, Double.parseDouble
 * and Float.parseFloat): the same ensembles, every number bit for bit, on the shipped models and
 * on random ones, and the same error for a malformed file.
 */
class TreeEnsembleReadingTest {
    private static final List<String> CONTENT_MODELS = List.of("content-html.trees", "content-html.stage2.trees",
            "content-text.trees", "content-text.stage2.trees");

    @Test
    void shippedContentModelsReadAsBefore() throws IOException {
        int read = 0;
        for (String resource : CONTENT_MODELS) {
            String file = resource(resource);
            if (file == null) continue; // a jar without that model: nothing to compare
            TreeEnsemble fast = TreeEnsemble.read(new StringReader(file));
            assertEquals(Reference.read(new StringReader(file)), fast, resource);
            read++;
        }
        assertTrue(read > 0, "no content model is shipped");
    }

    @Test
    void shippedPageTypeModelsReadAsBefore() throws IOException {
        int read = 0;
        for (String resource : List.of("page-type-html.trees", "page-type-text.trees")) {
            String file = resource(resource);
            if (file == null) continue;
            assertEquals(Reference.readPageTypes(file), PageTypeModel.read(new StringReader(file)).ensembles(), resource);
            read++;
        }
        assertTrue(read > 0, "no page-type model is shipped");
    }

    @Test
    void randomModelsReadAsBefore() throws IOException {
        SplittableRandom random = new SplittableRandom(19);
        int read = 0;
        for (int model = 0; model < 500; model++) {
            String file = randomModel(random);
            Object before = outcome(() -> Reference.read(new StringReader(file)));
            assertEquals(before, outcome(() -> TreeEnsemble.read(new StringReader(file))), file);
            if (before instanceof TreeEnsemble) read++;
        }
        assertTrue(read > 300, "most random models should be readable: " + read);
    }

    /** A node no parent names is allowed by the format: the ensemble is laid out as before all the same. */
    @Test
    void aNodeNoParentNamesReadsAsBefore() throws IOException {
        String file = "scrape-cleaner-trees 1\nversion orphans\nfeatures 1\nf 0 x\nbase 0.5\ntrees 2\n"
                + "t 0 5\nn 0 0 0.5 1 2 0.1\nn 1 -1 0 -1 -1 1\nn 2 -1 0 -1 -1 2\nn 3 -1 0 -1 -1 3\nn 4 -1 0 -1 -1 4\n"
                + "t 1 4\nn 0 0 1.5 2 3 0\nn 1 -1 0 -1 -1 5\nn 2 -1 0 -1 -1 6\nn 3 -1 0 -1 -1 7\n";
        TreeEnsemble model = TreeEnsemble.read(new StringReader(file));
        assertEquals(Reference.read(new StringReader(file)), model);
        assertEquals(0.5 + 1 + 6, model.margin(new double[] {0.25}));
        assertEquals(0.5 + 2 + 7, model.margin(new double[] {2}));
    }

    /** Every number form the JDK's parsers take, and many they refuse: the same value bit for bit, or the same error. */
    @Test
    void numbersReadAsTheJdkReadsThem() throws IOException {
        SplittableRandom random = new SplittableRandom(2026);
        List<String> tokens = new ArrayList<>(List.of("0", "-0", "0.0", "-0.0", "00.500", ".5", "5.", "-.5", "1e10", "1E-10",
                "1e+5", "1e", "1e-", "e5", ".", "-", "+1", "1.2.3", "1,5", "NaN", "-Infinity", "Infinity", "0x1p3", "1f", "2d",
                "1e999", "1e-999", "0e999", "9999999999", "2147483647", "2147483648", "-2147483648", "-2147483649", "16777216",
                "16777217", "1.6777217e7", "9007199254740993", "9.007199254740993e15", "123456789012345678", "1234567890123456789",
                "3.4028235e38", "3.4028236e38", "1.4e-45", "7e-46", "1e-10", "1e10", "1e11", "1e-11", "1e22", "1e23", "1e-22",
                "1e-23", "٣", "1٣", "0.1", "0.2", "0.3", "1.0000001", "0.99999994", "4.7", "-9.82E-4", "9.25E-4"));
        // 30,000 random tokens in the build (a few seconds); -Dmodels.tokens=300000 for a deeper run.
        for (int i = 0, n = Integer.getInteger("models.tokens", 30_000); i < n; i++) tokens.add(randomNumber(random));
        List<String> off = new ArrayList<>();
        for (String token : tokens) {
            String line = "n " + token;
            ModelLines lines = new ModelLines(line.toCharArray(), 0, line.length());
            assertTrue(lines.next());
            if (!same(outcome(() -> lines.threshold(1)), outcome(() -> Reference.field(line).threshold(token)))) off.add("threshold " + token);
            if (!same(outcome(() -> lines.finite(1)), outcome(() -> Reference.field(line).finite(token)))) off.add("finite " + token);
            if (!same(outcome(() -> lines.integer(1)), outcome(() -> Reference.field(line).integer(token)))) off.add("integer " + token);
        }
        assertEquals(List.of(), off.subList(0, Math.min(20, off.size())), off.size() + " tokens read otherwise");
    }

    @Test
    void whiteSpaceIsWhatCharacterSaysItIs() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(Character.isWhitespace((char) c), ModelLines.isWhitespace((char) c), "char " + c);
        }
    }

    /** One token or line changed at random in a small model: both readers refuse it with the same message, or read the same trees. */
    @Test
    void malformedFilesFailAsBefore() {
        SplittableRandom random = new SplittableRandom(7);
        String[] replacements = {"", " ", "\t", "x", "-1", "0", "1", "2", "99", "0.5", "-0.0", "1e3", "NaN", "Infinity",
            "\u2003", "\u00a0", "#", "\r", "\r\n", "\n", "n", "t", "f", "version", "+3", "٣"};
        int failures = 0;
        for (int round = 0; round < 3_000; round++) {
            String file = randomModel(random);
            int at = random.nextInt(file.length());
            int length = random.nextInt(4);
            String mutated = file.substring(0, at) + replacements[random.nextInt(replacements.length)]
                    + file.substring(Math.min(file.length(), at + length));
            Object fast = outcome(() -> TreeEnsemble.read(new StringReader(mutated)));
            Object before = outcome(() -> Reference.read(new StringReader(mutated)));
            assertEquals(before, fast, mutated);
            if (before instanceof String) failures++;
        }
        assertTrue(failures > 500, "the mutations should break many files: " + failures);
    }

    @Test
    void sectionsAreFoundAsStringFindsThem() {
        SplittableRandom random = new SplittableRandom(3);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) text.append("=== ab\n".charAt(random.nextInt(7)));
            String what = random.nextBoolean() ? "=== " : "=== a\n";
            int from = random.nextInt(-2, text.length() + 3);
            assertEquals(text.toString().indexOf(what, from), PageTypeModel.indexOf(text.toString().toCharArray(), what, from),
                    text + " / " + from);
        }
    }

    private interface Parse {
        Object run() throws IOException;
    }

    /** The value read, or the exception's class and message. */
    private static Object outcome(Parse parse) {
        try {
            return parse.run();
        } catch (IOException | RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) return Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits(y);
        return a.equals(b);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = TreeEnsemble.class.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A model file as the trainer writes it, its numbers in the forms Java prints, with comments, blank lines and odd spacing. */
    private static String randomModel(SplittableRandom random) {
        int features = 1 + random.nextInt(5);
        StringBuilder file = new StringBuilder("scrape-cleaner-trees 1\n# a comment\nversion random model ")
                .append(random.nextInt(1000)).append('\n').append("features ").append(features).append('\n');
        for (int f = 0; f < features; f++) file.append("f ").append(f).append(" feature_").append(f).append('\n');
        file.append(random.nextBoolean() ? "\n" : "").append("base ").append(random.nextGaussian()).append('\n');
        int trees = random.nextInt(4);
        file.append("trees ").append(trees).append(random.nextBoolean() ? "\r\n" : "\n");
        for (int t = 0; t < trees; t++) {
            int depth = random.nextInt(4);
            int count = (1 << (depth + 1)) - 1;
            file.append("t ").append(t).append(' ').append(count).append('\n');
            for (int node = 0; node < count; node++) {
                String gap = random.nextInt(10) == 0 ? " \t " : " ";
                file.append(random.nextInt(10) == 0 ? "  n" : "n").append(gap).append(node).append(gap);
                if (2 * node + 2 < count) {
                    file.append(random.nextInt(features)).append(gap).append(randomNumber(random)).append(gap)
                            .append(2 * node + 1).append(gap).append(2 * node + 2);
                } else {
                    file.append("-1 0 -1 -1");
                }
                file.append(gap).append(randomNumber(random)).append(random.nextInt(10) == 0 ? " \n" : "\n");
            }
        }
        return file.toString();
    }

    /** A number as a trainer, a person or a broken file might write it. */
    private static String randomNumber(SplittableRandom random) {
        switch (random.nextInt(9)) {
            case 0:
                return Float.toString(Float.intBitsToFloat(random.nextInt()));
            case 1:
                return Float.toString((float) (random.nextGaussian() * Math.pow(10, random.nextInt(-12, 12))));
            case 2:
                return Double.toString(random.nextGaussian() * Math.pow(10, random.nextInt(-25, 25)));
            case 3:
                return Double.toString(Double.longBitsToDouble(random.nextLong()));
            case 4:
                return Integer.toString(random.nextInt(-20, 20_000_000));
            case 5:
                return String.format("%." + random.nextInt(12) + "f", random.nextGaussian() * Math.pow(10, random.nextInt(-6, 9)));
            default: {
                // digits, maybe a point, maybe an exponent, maybe a stray character
                StringBuilder s = new StringBuilder(random.nextInt(4) == 0 ? "-" : "");
                int digits = 1 + random.nextInt(random.nextBoolean() ? 9 : 20);
                int point = random.nextInt(digits + 2);
                for (int d = 0; d < digits; d++) {
                    if (d == point) s.append('.');
                    s.append((char) ('0' + (random.nextInt(3) == 0 ? 0 : random.nextInt(10))));
                }
                if (random.nextInt(3) == 0) {
                    s.append(random.nextBoolean() ? 'e' : 'E').append(random.nextInt(3) == 0 ? "-" : random.nextInt(5) == 0 ? "+" : "")
                            .append(random.nextInt(random.nextBoolean() ? 30 : 1200));
                }
                if (random.nextInt(50) == 0) s.insert(random.nextInt(s.length() + 1), "x.e+-9f".charAt(random.nextInt(7)));
                return s.toString();
            }
        }
    }

    /** The reader as it was before it parsed in place: the yardstick. */
    static final class Reference {
        private static final String HEADER = "scrape-cleaner-trees 1";
        private static final String SECTION = "=== ";

        static List<TreeEnsemble> readPageTypes(String file) throws IOException {
            List<TreeEnsemble> perType = new ArrayList<>();
            int from = 0;
            for (int t = 0; t < PageType.LABELS.size(); t++) {
                String marker = SECTION + PageType.LABELS.get(t) + "\n";
                int at = file.indexOf(marker, from);
                if (at < 0) throw new IOException("no section " + marker);
                int start = at + marker.length();
                // The last ensemble ends where the words' section starts, when the file has one.
                int end = file.indexOf(SECTION, start);
                if (end < 0) end = file.length();
                perType.add(read(new StringReader(file.substring(start, end))));
                from = end;
            }
            return perType;
        }

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
            TreeEnsemble.Nodes nodes = new TreeEnsemble.Nodes();
            for (int t = 0; t < treeCount; t++) {
                String[] tokens = lines.expect("t", 3);
                if (lines.integer(tokens[1]) != t) throw lines.error("expected tree " + t);
                int count = lines.count(tokens[2], 1);
                roots[t] = nodes.size;
                for (int id = 0; id < count; id++) {
                    String[] n = lines.expect("n", 7);
                    if (lines.integer(n[1]) != id) throw lines.error("expected node " + id);
                    int split = lines.integer(n[2]);
                    int l = lines.integer(n[4]);
                    int r = lines.integer(n[5]);
                    if (split == -1) {
                        if (l != -1 || r != -1) throw lines.error("a leaf's children must be -1");
                    } else if (split < 0 || split >= featureCount) {
                        throw lines.error("feature " + split + " is not in 0 to " + (featureCount - 1));
                    } else if (l <= id || l >= count || r <= id || r >= count) {
                        throw lines.error("children must be nodes after " + id + " and before " + count);
                    }
                    nodes.put(split, lines.threshold(n[3]), l, r, lines.finite(n[6]), roots[t]);
                }
            }
            if (lines.next() != null) throw lines.error("unexpected line after the last tree");
            return inPreOrder(nodes, version, List.copyOf(names), base, roots);
        }

        /** The renumbering as it was, in one pass over every node. */
        static TreeEnsemble inPreOrder(TreeEnsemble.Nodes nodes, String version, List<String> names, double base, int[] roots)
                throws IOException {
            int size = nodes.size;
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
                    if (seen[node]) throw new IOException("model tree " + t + ": a node is the child of two nodes");
                    seen[node] = true;
                    newIndex[node] = at;
                    order[at++] = node;
                    if (nodes.feature[node] >= 0) {
                        stack[depth++] = nodes.right[node];
                        stack[depth++] = nodes.left[node];
                    }
                }
            }
            int[] f = new int[size];
            double[] th = new double[size];
            int[] r = new int[size];
            double[] v = new double[size];
            for (int i = 0; i < size; i++) {
                int node = order[i];
                f[i] = nodes.feature[node];
                th[i] = nodes.threshold[node];
                r[i] = nodes.feature[node] >= 0 ? newIndex[nodes.right[node]] : -1;
                v[i] = nodes.value[node];
            }
            return new TreeEnsemble(version, names, base, newRoots, f, th, r, v);
        }

        /** The reader moved to a file's only line, whose numbers its methods then read as they did. */
        static Lines field(String line) throws IOException {
            Lines lines = new Lines(new StringReader(line));
            lines.next();
            return lines;
        }

        private static final class Lines {
            private final BufferedReader in;
            private int number;
            String text;

            Lines(Reader in) {
                this.in = new BufferedReader(in);
            }

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
}
