package dev.scrapecleaner.clean;

import java.util.Locale;
import java.util.Set;

/**
 * Empties, before the parse, the markup whose content the cleaner never reads: the bodies of
 * scripts (JSON-LD metadata excepted), style sheets and comments. On news pages these are
 * about two thirds of the bytes, and jsoup would otherwise tokenize them and build nodes for
 * them only for {@link HtmlParser} to drop them. The tags themselves stay, so the tree jsoup
 * builds has the same shape as before, less that text.
 *
 * <p>The scan follows the HTML tokenizer where it matters for finding those spans: quoted
 * attribute values, text-only elements ({@code title}, {@code textarea}, {@code xmp}, …) whose
 * content is not markup, CDATA sections and bogus comments, the escapes inside a script, and SVG
 * and MathML ({@link ForeignContent}). It follows jsoup where jsoup departs from the standard (an
 * end tag's name runs to white space, '/' or '>') but for one departure that loses text: jsoup reads
 * a CDATA section anywhere, where the standard, outside SVG and MathML, reads a bogus comment up
 * to the first '>'; that span is emptied as a comment, so that jsoup reads what follows as
 * markup, as a browser does. Anything
 * it is unsure of is copied as it is, for jsoup to read; a randomized test holds it to jsoup's trees.
 */
final class MarkupPrefilter {
    private static final String EMPTY_COMMENT = "<!---->";
    private MarkupPrefilter() {
    }

    /** The page with script and style bodies and comments taken out; the page itself when it has none. */
    static String strip(String html) {
        StringBuilder out = null;
        int copiedTo = 0;
        ForeignContent foreign = new ForeignContent();
        int n = html.length();
        int i = html.indexOf('<');
        while (i >= 0 && i < n - 1) {
            char c = html.charAt(i + 1);
            int next;
            if (c == '!') {
                if (html.startsWith("<![CDATA[", i) && foreign.isOpen()) {
                    // A CDATA section, in SVG and MathML only; unclosed, it runs to the end.
                    int end = html.indexOf("]]>", i + 9);
                    next = end < 0 ? -1 : end + 3;
                } else if (html.startsWith("<![CDATA[", i)) {
                    // In HTML the standard reads it as a bogus comment up to the first '>', and a browser
                    // shows what follows; jsoup would read a CDATA section up to "]]>", a page's whole
                    // body as one text when a template wrapped it so. Emptied as a comment is.
                    int gt = html.indexOf('>', i + 9);
                    int end = gt < 0 ? n : gt + 1;
                    if (out == null) out = new StringBuilder(n);
                    out.append(html, copiedTo, i).append(EMPTY_COMMENT);
                    copiedTo = end;
                    next = end;
                } else if (html.startsWith("<!--", i)) {
                    int end = commentEnd(html, i);
                    if (end < 0) break; // unterminated: jsoup reads the rest as one comment
                    if (end - i > EMPTY_COMMENT.length()) {
                        // An empty comment stays in its place: the text on either side must not join
                        // ("<" and "div" would make a tag).
                        if (out == null) out = new StringBuilder(n);
                        out.append(html, copiedTo, i).append(EMPTY_COMMENT);
                        copiedTo = end;
                    }
                    next = end;
                } else {
                    next = pastGt(html, i); // doctype or bogus comment: up to the first '>'
                }
            } else if (c == '?') {
                next = pastGt(html, i);
            } else if (c == '/') {
                if (i + 2 < n && isAsciiLetter(html.charAt(i + 2))) {
                    int nameEnd = nameEnd(html, i + 2);
                    if (foreign.isOpen()) foreign.endTag(html.substring(i + 2, nameEnd).toLowerCase(Locale.ROOT));
                    next = tagEnd(html, nameEnd);
                } else {
                    next = pastGt(html, i);
                }
            } else if (isAsciiLetter(c)) {
                int nameEnd = nameEnd(html, i + 1);
                String name = nameEnd - i - 1 <= 9 ? lowerName(html, i + 1, nameEnd) : "";
                int tagEnd = tagEnd(html, nameEnd);
                if (tagEnd < 0) break;
                next = tagEnd;
                int length = nameEnd - i - 1;
                if (foreign.isOpen() || length == 3 && namedAt(html, i + 1, "svg") || length == 4 && namedAt(html, i + 1, "math")) {
                    String tag = html.substring(i + 1, nameEnd).toLowerCase(Locale.ROOT);
                    if (!foreign.startTag(tag, html.charAt(tagEnd - 2) == '/')) name = "";
                }
                switch (name) {
                    case "script" -> {
                        int close = scriptEnd(html, tagEnd);
                        if (close < 0) return out == null ? html : out.append(html, copiedTo, n).toString();
                        if (!holdsMetadata(html, nameEnd, tagEnd)) {
                            if (out == null) out = new StringBuilder(n);
                            out.append(html, copiedTo, tagEnd);
                            copiedTo = close;
                        }
                        next = close;
                    }
                    case "style" -> {
                        int close = closingTag(html, tagEnd, "style");
                        if (close < 0) return out == null ? html : out.append(html, copiedTo, n).toString();
                        if (out == null) out = new StringBuilder(n);
                        out.append(html, copiedTo, tagEnd);
                        copiedTo = close;
                        next = close;
                    }
                    // Text only up to their end tag; unclosed, text to the end, as jsoup reads them.
                    case "title", "textarea", "xmp", "iframe", "noembed", "noframes" -> next = closingTag(html, tagEnd, name);
                    case "plaintext" -> next = -1;
                    default -> {
                    }
                }
            } else {
                next = i + 1; // a '<' that opens no tag is text
            }
            if (next < 0) break;
            i = html.indexOf('<', next);
        }
        if (out == null) return html;
        return out.append(html, copiedTo, n).toString();
    }

