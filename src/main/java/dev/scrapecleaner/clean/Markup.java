package dev.scrapecleaner.clean;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What a page's elements say about themselves: a tag or a class, id or role that names
 * boilerplate ({@code nav}, {@code footer}, {@code class="related-stories"}) or content
 * ({@code article}, {@code class="entry-content"}). A name only counts for a container that
 * holds a minor part of the page's text: themes put words like "sidebar" or "ads" on the
 * wrappers of whole pages, and those say nothing about the text inside.
 */
final class Markup {
    /** A named container holding more than this share of the page's text is a wrapper. */
    private static final double WRAPPER_SHARE = 0.5;
    private static final Set<String> CHROME_TAGS = Set.of("nav", "footer", "aside");
    private static final Set<String> CONTENT_WORDS = Set.of("article", "content", "entry", "hentry", "post", "story",
            "body", "text", "main", "prose", "blog", "articlebody", "storybody", "postbody", "entrycontent");

    private final Map<Element, Integer> textChars = new IdentityHashMap<>();
    private final Map<Element, Reason> reasons = new IdentityHashMap<>();
    private final int pageChars;
    private final Element root;

    Markup(List<Block> blocks, Element root) {
        this.root = root;
        int total = 0;
        for (Block b : blocks) {
            if (b.element() == null) continue;
            int len = b.text().length();
            total += len;
            int depth = 0;
            for (Element p = b.element(); p != null && depth++ < HtmlParser.MAX_ANCESTORS; p = p.parent()) {
                textChars.merge(p, len, Integer::sum);
                if (p == root) break;
            }
        }
        this.pageChars = total;
    }

    /**
     * The nearest ancestor (or the element itself) that names boilerplate, below {@code stop}
     * (exclusive; null = the page root), or null. Wrappers of most of the page never count.
     */
    Element boilerplateAncestor(Element e, Element stop) {
        int depth = 0;
        for (Element p = e; p != null && p != stop && depth++ < HtmlParser.MAX_ANCESTORS; p = p.parent()) {
            if (p == root) return null;
            if (reason(p) != null) return p;
        }
        return null;
    }

    Element boilerplateAncestor(Element e) {
        return boilerplateAncestor(e, null);
    }

    /** The boilerplate an element names by its tag, class, id or role, or null. */
    Reason reason(Element e) {
        Reason cached = reasons.get(e);
        if (cached != null) return cached == Reason.NON_CONTENT_MARKUP ? null : cached;
        Reason r = null;
        if (textChars.getOrDefault(e, 0) <= WRAPPER_SHARE * pageChars) {
            String tag = e.normalName();
            if (CHROME_TAGS.contains(tag)) {
                r = tag.equals("nav") ? Reason.NAVIGATION : tag.equals("footer") ? Reason.LEGAL_DISCLAIMER
                        : Reason.OUTSIDE_MAIN_CONTENT;
            } else {
                r = BoilerplateVocabulary.reasonForContext(names(e));
            }
        }
        reasons.put(e, r == null ? Reason.NON_CONTENT_MARKUP : r);
        return r;
    }

    /** How much an element's own names speak for it as the article's container. */
    double weight(Element e) {
        if (reason(e) != null) return 0.2;
        for (String word : names(e).split("[^a-z0-9]+")) {
            if (CONTENT_WORDS.contains(word)) return 1.25;
        }
        String tag = e.normalName();
        if (tag.equals("article") || tag.equals("main")) return 1.25;
        return 1.0;
    }

    int textChars(Element e) {
        return textChars.getOrDefault(e, 0);
    }

    /** Lower-case class, id and role of one element. */
    static String names(Element e) {
        String id = e.id();
        String cls = e.className();
        String role = e.attr("role");
        if (id.isEmpty() && cls.isEmpty() && role.isEmpty()) return "";
        return (id + " " + cls + " " + role).toLowerCase(Locale.ROOT).trim();
    }
}
