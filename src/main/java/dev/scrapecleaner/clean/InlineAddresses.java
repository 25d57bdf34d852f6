package dev.scrapecleaner.clean;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Link addresses a text renderer writes after each link's text, in brackets ({@code html-to-text}'s
 * default, {@code Browns [https://…/cleveland-browns/] pass rusher}, and relative ones
 * {@code [/nfl/scores/]}): the renderer's, not the page's text, and in a story with many links
 * more tokens than the story. Read from the dump itself: only a dump with many such addresses
 * loses them, so an article that quotes one address in brackets keeps it.
 */
final class InlineAddresses {
    /** A scheme written with "//", the shape of an address in both forms below. */
    private static final String SLASHED_SCHEME = "[A-Za-z][A-Za-z0-9+.-]{1,15}://";
    /**
     * An address in brackets: a scheme and "//" (or mailto:, tel:, javascript:, data:), a path from the site's
     * root, a query or a fragment of the page's own address ({@code [?page=2]}, {@code [#]}), or an e-mail
     * address, which html-to-text writes without its "mailto:"; no spaces. Not w3m's "[DEL:39€:DEL]", which is
     * struck-out text.
     */
    private static final Pattern ADDRESS = Pattern.compile(
            "\\[(?:(?:" + SLASHED_SCHEME + "|(?i:mailto|tel|javascript|data):|[/?#])[^\\s\\[\\]]*"
                    + "|[^\\s\\[\\]@]+@[^\\s\\[\\]@]+\\.[A-Za-z]{2,})]");
    /** The same with the space before it, which goes with it. */
    private static final Pattern SPACED_ADDRESS = Pattern.compile(" ?" + ADDRESS.pattern());
    /** An address alone on its line, after a bullet or not. */
    private static final Pattern BARE = Pattern.compile(
            "(?:[*•+o-] )?(?:" + SLASHED_SCHEME + "|(?i:mailto|tel|javascript):)\\S+");
    /** Addresses counted before the dump is taken to write its links so. */
    private static final int MIN_ADDRESSES = 5;

    private InlineAddresses() {
    }

    /** Whether the dump writes its links' addresses in brackets after them. */
    static boolean written(List<String> lines) {
        return LineMatches.atLeast(lines, "[", ADDRESS, MIN_ADDRESSES);
    }

    /** A line that is one address and nothing else but a bullet: how such a renderer writes a link without text. */
    static boolean isBare(String line) {
        return BARE.matcher(line).matches();
    }

    /** The text without its bracketed addresses. */
    static String without(String text) {
        return text.indexOf('[') < 0 ? text : SPACED_ADDRESS.matcher(text).replaceAll("");
    }
}
