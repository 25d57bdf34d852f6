package dev.scrapecleaner.clean;

import java.util.regex.Pattern;

/** Signals read from a block's text alone, shared by the HTML and the text-dump classifiers. */
final class TextSignals {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

    private TextSignals() {
    }

    /** The boilerplate reason a short block's own words announce, or null. */
    static Reason reasonForShortText(String text) {
        if (text.length() < 1000 && mentionsCookiesTwice(text)) return Reason.COOKIE_NOTICE;
        if (text.length() > 400) return null;
        if (BoilerplateVocabulary.ERROR_BANNER.matcher(text).find() && text.length() < 200) return Reason.ERROR_BANNER;
        if (text.length() < 160 && BoilerplateVocabulary.RELATED.matcher(text).find()) return Reason.RELATED_LINKS;
        if (BoilerplateVocabulary.TEASER_END.matcher(text).find()) return Reason.RELATED_LINKS;
        if (text.length() < 80 && BoilerplateVocabulary.COMMENTS.matcher(text).find()) return Reason.COMMENTS;
        if (BoilerplateVocabulary.SHARE.matcher(text).matches()) return Reason.SHARE_BAR;
        if (BoilerplateVocabulary.COOKIE.matcher(text).find()) return Reason.COOKIE_NOTICE;
        if (text.length() < 200 && BoilerplateVocabulary.NEWSLETTER.matcher(text).find()) return Reason.NEWSLETTER;
        if (BoilerplateVocabulary.ADVERTISING.matcher(text).matches()) return Reason.ADVERTISING;
        if (BoilerplateVocabulary.LEGAL.matcher(text).find() && text.length() < 300) return Reason.LEGAL_DISCLAIMER;
        return null;
    }

    /** Cookie notices and their settings panels name cookies again and again; prose rarely does. */
    private static boolean mentionsCookiesTwice(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        int first = lower.indexOf("cookie");
        return first >= 0 && lower.indexOf("cookie", first + 6) >= 0;
    }

    static boolean endsLikeSentence(String text) {
        if (text.isEmpty()) return false;
        int i = text.length() - 1;
        while (i > 0 && "\"'”’»)]".indexOf(text.charAt(i)) >= 0) i--;
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '…' || c == ':' || c == '。';
    }

    /**
     * Words in the text. Scripts written without spaces (Chinese, Japanese) count one word per two
     * of their characters, about their average word length, so that length rules hold for them too.
     */
    static int wordCount(String text) {
        int n = 0;
        var m = WORD.matcher(text);
        while (m.find()) {
            int ideographs = 0;
            for (int i = m.start(); i < m.end(); i++) {
                if (isIdeograph(text.charAt(i))) ideographs++;
            }
            n += ideographs > 1 ? (ideographs + 1) / 2 + (m.end() - m.start() - ideographs > 0 ? 1 : 0) : 1;
        }
        return n;
    }

    private static boolean isIdeograph(char c) {
        if (c < '\u2E80') return false;
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** Whether the text has the punctuation of sentences somewhere: a tag cloud or a menu has none. */
    static boolean hasSentencePunctuation(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (".,;:!?。、，".indexOf(text.charAt(i)) >= 0) return true;
        }
        return false;
    }
}
