package dev.scrapecleaner.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The words a page names itself with, each marked with where it was read: its address's path
 * ({@code u:}), its title ({@code t:}), its headings ({@code h:}) and its short blocks, the words of
 * its controls ({@code c:}). A shop's "cart" and "sku", a
 * forum's "thread" and "replies", a manual's "install" and "reference" are many words in many
 * languages; which of them tell which type is {@link PageWordWeights}' to learn from the labelled
 * pages, not a list's to name.
 */
final class PageWords {
    /** Headings past this many characters add nothing a page's first headings do not say, and a long page has hundreds. */
    private static final int HEADING_CHARS = 3_000;
    /**
     * A block of this many words or fewer is read as a control: a menu entry, a button, a label ("Add to
     * cart", "Reply", "Pricing"). The only words a text dump keeps of what HTML declares; read from the
     * first {@link #CONTROLS} of them, they typed WCXB's dumps held out 72.7% to 77.1% (HTML 85.8% to 86.4%).
     */
    private static final int CONTROL_WORDS = 3;
    private static final int CONTROLS = 400;
    /** An address deeper than this says only that it is deep. */
    private static final int MAX_DEPTH = 5;

    private PageWords() {
    }

    /** The page's words, each once, sorted. */
    static List<String> of(Page page) {
        TreeSet<String> words = new TreeSet<>();
        address(page.metadata().url(), words);
        String documentTitle = page.document() == null ? "" : page.document().title(); // jsoup looks it up at each call
        String title = !documentTitle.isBlank() ? documentTitle
                : page.input().format() == Format.TEXT ? page.headline() : page.title() != null ? page.title() : page.headline();
        letters(title, "t:", words);
        int headingChars = 0;
        int controls = 0;
        for (Block b : page.blocks().subList(0, FeatureRows.pageEnd(page.blocks()))) {
            if (isMajorHeading(b) && headingChars < HEADING_CHARS) {
                String text = b.text();
                letters(text.length() > HEADING_CHARS - headingChars ? text.substring(0, HEADING_CHARS - headingChars) : text, "h:", words);
                headingChars += text.length();
            }
            if (b.words() >= 1 && b.words() <= CONTROL_WORDS && controls < CONTROLS) {
                controls++;
                letters(b.text(), "c:", words);
            }
        }
        return List.copyOf(words);
    }

    private static boolean isMajorHeading(Block b) {
        String tag = b.tag();
        return "h1".equals(tag) || "h2".equals(tag) || "h3".equals(tag);
    }

    /** The address's path words (letters and digits, not numbers alone), whether it has a query, and its depth. */
    static void address(String url, TreeSet<String> words) {
        if (url == null) return;
        List<String> segments = PageEvidence.segments(url);
        for (String segment : segments) {
            for (String w : splitAlnum(segment)) if (!isNumber(w)) words.add("u:" + w);
        }
        int scheme = url.indexOf("://");
        int query = url.indexOf('?', Math.max(scheme, 0));
        if (query >= 0 && query < url.length() - 1) words.add("u:?query");
        words.add("u:depth" + Math.min(segments.size(), MAX_DEPTH));
    }

    private static List<String> splitAlnum(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && !isAsciiAlnum(s.charAt(i))) i++;
            int from = i;
            while (i < n && isAsciiAlnum(s.charAt(i))) i++;
            if (i > from) out.add(s.substring(from, i));
        }
        return out;
    }

    private static boolean isAsciiAlnum(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    private static boolean isNumber(String w) {
        for (int i = 0; i < w.length(); i++) if (w.charAt(i) < '0' || w.charAt(i) > '9') return false;
        return true;
    }

    /** The runs of letters of a text, lowercased, each with the prefix. */
    static void letters(String text, String prefix, TreeSet<String> words) {
        if (text == null) return;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetter(text.codePointAt(i))) i += Character.charCount(text.codePointAt(i));
            int from = i;
            while (i < n && Character.isLetter(text.codePointAt(i))) i += Character.charCount(text.codePointAt(i));
            if (i > from) words.add(prefix + text.substring(from, i).toLowerCase(Locale.ROOT));
        }
    }
}
