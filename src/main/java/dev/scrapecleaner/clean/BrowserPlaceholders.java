package dev.scrapecleaner.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a text browser writes in place of what is not text on the page. An image without
 * alternative text becomes its file name in brackets (lynx: {@code [ps4-controller.jpg?width=640&fit=bounds]},
 * after a link's number {@code [46][photo.jpg]}), inside the paragraph it sits in: the page shows a
 * picture there, not words, so the names leave the line, as a Markdown dump's images do
 * ({@link MarkdownSyntax}), and so does lynx's mark of an empty inserted element ({@code [INS: :INS]},
 * an ad's slot). An embedded frame becomes a line of its own, {@code IFRAME:} and the frame's address:
 * a link address, removed as {@link Reason#LINK_REFERENCES}. The shared block renderer's dumps hold none of
 * these; lynx's hold them on half the news pages.
 *
 * <p>w3m writes the name without its extension ({@code [harbour-plan-01]}), which a page's own brackets can
 * look like (a citation, "[Barak-Steurer]"; code, "[logger_root]"), so those are read only in a dump that
 * writes five or more ({@link #imageNamesWritten}), as w3m does in a third of its dumps of the shared pages;
 * and only out of the article's text ({@link #articleText}), not out of the lines the content model reads:
 * there a line of names between headlines marks a list of teasers, and without them the held-out models kept
 * such lists (WCXB's w3m dumps 0.808 to 0.807; taken out of the article alone, 0.809, and `dev`'s 0.913 to 0.916).
 */
final class BrowserPlaceholders {
    /**
     * An image's file name in brackets (no spaces or slashes, an image's extension, and its query, where a
     * wrap may have put spaces), or an empty inserted element, with the space before either. An address with
     * a path is {@link InlineAddresses}' to judge, and bracketed words with a space in them ("[Photo: Reuters]")
     * are the page's.
     */
    private static final Pattern INLINE = Pattern.compile(
            " ?\\[[^\\[\\]\\s/]{1,200}\\.(?i:jpe?g|png|gif|webp|svg|avif|bmp|ico)(?:\\?[^\\[\\]]{0,400})?]|"
                    // An empty inserted element (an ad's slot, <ins class="adsbygoogle">), as lynx marks it.
                    + " ?\\[INS: :INS]");
    /**
     * An image's file name without its extension, as w3m writes it: letters and digits joined by hyphens or
     * underscores, with a letter somewhere ("[1-3]" is a citation), not right after a word, a bracket or a '#'
     * (code's {@code a[i_j]}, {@code #[no_mangle]}). Character classes only, possessive, no repeated group: a
     * repeated group recurses once a repetition in java.util.regex, and a line of "[a-a-a-…" overflowed the stack
     * ({@code RegexAuditTest}); the look-ahead reads only digits and joins before the first letter.
     */
    private static final Pattern IMAGE_NAME =
            Pattern.compile(" ?(?<![#\\w\\]])\\[(?=[-_0-9]*[A-Za-z])[A-Za-z0-9]++[-_][-_A-Za-z0-9]*+(?<=[A-Za-z0-9])]");
    /** w3m's mark of an empty inserted element. */
    private static final String EMPTY_INSERT = "[INS::INS]";
    /** How many names say that a dump writes its images so. */
    static final int IMAGE_NAMES_WRITTEN = 5;
    /** A frame as lynx writes it: the word, then its address or name (which a wrap may have cut), or nothing. */
    private static final Pattern FRAME = Pattern.compile("I?FRAME:(?: \\S*[./:]\\S*(?: \\S+){0,3})?");

    private BrowserPlaceholders() {
    }

    /** The text without the images' file names and empty inserted elements in it. */
    static String withoutInlinePlaceholders(String text) {
        return text.indexOf('[') < 0 ? text : INLINE.matcher(text).replaceAll("");
    }

    /** Whether a dump's lines hold {@link #IMAGE_NAMES_WRITTEN} or more images' file names without extension. */
    static boolean imageNamesWritten(List<String> lines) {
        int found = 0;
        for (String line : lines) {
            if (line.indexOf('[') < 0) continue;
            Matcher m = IMAGE_NAME.matcher(line);
            while (m.find()) {
                if (++found >= IMAGE_NAMES_WRITTEN) return true;
            }
        }
        return false;
    }

    /**
     * A kept line of a dump as the article's text: without w3m's empty inserted elements and, where the dump
     * writes images by name, without the names; empty when the line was only those, or only a rule the browser
     * drew for a page's {@code <hr>} (w3m's {@code ━━━━}, box-drawing characters, which no page's text is made of).
     */
    static String articleText(String line, boolean imageNames) {
        if (isDrawnRule(line)) return "";
        if (line.indexOf('[') < 0) return line;
        String out = line.replace(EMPTY_INSERT, "");
        if (imageNames) out = IMAGE_NAME.matcher(out).replaceAll("");
        return out.length() == line.length() ? line : HtmlParser.collapse(out);
    }

    private static boolean isDrawnRule(String line) {
        if (line.isEmpty() || line.charAt(0) < '\u2500' || line.charAt(0) > '\u257F') return false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && (c < '\u2500' || c > '\u257F')) return false;
        }
        return true;
    }

    /** Whether a line (collapsed) is a frame the browser wrote by its address. */
    static boolean isFrame(String line) {
        return (line.startsWith("IFRAME:") || line.startsWith("FRAME:")) && FRAME.matcher(line).matches();
    }
}
