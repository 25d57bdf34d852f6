package dev.scrapecleaner.clean;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A pattern with the words one of which every match holds: it runs only on a text that holds one. Most
 * blocks hold none, and a pattern of many alternatives, tried at every position of every block, was a
 * tenth of a text dump's cleaning. The words are a necessary condition, not a second rule: the answer is
 * always the pattern's.
 */
record GuardedPattern(Pattern pattern, List<String> words, boolean ignoreCase) {
    /**
     * A pattern matched regardless of ASCII case ({@code (?i)}, which in Java folds ASCII letters only), and its
     * words in ASCII lower case, looked for in the text with its ASCII letters lowered ({@link #lowerAscii}).
     */
    static GuardedPattern ignoringCase(String regex, String... words) {
        for (String w : words) {
            if (!w.equals(lowerAscii(w))) throw new IllegalArgumentException("not in ASCII lower case: " + w);
        }
        return new GuardedPattern(Pattern.compile("(?i)" + regex), List.of(words), true);
    }

    /** A pattern matched as written, and its words as they must appear. */
    static GuardedPattern matchingCase(String regex, String... words) {
        return new GuardedPattern(Pattern.compile(regex), List.of(words), false);
    }

    /** Whether the pattern is found in {@code text}. */
    boolean find(String text) {
        return find(text, ignoreCase ? lowerAscii(text) : text);
    }

    /**
     * Whether the pattern is found in {@code text}, given the text with its ASCII letters lowered (the text itself
     * for a pattern that matches case): lowered once for several patterns.
     */
    boolean find(String text, String lowered) {
        String guarded = ignoreCase ? lowered : text;
        for (String w : words) {
            if (guarded.contains(w)) return pattern.matcher(text).find();
        }
        return false;
    }

    /** The text with A to Z lowered and every other character as it is: what {@code (?i)} compares. */
    static String lowerAscii(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (chars == null) chars = text.toCharArray();
                chars[i] = (char) (c + ('a' - 'A'));
            }
        }
        return chars == null ? text : new String(chars);
    }
}