    /**
     * Where a comment opened at {@code start} ends (past its {@code -->} or {@code --!>}, or past
     * the empty forms {@code <!-->} and {@code <!--->}), or -1 when it is unterminated.
     */
    private static int commentEnd(String html, int start) {
        int body = start + 4;
        if (html.startsWith(">", body)) return body + 1;
        if (html.startsWith("->", body)) return body + 2;
        int end = html.indexOf("--", body);
        while (end >= 0) {
            if (html.startsWith("-->", end)) return end + 3;
            if (html.startsWith("--!>", end)) return end + 4;
            end = html.indexOf("--", end + 1);
        }
        return -1;
    }

    /** Past the first '>' from {@code from}, or -1. */
    private static int pastGt(String html, int from) {
        int gt = html.indexOf('>', from);
        return gt < 0 ? -1 : gt + 1;
    }

    private static int nameEnd(String html, int from) {
        int j = from;
        while (j < html.length()) {
            char c = html.charAt(j);
            if (c == '>' || c == '/' || isSpace(c)) break;
            j++;
        }
        return j;
    }

    /** Past the '>' that ends a tag whose attributes start at {@code from}, quotes honoured; -1 if none. */
    private static int tagEnd(String html, int from) {
        int n = html.length();
        int j = from;
        while (j < n) {
            char c = html.charAt(j);
            if (c == '>') return j + 1;
            if (isSpace(c) || c == '/') {
                j++;
                continue;
            }
            j++; // an attribute name's first character, which may be '=' or a quote
            while (j < n && !isSpace(html.charAt(j)) && html.charAt(j) != '/' && html.charAt(j) != '>'
                    && html.charAt(j) != '=') j++;
            while (j < n && isSpace(html.charAt(j))) j++;
            if (j < n && html.charAt(j) == '=') {
                j++;
                while (j < n && isSpace(html.charAt(j))) j++;
                if (j < n && (html.charAt(j) == '"' || html.charAt(j) == '\'')) {
                    int close = html.indexOf(html.charAt(j), j + 1);
                    if (close < 0) return -1;
                    j = close + 1;
                } else {
                    while (j < n && !isSpace(html.charAt(j)) && html.charAt(j) != '>') j++;
                }
            }
        }
        return -1;
    }

    /** Where the end tag that closes a text-only element {@code name} starts, from {@code from}; -1 if nowhere. */
    private static int closingTag(String html, int from, String name) {
        int j = html.indexOf("</", from);
        while (j >= 0) {
            int past = endTag(html, j, name);
            if (past < 0) return j;
            j = html.indexOf("</", past);
        }
        return -1;
    }

    /**
     * Reads {@code </} at {@code at} inside a text-only element as jsoup's tokenizer does: -1 when
     * it closes the element {@code name}, else where reading goes on. After an ASCII letter the tag
     * name runs to white space, '/' or '>' (a '<' in it included: {@code </b</style>} does not
     * close a style), and closes the element when it is the element's name in any case.
     */
    private static int endTag(String html, int at, String name) {
        int start = at + 2;
        if (start >= html.length() || !isAsciiLetter(html.charAt(start))) return start;
        int end = start;
        while (end < html.length() && !isSpace(html.charAt(end)) && html.charAt(end) != '/' && html.charAt(end) != '>') end++;
        boolean closes = end < html.length() && end - start == name.length()
                && html.regionMatches(true, start, name, 0, name.length());
        return closes ? -1 : end;
    }

