package dev.scrapecleaner.clean;

/** Writing systems that need their own counting: Chinese and Japanese put no spaces between words. */
public final class Scripts {
    private Scripts() {
    }

    /** A Han, Hiragana or Katakana character: about half a word on average. */
    public static boolean isIdeograph(char c) {
        if (c < '\u2E80') return false;
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
