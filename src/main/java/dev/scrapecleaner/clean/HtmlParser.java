package dev.scrapecleaner.clean;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Parses an HTML page with jsoup and cuts it into text blocks in page order: every block-level
 * element's own text, with its tag, the class/id names around it and its link density. Script
 * and style bodies and comments were taken out as the page was decoded ({@link MarkupPrefilter}).
 */
final class HtmlParser implements Stage {
    static final Set<String> BLOCK_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "figcaption", "caption", "dd", "dt", "td", "th", "div", "section", "article", "header",
            "footer", "aside", "nav", "main", "ul", "ol", "dl", "table", "tr", "form", "figure", "address",
            "details", "summary", "fieldset", "body", "center", "hr", "br");
    /**
     * How far up the tree an ancestor walk goes. No real page nests deeper; a hostile page nesting
     * 100,000 elements would otherwise cost a walk of its whole depth per block, quadratic time.
     */
    static final int MAX_ANCESTORS = 256;
    /**
     * Never article text. A plaintext element holds the rest of the page's source, which a browser
     * shows as raw markup. A noscript element is not among them: its content is what a reader
     * without scripts sees, which is what a cleaner of static HTML reads, and forum software serves
     * whole threads there (its view for crawlers); the scripts and styles inside are dropped as any.
     */
    private static final Set<String> DROPPED = Set.of("script", "style", "template", "svg", "iframe",
            "object", "embed", "canvas", "select", "button", "input", "textarea", "link", "meta", "plaintext");

    /** Markup that reached the page as text (a noscript pixel moved out of the head): never prose. */
    private static final java.util.regex.Pattern MARKUP_TEXT = java.util.regex.Pattern.compile("^<[a-zA-Z!/][^>]*>");

    @Override
    public String name() {
        return "parse";
    }

    @Override
    public void apply(Page page) {
        Document doc = Jsoup.parse(page.input().text());
        page.document(doc);
        // What the page declares is read before the body loses its scripts (JSON-LD) and meta tags (microdata).
        HtmlMetadataSources.Found found = HtmlMetadataSources.gather(doc);
        page.metadataCandidates().addAll(found.candidates());
        // The address the page names for itself, else the one a crawler's record fetched it from.
        String url = found.url() != null || page.input().warc() == null ? found.url() : page.input().warc().targetUri();
        page.metadata(new Metadata(null, java.util.List.of(), found.site(), url, found.language(), java.util.Map.of()));
        page.markup(MarkupEvidence.of(doc));
        Element body = doc.body();
        ForeignBreakout.apply(body);
        NodeTraversor.filter(DROP, body);
        NodeTraversor.traverse(new BlockCollector(page), body);
    }

    /** Takes the elements that never hold article text out of the tree, in one walk. */
    private static final NodeFilter DROP = new NodeFilter() {
        @Override
        public FilterResult head(Node node, int depth) {
            return node instanceof Element e && DROPPED.contains(e.normalName()) ? FilterResult.REMOVE : FilterResult.CONTINUE;
        }
    };

    /** Gathers runs of inline text, flushing a block at every block-level boundary. */
    private static final class BlockCollector implements NodeVisitor {
        private final Page page;
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private Element owner;

        BlockCollector(Page page) {
            this.page = page;
        }

        @Override
        public void head(Node node, int depth) {
            page.checkDeadline("parse");
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                if (owner == null) {
                    owner = blockAncestor(t);
                }
                // Raw text: flush() collapses white space as jsoup's text() would, so only the invisible characters go here.
                appendVisible(text, s);
                if (inLink(t)) {
                    linkChars += t.text().strip().length();
                }
            } else if (node instanceof Element e) {
                if (isBlock(e)) {
                    flush();
                } else if (isCell(e)) {
                    text.append(' ');
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && isBlock(e)) {
                flush();
            } else if (node == page.document().body()) {
                flush();
            }
        }

        private void flush() {
            String s = collapse(text.toString());
            if (!s.isEmpty() && owner != null && !MARKUP_TEXT.matcher(s).lookingAt()) {
                double density = Math.min(1.0, linkChars / (double) Math.max(1, s.length()));
                Block b = new Block(page.blocks().size(), s, owner.normalName(), density);
                b.element(owner);
                page.blocks().add(b);
            }
            text.setLength(0);
            linkChars = 0;
            owner = null;
        }
    }

    /**
     * Table cells are block boundaries only when they hold blocks themselves (a layout table);
     * the cells of a data table join into one line per row, as a reader reads them.
     */
    private static boolean isCell(Element e) {
        return e.normalName().equals("td") || e.normalName().equals("th");
    }

    static boolean isBlock(Element e) {
        String tag = e.normalName();
        if (isCell(e)) {
            for (Element child : e.children()) {
                if (BLOCK_TAGS.contains(child.normalName()) && !child.normalName().equals("br")) return true;
            }
            return false;
        }
        return BLOCK_TAGS.contains(tag);
    }

    private static Element blockAncestor(Node n) {
        int depth = 0;
        for (Node p = n.parentNode(); p != null && depth++ < MAX_ANCESTORS; p = p.parentNode()) {
            if (p instanceof Element e && isBlock(e)) {
                return e;
            }
        }
        return null;
    }

    private static boolean inLink(Node n) {
        int depth = 0;
        for (Node p = n.parentNode(); p instanceof Element e && depth++ < MAX_ANCESTORS; p = p.parentNode()) {
            if (e.normalName().equals("a")) return true;
            if (isBlock(e)) return false;
        }
        return false;
    }


    /** Appends the text less zero-width spaces and soft hyphens, which jsoup's text() also drops. */
    private static void appendVisible(StringBuilder out, String s) {
        if (s.indexOf('\u200b') < 0 && s.indexOf('\u00ad') < 0) {
            out.append(s);
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\u200b' && c != '\u00ad') out.append(c);
        }
    }

    /** The text with each run of white space (no-break spaces included) made one space, and none at the ends. */
    static String collapse(String s) {
        if (isCollapsed(s)) return s;
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) out.append(' ');
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }

    private static boolean isCollapsed(String s) {
        int n = s.length();
        if (n == 0) return true;
        if (isSpace(s.charAt(0)) || isSpace(s.charAt(n - 1))) return false;
        for (int i = 1; i < n - 1; i++) {
            char c = s.charAt(i);
            if (isSpace(c) && (c != ' ' || isSpace(s.charAt(i + 1)))) return false;
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0';
    }
}