    /**
     * Where a script's text ends: the {@code </script} that closes it, past the escaped sections
     * ({@code <!-- … -->}) in which the tokenizer still closes it; -1 when nothing closes it, and
     * also when an escaped section opens another script ({@code <!-- document.write('<script>…')}).
     * There jsoup keeps the script open or closes it depending on where the script sits, and only
     * the parser can tell.
     */
    private static int scriptEnd(String html, int from) {
        boolean escaped = false;
        int dashes = -2; // where the next "-->" is, once looked for (-1: nowhere); each is looked for once
        int j = from;
        while (true) {
            int lt = html.indexOf('<', j);
            if (escaped && dashes != -1 && dashes < j) dashes = html.indexOf("-->", j);
            j = escaped && dashes >= 0 && (lt < 0 || dashes < lt) ? dashes : lt;
            if (j < 0) return -1;
            if (html.charAt(j) == '-') { // "-->" in an escaped section
                escaped = false;
                j += 3;
            } else if (html.startsWith("<!--", j)) {
                escaped = true;
                j += 2; // its dashes may also close it: "<!-->"
            } else if (html.startsWith("</", j)) {
                int past = endTag(html, j, "script");
                if (past < 0) return j;
                j = past;
            } else if (escaped && namedAt(html, j + 1, "script") && endsName(html, j + 7)) {
                return -1;
            } else {
                j++;
            }
        }
    }

    private static boolean holdsMetadata(String html, int from, int to) {
        for (int j = from; j + 7 <= to; j++) {
            if (namedAt(html, j, "ld+json")) return true;
        }
        return false;
    }

    /**
     * Whether {@code name} (lower case) is written at {@code at}, in any case of its ASCII
     * letters only: jsoup lower-cases tag names as English text, so {@code <SCRIPT>} is a script
     * and {@code <scrıpt>} (a dotless i) is not, though Java's case-blind comparison would take it.
     */
    private static boolean namedAt(String html, int at, String name) {
        if (at < 0 || at + name.length() > html.length()) return false;
        for (int k = 0; k < name.length(); k++) {
            char c = html.charAt(at + k);
            if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
            if (c != name.charAt(k)) return false;
        }
        return true;
    }

    private static boolean endsName(String html, int at) {
        if (at >= html.length()) return false;
        char c = html.charAt(at);
        return c == '>' || c == '/' || isSpace(c);
    }

    /** The names the scan acts on, lower-cased; any other name as "". */
    private static String lowerName(String html, int from, int to) {
        for (String name : SPECIAL) {
            if (name.length() == to - from && namedAt(html, from, name)) return name;
        }
        return "";
    }

    private static final String[] SPECIAL = {"script", "style", "title", "textarea", "xmp", "iframe", "noembed",
        "noframes", "plaintext"};

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    /**
     * Where the scan is in SVG or MathML, as far as it decides which elements hold text: in SVG
     * only a script does (for jsoup), in MathML none, and inside an SVG title, desc or
     * foreignObject HTML is read as anywhere else. Some HTML tags written inside end them.
     */
    private static final class ForeignContent {
        /** HTML start tags that end SVG or MathML content where they appear, as jsoup reads them. */
        private static final Set<String> BREAKOUT = Set.of("b", "big", "blockquote", "center", "code", "dd", "div",
                "dl", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "i", "li", "listing", "menu", "nobr", "ol", "p",
                "pre", "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var");
        /** End tags of HTML containers: inside SVG they close the container around it, and the SVG with it. */
        private static final Set<String> CLOSES_AROUND = Set.of("article", "aside", "body", "div", "figure", "footer",
                "form", "header", "html", "li", "main", "nav", "section", "span", "table", "td", "tr", "ul", "ol");
        /** SVG elements whose content is HTML again. */
        private static final Set<String> SVG_ISLANDS = Set.of("title", "desc", "foreignobject");

        private int svg;
        private int math;
        private String island;

        boolean isOpen() {
            return svg + math > 0;
        }

        /** Follows a start tag (lower case); whether an element of that name holds text where it stands. */
        boolean startTag(String tag, boolean selfClosing) {
            if (island != null) return true;
            if (tag.equals("svg") || tag.equals("math")) {
                if (!selfClosing && tag.equals("svg")) svg++;
                if (!selfClosing && tag.equals("math")) math++;
                return true;
            }
            if (!isOpen()) return true;
            if (BREAKOUT.contains(tag)) {
                svg = math = 0;
                return true;
            }
            if (math == 0 && !selfClosing && SVG_ISLANDS.contains(tag)) {
                island = tag;
                return false;
            }
            return math == 0 && tag.equals("script");
        }

        /** Follows an end tag (lower case) inside SVG or MathML. */
        void endTag(String tag) {
            if (island != null) {
                if (tag.equals(island)) island = null;
            } else if (tag.equals("svg") && svg > 0) {
                svg--;
            } else if (tag.equals("math") && math > 0) {
                math--;
            } else if (CLOSES_AROUND.contains(tag)) {
                svg = math = 0;
            }
        }
    }
}
