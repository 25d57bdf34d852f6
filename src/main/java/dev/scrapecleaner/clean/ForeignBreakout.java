package dev.scrapecleaner.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Moves the HTML that jsoup leaves inside SVG or MathML out to where a browser puts it. In the
 * standard, an HTML start tag such as {@code <p>} or {@code <div>} met inside foreign content
 * closes it, and what follows is HTML again; jsoup keeps it inside, where the cleaner, which drops
 * SVG, would lose an article's paragraphs after an unclosed {@code <svg>}. The HTML in an SVG's
 * foreignObject, which a browser draws, comes out too.
 */
final class ForeignBreakout {
    /** The start tags that break out of foreign content (the standard's list; font only with attributes, below). */
    private static final Set<String> BREAKOUT = Set.of("b", "big", "blockquote", "br", "center", "code", "dd", "div",
            "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "li", "listing", "menu",
            "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u",
            "ul", "var");
    /** Foreign elements whose content is HTML in the standard: nothing breaks out of them. */
    private static final Set<String> INTEGRATION_POINTS = Set.of("foreignobject", "desc", "title", "mi", "mo", "mn",
            "ms", "mtext", "annotation-xml");

    private ForeignBreakout() {
    }

    /** Moves, for each outermost SVG or MathML element, its first breakout element and all after it to just after it. */
    static void apply(Element root) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element foreign) || !isForeign(foreign)) return FilterResult.CONTINUE;
                Element first = firstBreakout(foreign);
                if (first != null) moveOut(foreign, first);
                showForeignObjects(foreign);
                return FilterResult.SKIP_CHILDREN; // what moved out comes next, and is walked in its turn
            }
        }, root);
    }

    private static boolean isForeign(Element e) {
        return e.normalName().equals("svg") || e.normalName().equals("math");
    }

    /** Moves {@code first} and every node after it inside {@code foreign} to just after {@code foreign}, in order. */
    private static void moveOut(Element foreign, Element first) {
        List<Node> moved = new ArrayList<>();
        for (Node n = first; n != foreign; n = n.parentNode()) {
            List<Node> siblings = n.parentNode().childNodes();
            moved.addAll(siblings.subList(n == first ? n.siblingIndex() : n.siblingIndex() + 1, siblings.size()));
        }
        foreign.parent().insertChildren(foreign.siblingIndex() + 1, moved);
    }

    /**
     * Moves the content of an SVG's foreignObject elements, HTML that a browser draws inside the
     * picture, to just after the SVG, in order, so that dropping the SVG keeps it.
     */
    private static void showForeignObjects(Element foreign) {
        List<Element> objects = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || !e.normalName().equals("foreignobject")) return FilterResult.CONTINUE;
                objects.add(e);
                return FilterResult.SKIP_CHILDREN;
            }
        }, foreign);
        int at = foreign.siblingIndex() + 1;
        for (Element object : objects) {
            List<Node> content = new ArrayList<>(object.childNodes());
            foreign.parent().insertChildren(at, content);
            at += content.size();
        }
    }

    /** The first element in document order that breaks out, outside the integration points; null if none. */
    private static Element firstBreakout(Element foreign) {
        Element[] found = new Element[1];
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == foreign || !(node instanceof Element e)) return FilterResult.CONTINUE;
                String name = e.normalName();
                if (BREAKOUT.contains(name)
                        || name.equals("font") && (e.hasAttr("color") || e.hasAttr("face") || e.hasAttr("size"))) {
                    found[0] = e;
                    return FilterResult.STOP;
                }
                return INTEGRATION_POINTS.contains(name) ? FilterResult.SKIP_CHILDREN : FilterResult.CONTINUE;
            }
        }, foreign);
        return found[0];
    }
}
