package dev.scrapecleaner.report;

/** Text measures used by the report. */
public final class Metrics {
    private Metrics() {
    }

    /**
     * Words: runs of letters and digits, where an apostrophe or hyphen between two of them joins
     * one word ({@code don't}, {@code well-known}). A plain loop rather than a regular expression:
     * the expression's repeated group recursed once per joined part, and a hostile run such as
     * {@code a-a-a-...} overflowed the stack.
     */
    public static int wordCount(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (isWordChar(c)) {
                if (!inWord) n++;
                inWord = true;
            } else if (inWord && isJoiner(c) && next < text.length() && isWordChar(text.codePointAt(next))) {
                inWord = true;
            } else {
                inWord = false;
            }
            i = next;
        }
        return n;
    }

    private static boolean isWordChar(int c) {
        if (Character.isLetter(c)) return true;
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    private static boolean isJoiner(int c) {
        return c == '\'' || c == '’' || c == '-';
    }
}
