package dev.scrapecleaner.clean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a page's {@link PageWords} say of its type: a softmax regression, one weight a word and type
 * and a bias a type, learned from the labelled pages (words seen on few sites are left out, so no
 * site's own name is learned). {@link PageTypeModel} mixes its probabilities with the trees'. Stored
 * as the last section of a page-type model file: a line {@code mix M} (the share of the words in
 * the mix), a line of biases, then a word and its seven weights a line.
 */
final class PageWordWeights {
    static final String SECTION_LABEL = "words";
    /** Powers of ten exact in a float. */
    private static final float[] POWERS = {1f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f};

    private final Map<String, float[]> weights;
    private final float[] bias;
    private final double mix;

    PageWordWeights(Map<String, float[]> weights, float[] bias, double mix) {
        if (bias.length != PageType.LABELS.size()) throw new IllegalArgumentException("one bias a type");
        this.weights = weights;
        this.bias = bias;
        this.mix = mix;
    }

    /** The share of the words' log-probabilities in the page-type model's mix, the trees' being the rest. */
    double mix() {
        return mix;
    }

    int size() {
        return weights.size();
    }

    /** A word's weights as read, null for a word the model does not weigh. */
    float[] weights(String word) {
        return weights.get(word);
    }

    /** Each type's log-probability for a page with these words, in the order of {@link PageType#LABELS}. */
    double[] logProbabilities(List<String> words) {
        double[] z = new double[bias.length];
        for (int t = 0; t < z.length; t++) z[t] = bias[t];
        for (String w : words) {
            float[] v = weights.get(w);
            if (v == null) continue;
            for (int t = 0; t < z.length; t++) z[t] += v[t];
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) max = Math.max(max, v);
        double sum = 0;
        for (double v : z) sum += Math.exp(v - max);
        double log = max + Math.log(sum);
        for (int t = 0; t < z.length; t++) z[t] -= log;
        return z;
    }

    /**
     * Reads the section's text, {@code file[start, end)}. Read by hand, a character at a time: a cold
     * start reads thousands of words, and splitting lines and {@code Float.parseFloat} on each number,
     * run by the interpreter, took about 100 ms more for the two files.
     */
    static PageWordWeights read(char[] file, int start, int end) throws IOException {
        int[] at = {start};
        String mixLine = line(file, at, end);
        if (!mixLine.startsWith("mix ")) throw new IOException("The page-type model's words section has no mix line");
        double mix = Double.parseDouble(mixLine.substring(4).strip());
        float[] bias = numbers(file, at, end, "biases");
        Map<String, float[]> weights = new HashMap<>();
        while (at[0] < end) {
            int from = at[0];
            if (file[from] == '\n') {
                at[0]++;
                continue;
            }
            int tab = from;
            while (tab < end && file[tab] != '\t' && file[tab] != '\n') tab++;
            if (tab == end || file[tab] != '\t' || tab == from) {
                throw new IOException("The page-type model's words section has a line without a word: " + new String(file, from, tab - from));
            }
            String word = unescape(new String(file, from, tab - from));
            at[0] = tab + 1;
            weights.put(word, numbers(file, at, end, word));
        }
        return new PageWordWeights(weights, bias, mix);
    }

    private static String line(char[] file, int[] at, int end) {
        int from = at[0];
        int to = from;
        while (to < end && file[to] != '\n') to++;
        at[0] = Math.min(to + 1, end);
        return new String(file, from, to - from);
    }

    /** One weight a type, tab-separated decimals ("-0.125"), up to the line's end. */
    private static float[] numbers(char[] file, int[] at, int end, String what) throws IOException {
        float[] out = new float[PageType.LABELS.size()];
        int i = at[0];
        for (int t = 0; t < out.length; t++) {
            if (t > 0) {
                if (i >= end || file[i] != '\t') throw new IOException("The page-type model's words section needs one weight a type: " + what);
                i++;
            }
            boolean negative = i < end && file[i] == '-';
            if (negative) i++;
            long digits = 0;
            int decimals = -1;
            int from = i;
            while (i < end && (file[i] >= '0' && file[i] <= '9' || file[i] == '.' && decimals < 0)) {
                if (file[i] == '.') decimals = 0;
                else {
                    digits = digits * 10 + (file[i] - '0');
                    if (decimals >= 0) decimals++;
                }
                i++;
            }
            if (i == from) throw new IOException("The page-type model's words section has a bad weight for " + what);
            // Both operands exact in a float, so the one rounding of the division gives what Float.parseFloat gives.
            float value = digits < (1 << 24) && decimals < POWERS.length
                    ? (decimals <= 0 ? digits : digits / POWERS[decimals])
                    : Float.parseFloat(new String(file, from, i - from));
            out[t] = negative ? -value : value;
        }
        if (i < end && file[i] != '\n') throw new IOException("The page-type model's words section needs one weight a type: " + what);
        at[0] = i + 1;
        return out;
    }

    /** Writes the section (after its marker), words in order, weights to three decimals. */
    void write(Writer out) {
        try {
            out.write(String.format(Locale.ROOT, "mix %s%n", mix));
            out.write(joined(bias));
            for (Map.Entry<String, float[]> e : new TreeMap<>(weights).entrySet()) {
                out.write(escape(e.getKey()));
                out.write('\t');
                out.write(joined(e.getValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A word's characters beyond ASCII as {@code \\uXXXX}: the file stays ASCII, which the cleaner reads a byte a
     * character; one character beyond ASCII sends the whole file through the UTF-8 decoder (35 ms more at a cold start).
     * A word is letters, so a backslash is always an escape.
     */
    static String escape(String word) {
        StringBuilder sb = null;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 0x80) {
                if (sb != null) sb.append(c);
                continue;
            }
            if (sb == null) sb = new StringBuilder(word.substring(0, i));
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        }
        return sb == null ? word : sb.toString();
    }

    static String unescape(String word) {
        if (word.indexOf('\\') < 0) return word;
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '\\' && i + 5 < word.length() && word.charAt(i + 1) == 'u') {
                sb.append((char) Integer.parseInt(word.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String joined(float[] v) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            if (i > 0) sb.append('\t');
            sb.append(String.format(Locale.ROOT, "%.3f", v[i]));
        }
        return sb.append('\n').toString();
    }
}
