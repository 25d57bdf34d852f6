package dev.scrapecleaner.clean;

import java.util.regex.Pattern;

/**
 * What a text browser writes in place of what is not text on the page. An image without
 * alternative text becomes its file name in brackets (lynx: {@code [ps4-controller.jpg?width=640&fit=bounds]},
 * after a link's number {@code [46][photo.jpg]}), inside the paragraph it sits in: the page shows a
 * picture there, not words, so the names leave the line, as a Markdown dump's images do
 * ({@link MarkdownSyntax}), and so does lynx's mark of an empty inserted element ({@code [INS: :INS]},
 * an ad's slot). An embedded frame becomes a line of its own, {@code IFRAME:} and the frame's address:
 * a link address, removed as {@link Reason#LINK_REFERENCES}. None of the shared renderers' dumps
 * holds any of these; lynx's hold them on half the news pages.
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
    /** A frame as lynx writes it: the word, then its address or name (which a wrap may have cut), or nothing. */
    private static final Pattern FRAME = Pattern.compile("I?FRAME:(?: \\S*[./:]\\S*(?: \\S+){0,3})?");

    private BrowserPlaceholders() {
    }

    /** The text without the images' file names and empty inserted elements in it. */
    static String withoutInlinePlaceholders(String text) {
        return text.indexOf('[') < 0 ? text : INLINE.matcher(text).replaceAll("");
    }

    /** Whether a line (collapsed) is a frame the browser wrote by its address. */
    static boolean isFrame(String line) {
        return (line.startsWith("IFRAME:") || line.startsWith("FRAME:")) && FRAME.matcher(line).matches();
    }
}
