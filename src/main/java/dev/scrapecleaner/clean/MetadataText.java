package dev.scrapecleaner.clean;

import java.text.Normalizer;
import java.util.Locale;

/** Text forms metadata values are compared in: the words alone, in lower case, accents and punctuation gone. */
public final class MetadataText {
    private MetadataText() {
    }

    /**
     * The letters and digits of the text in lower case without accents, every other run of
     * characters one space: "Top Nutrition Trends — Fall 2025!" and "top nutrition trends fall 2025" are the same words.
     */
    public static String words(String text) {
        if (text == null) return "";
        String s = text.indexOf('&') >= 0 ? text.replace("&amp;", "&") : text;
        s = Normalizer.normalize(s, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || cp == '\'' || cp == '’') continue;
            if (Character.isLetterOrDigit(cp)) {
                if (space && out.length() > 0) out.append(' ');
                out.appendCodePoint(cp);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }
}
