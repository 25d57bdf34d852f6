package dev.scrapecleaner.clean;

/**
 * Characters of the scripts written without spaces between words: Chinese and Japanese (their ideographs,
 * kana, punctuation and full-width forms). A text browser wraps their lines between any two characters,
 * where it wraps other scripts at a space; and a wrapped line of theirs is joined to the next without one.
 */
final class UnspacedScripts {
    private UnspacedScripts() {
    }

    /** Whether the code point belongs to a script written without spaces. */
    static boolean isUnspaced(int c) {
        // Below the CJK radicals no character is of these scripts: the wrap's reader asks of every character of a dump.
        if (c < 0x2E80) return false;
        if (c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF) return true; // CJK punctuation, full-width forms
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
