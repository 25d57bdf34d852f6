package dev.scrapecleaner.report;

import dev.scrapecleaner.clean.Block;
import dev.scrapecleaner.clean.CleanResult;
import dev.scrapecleaner.clean.Reason;
import dev.scrapecleaner.clean.StopWords;
import dev.scrapecleaner.clean.Scripts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Text-quality measures of the kind web-scale corpus filters apply (Gopher's quality rules, C4's
 * line filters): word count and mean word length, symbol-to-word ratio, lines ending in an
 * ellipsis or opening with a bullet, duplicate lines and paragraphs before cleaning, the share
 * of characters in the most frequent 2-, 3- and 4-grams, stop-word ratio, boilerplate share,
 * non-alphabetic share, and encoding damage. Read by people and pipelines; the verdict uses a few.
 */
final class QualityMetrics {
    /** Words the n-gram shares are counted over, at most. */
    static final int MAX_NGRAM_WORDS = 100_000;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final double boilerplateShare;
    private final double duplicateShare;
    private final double damageShare;
    private final String language;

    QualityMetrics(CleanResult result) {
        String text = result.article().text();
        List<String> words = words(text);
        List<String> paragraphs = result.article().paragraphs();
        int wordCount = words.size();
        values.put("words", wordCount);
        values.put("meanWordLength", round(words.stream().mapToInt(String::length).average().orElse(0)));
        values.put("symbolToWordRatio", round(ratio(count(text, "#") + count(text, "...") + count(text, "…"), wordCount)));
        values.put("ellipsisLineShare", round(share(paragraphs, p -> p.endsWith("...") || p.endsWith("…"))));
        values.put("bulletLineShare", round(share(paragraphs, p -> p.startsWith("•") || p.startsWith("- ") || p.startsWith("* ")
                || p.startsWith("·"))));
        List<String> before = new ArrayList<>();
        long totalChars = 0;
        long removedChars = 0;
        long dupChars = 0;
        for (Block b : result.blocks()) {
            before.add(b.text());
            totalChars += b.text().length();
            if (b.removal() != null) removedChars += b.text().length();
            if (b.removal() == Reason.DUPLICATE) dupChars += b.text().length();
        }
        values.put("duplicateLineFraction", round(duplicateFraction(before, false)));
        values.put("duplicateParagraphCharFraction", round(duplicateFraction(before, true)));
        // An article is a few thousand words; the first 100,000 tell as much as a hostile page's million.
        List<String> sample = words.size() > MAX_NGRAM_WORDS ? words.subList(0, MAX_NGRAM_WORDS) : words;
        for (int n = 2; n <= 4; n++) values.put("top" + n + "gramCharShare", round(topNgramShare(sample, n)));
        values.put("stopWordRatio", round(ratio(StopWords.count(words), wordCount)));
        boilerplateShare = totalChars == 0 ? 0 : removedChars / (double) totalChars;
        values.put("boilerplateShare", round(boilerplateShare));
        long kept = totalChars - removedChars;
        duplicateShare = kept + dupChars == 0 ? 0 : dupChars / (double) (kept + dupChars);
        values.put("inPageDuplicateShare", round(duplicateShare));
        values.put("nonAlphabeticShare", round(nonAlphabeticShare(text)));
        int replacement = count(text, "\uFFFD");
        int mojibake = Mojibake.count(text);
        values.put("replacementChars", replacement);
        values.put("mojibakeSequences", mojibake);
        damageShare = text.isEmpty() ? 0 : (replacement + 2.0 * mojibake) / text.length();
        String declared = result.article().metadata() == null ? null : result.article().metadata().language();
        language = declared != null ? declared.toLowerCase(Locale.ROOT).split("[-_]")[0] : StopWords.guessLanguage(words);
        values.put("language", language);
    }

    Map<String, Object> values() {
        return values;
    }

    double boilerplateShare() {
        return boilerplateShare;
    }

    double duplicateShare() {
        return duplicateShare;
    }

    double damageShare() {
        return damageShare;
    }

    /** Primary language subtag, declared by the page or guessed from stop words; null when neither says. */
    String language() {
        return language;
    }

    double stopWordRatio() {
        return (double) values.get("stopWordRatio");
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Scripts.isIdeograph(c)) {
                if (w.length() > 0) out.add(w.toString());
                w.setLength(0);
                out.add(String.valueOf(c));
            } else if (Character.isLetterOrDigit(c)) {
                w.append(Character.toLowerCase(c));
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        if (w.length() > 0) out.add(w.toString());
        return out;
    }


    private static double duplicateFraction(List<String> lines, boolean byChars) {
        Set<String> seen = new HashSet<>();
        long dup = 0;
        long all = 0;
        for (String l : lines) {
            if (byChars && l.length() < 40) continue;
            long weight = byChars ? l.length() : 1;
            all += weight;
            if (!seen.add(l)) dup += weight;
        }
        return all == 0 ? 0 : dup / (double) all;
    }

    /** Gopher: characters covered by the most frequent n-gram, over all characters of words. */
    static double topNgramShare(List<String> words, int n) {
        if (words.size() < n) return 0;
        // Counted in an open-addressing table of n-gram hashes: a map of boxed keys cost more than the rest of the report.
        int capacity = Integer.highestOneBit(Math.max(16, words.size() * 2 - 1)) << 1;
        long[] keys = new long[capacity];
        int[] counts = new int[capacity];
        int[] hashes = new int[words.size()];
        for (int i = 0; i < hashes.length; i++) hashes[i] = words.get(i).hashCode();
        int bestAt = -1;
        int bestCount = 0;
        for (int i = 0; i + n <= words.size(); i++) {
            long key = 0;
            for (int k = 0; k < n; k++) key = key * 0x9E3779B97F4A7C15L + hashes[i + k];
            int slot = (int) (mix(key) & (capacity - 1));
            while (counts[slot] != 0 && keys[slot] != key) slot = (slot + 1) & (capacity - 1);
            keys[slot] = key;
            int c = ++counts[slot];
            if (c > bestCount) {
                bestCount = c;
                bestAt = i;
            }
        }
        if (bestCount < 2) return 0;
        long gramChars = 0;
        for (int k = 0; k < n; k++) gramChars += words.get(bestAt + k).length();
        long chars = 0;
        for (String w : words) chars += w.length();
        return chars == 0 ? 0 : Math.min(1, bestCount * gramChars / (double) chars);
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        return h ^ (h >>> 33);
    }

    private static double nonAlphabeticShare(String text) {
        long nonAlpha = 0;
        long visible = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) continue;
            visible++;
            if (!Character.isLetter(c)) nonAlpha++;
        }
        return visible == 0 ? 0 : nonAlpha / (double) visible;
    }

    private static double share(List<String> lines, java.util.function.Predicate<String> p) {
        return lines.isEmpty() ? 0 : lines.stream().filter(p).count() / (double) lines.size();
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) n++;
        return n;
    }

    private static double ratio(double a, double b) {
        return b == 0 ? 0 : a / b;
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
