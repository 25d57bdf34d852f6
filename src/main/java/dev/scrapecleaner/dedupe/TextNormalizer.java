package dev.scrapecleaner.dedupe;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The normal form two texts are compared in: NFKC, lower case, typographic quotes and dashes
 * folded to ASCII, whitespace collapsed. Differences a scraper introduces, not the author.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    public static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = fold(s.charAt(i));
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) out.append(' ');
            space = false;
            out.append(c);
        }
        return out.toString();
    }

    private static char fold(char c) {
        switch (c) {
            case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '`', '\u00b4':
                return '\'';
            case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb':
                return '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
                return '-';
            case '\u00a0', '\u2007', '\u202f':
                return ' ';
            default:
                return c;
        }
    }
}
