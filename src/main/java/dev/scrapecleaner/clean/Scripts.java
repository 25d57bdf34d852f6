package dev.scrapecleaner.clean;

/** Writing systems that need their own counting: Chinese and Japanese put no spaces between words. */
public final class Scripts {
    private Scripts() {
    }

    /**
     * Whether the first {@code limit} characters hold one of Chinese, Japanese or Korean: scripts
     * whose blocks are short in characters and long in meaning.
     */
    static boolean hasCjk(String text, int limit) {
        for (int i = 0, n = Math.min(text.length(), limit); i < n; i++) {
            char c = text.charAt(i);
            if (c < '\u1100') continue;
            if (isIdeograph(c) || c <= '\u11FF' || c >= '\u3130' && c <= '\u318F' || c >= '\uAC00' && c <= '\uD7AF'
                    || c >= '\uA960' && c <= '\uA97F' || c >= '\uD7B0' && c <= '\uD7FF') {
                return true;
            }
        }
        return false;
    }

    /** A Han, Hiragana or Katakana character: about half a word on average. */
    public static boolean isIdeograph(char c) {
        if (c < '\u2E80') return false;
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** A letter or a number of any script, as the regex class {@code [\p{L}\p{N}]} matches. */
    public static boolean isLetterOrNumber(int codePoint) {
        // Most characters are ASCII, whose letters and numbers are these (asking their type was a twentieth of a dump's cleaning).
        if (codePoint < 0x80) return codePoint >= 'a' && codePoint <= 'z' || codePoint >= 'A' && codePoint <= 'Z' || codePoint >= '0' && codePoint <= '9';
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** Where the next letter or number starts, from {@code from}; the text's length when none does. */
    public static int nextLetterOrNumber(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isLetterOrNumber(cp)) return i;
            i += Character.charCount(cp);
        }
        return i;
    }
}
