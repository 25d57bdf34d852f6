package dev.scrapecleaner.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The per-page figures of {@code ../shared/eval/score.py}, computed the same way to the last bit:
 * the article-extraction benchmark's shingle counts, WCXB's word precision and recall, the share of
 * snippets found, and whether a paragraph was captured twice.
 */
public final class PageScores {
    /**
     * Python's {@code \w} on text: letters ({@code L*}), numbers ({@code N*}, so {@code ½} and
     * {@code ²} too) and the underscore. It equals Python 3.11's {@code \w} on every code point that
     * Java 17's Unicode 13 assigns (they differ only on the 525 that Unicode 14 added). Java's
     * {@code \w} with {@code UNICODE_CHARACTER_CLASS} is not the same: it also takes combining marks
     * (Devanagari vowel signs), joiners and variation selectors but leaves out {@code No} numbers, and
     * it split 372 of the 4,854 truth and dump files of the shared data into tokens that score.py's
     * did not match. This pattern matched score.py's tokens on all of them.
     */
    static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int SHINGLE = 4;
    private static final int LONG_PARAGRAPH = 40;
    /** Python's universal newlines: a file's {@code \r\n} and {@code \r} are read as {@code \n}. */
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n]+");

    private PageScores() {
    }

    /**
     * score.py's {@code tp_fp_fn}: the 4-token shingles of truth and prediction as multisets (a text
     * of one to three tokens is one shorter shingle, an empty text none), and the shares of true
     * positives, false positives and false negatives among them, {@code {tp, fp, fn}}; all zero when
     * both texts are empty. Tokens keep their case.
     */
    public static double[] shingles(String truth, String prediction) {
        Map<String, Integer> a = shingleCounts(tokens(truth));
        Map<String, Integer> b = shingleCounts(tokens(prediction));
        Set<String> keys = new HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (String key : keys) {
            int x = a.getOrDefault(key, 0);
            int y = b.getOrDefault(key, 0);
            tp += Math.min(x, y);
            fp += Math.max(0, y - x);
            fn += Math.max(0, x - y);
        }
        double s = tp + fp + fn;
        return s == 0 ? new double[] {0, 0, 0} : new double[] {tp / s, fp / s, fn / s};
    }

    /**
     * score.py's {@code word_prf} (WCXB's metric): lowercased tokens as bags of words, {@code {p, r, f}}.
     * An empty truth scores 1 only for an empty prediction; an empty prediction of a non-empty truth 0.
     *
     * <p>Tokens are lowercased one by one with {@code toLowerCase(Locale.ROOT)}, as Python's
     * {@code str.lower()} on each token. Both apply the full Unicode mappings, {@code İ} to
     * {@code i̇} and a word-final {@code Σ} to {@code ς} alike; they can part only where Java's and
     * Python's Unicode versions differ (on the shared data they agree on every token).
     */
    public static double[] words(String truth, String prediction) {
        Map<String, Integer> a = bag(tokens(truth));
        Map<String, Integer> b = bag(tokens(prediction));
        if (a.isEmpty()) return b.isEmpty() ? new double[] {1, 1, 1} : new double[] {0, 0, 0};
        if (b.isEmpty()) return new double[] {0, 0, 0};
        long overlap = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) overlap += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        double p = overlap / (double) total(b);
        double r = overlap / (double) total(a);
        return new double[] {p, r, p + r > 0 ? 2 * p * r / (p + r) : 0};
    }

    /**
     * score.py's {@code snippet_share}: the share of snippets found in the prediction, both lowercased
     * and with runs of whitespace as one space. NaN for no snippets (score.py then leaves the share out).
     */
    public static double snippetShare(String prediction, List<String> snippets) {
        if (snippets.isEmpty()) return Double.NaN;
        String low = normaliseSpace(lower(prediction));
        long found = snippets.stream().filter(s -> low.contains(normaliseSpace(lower(s)))).count();
        return found / (double) snippets.size();
    }

    /**
     * score.py's {@code has_duplicate_paragraph}: whether some line of 40 or more characters (code
     * points, stripped) occurs twice, compared with runs of whitespace as one space. Line breaks are
     * {@code \n}, {@code \r\n} and {@code \r}, as score.py sees a prediction once written to a file.
     */
    public static boolean hasDuplicateParagraph(String prediction) {
        Set<String> seen = new HashSet<>();
        for (String line : LINE_BREAKS.split(prediction == null ? "" : prediction)) {
            String para = strip(line);
            if (para.codePointCount(0, para.length()) < LONG_PARAGRAPH) continue;
            if (!seen.add(normaliseSpace(para))) return true;
        }
        return false;
    }

    /**
     * score.py's page precision from {@code {tp, fp, fn}}: NaN where the page is left out of the mean
     * (nothing predicted, nothing true: {@code tp + fp == 0}), else 1 for a perfect page, else
     * {@code tp / (tp + fp)}.
     */
    static double precision(double[] t) {
        if (!(t[0] + t[1] > 0)) return Double.NaN;
        if (t[1] == 0 && t[2] == 0) return 1.0;
        return t[0] / (t[0] + t[1]);
    }

    /** score.py's page recall: NaN where left out of the mean ({@code tp + fn == 0}), else as precision. */
    static double recall(double[] t) {
        if (!(t[0] + t[2] > 0)) return Double.NaN;
        if (t[1] == 0 && t[2] == 0) return 1.0;
        return t[0] / (t[0] + t[2]);
    }

    /** The {@code \w+} tokens of a text, as Python's {@code re.findall} finds them; none for null. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    private static Map<String, Integer> shingleCounts(List<String> t) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < Math.max(1, t.size() - SHINGLE + 1); i++) {
            List<String> shingle = t.subList(Math.min(i, t.size()), Math.min(t.size(), i + SHINGLE));
            // Tokens hold no space, so joining with one keeps distinct shingles distinct.
            if (!shingle.isEmpty()) counts.merge(String.join(" ", shingle), 1, Integer::sum);
        }
        return counts;
    }

    private static Map<String, Integer> bag(List<String> tokens) {
        Map<String, Integer> counts = new HashMap<>();
        for (String t : tokens) counts.merge(t.toLowerCase(Locale.ROOT), 1, Integer::sum);
        return counts;
    }

    private static long total(Map<String, Integer> bag) {
        return bag.values().stream().mapToLong(Integer::longValue).sum();
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }

    /** Python's {@code str.strip()}: the text without the characters Python counts as space at either end. */
    private static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isPythonSpace(s.codePointAt(start))) start += Character.charCount(s.codePointAt(start));
        while (end > start && isPythonSpace(s.codePointBefore(end))) end -= Character.charCount(s.codePointBefore(end));
        return s.substring(start, end);
    }

    /** Python's {@code " ".join(s.split())}: words split at every character Python counts as space. */
    static String normaliseSpace(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (isPythonSpace(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < s.length() && !isPythonSpace(s.codePointAt(i))) i += Character.charCount(s.codePointAt(i));
            if (out.length() > 0) out.append(' ');
            out.append(s, start, i);
        }
        return out.toString();
    }

    /**
     * Python's {@code str.isspace()}: Java's whitespace, plus the no-break spaces Java leaves out
     * ({@code U+00A0}, {@code U+2007}, {@code U+202F}, all {@code Zs}) and {@code U+0085}.
     */
    static boolean isPythonSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }
}
