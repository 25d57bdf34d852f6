package dev.scrapecleaner.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * What a page's elements say about themselves: a tag or a class, id or role that names
 * boilerplate ({@code nav}, {@code footer}, {@code class="related-stories"}) or content
 * ({@code article}, {@code class="entry-content"}). A name only counts for a container that
 * holds a minor part of the page's text and of its prose: themes put words like "sidebar" or "ads" on the
 * wrappers of whole pages, and those say nothing about the text inside.
 */
final class Markup {
    /** A named container holding more than this share of the page's text is a wrapper. */
    private static final double WRAPPER_SHARE = 0.5;
    private static final int WEAK_WORD_MAX_CHARS = 1000;
    private static final int MAX_CARD_CHARS = 600;
    private static final int MIN_CARDS = 3;
    private static final int MIN_RUN = 3;
    private static final Set<String> WEAK_WORDS = Set.of("author", "byline", "caption", "figcaption", "more", "banner",
            "promo", "teaser", "teasers", "skip", "masthead", "aside", "widget");
    private static final Set<String> TAXONOMY_WORDS = Set.of("tag", "tags", "category", "categories", "cat", "topic",
            "topics", "section", "format", "status", "type", "author", "postid", "post", "page", "term", "label", "keyword",
            "keywords", "has", "with", "is", "single", "template");
    private static final Set<String> CHROME_TAGS = Set.of("nav", "footer", "aside");
    private static final Set<String> CONTENT_WORDS = Set.of("article", "content", "entry", "hentry", "post", "story",
            "body", "text", "main", "prose", "blog", "articlebody", "storybody", "postbody", "entrycontent");

    private final Map<Element, Integer> textChars = new IdentityHashMap<>();
    private final Map<Element, Integer> proseChars = new IdentityHashMap<>();
    /** The reason each element names, once worked out; elements that name none map to {@link Optional#empty()}. */
    private final Map<Element, Optional<Reason>> reasons = new IdentityHashMap<>();
    private final Map<Element, Boolean> holdsRun = new IdentityHashMap<>();
    private final Map<Element, Optional<Element>> ancestors = new IdentityHashMap<>();
    private final int pageChars;
    private final int pageProse;
    private final Element root;

    Markup(List<Block> blocks, Element root) {
        this.root = root;
        int total = 0;
        int prose = 0;
        for (Block b : blocks) {
            if (b.element() == null) continue;
            int len = b.text().length();
            int proseLen = ContentRegion.isProse(b) ? len : 0;
            total += len;
            prose += proseLen;
            int depth = 0;
            for (Element p = b.element(); p != null && depth++ < HtmlParser.MAX_ANCESTORS; p = p.parent()) {
                textChars.merge(p, len, Integer::sum);
                if (proseLen > 0) proseChars.merge(p, proseLen, Integer::sum);
                if (p == root) break;
            }
        }
        this.pageChars = total;
        this.pageProse = prose;
        findParagraphRuns(blocks);
        findCards(blocks);
    }

    /**
     * Teaser cards: small containers that open with a headline link and repeat, three or more
     * under one parent (a "more stories" list, a rail of related articles). Their summaries
     * read as prose, so the card's shape, not its words, gives them away. A paragraph that opens
     * with a link is no card: articles link their first words often enough.
     */
    private void findCards(List<Block> blocks) {
        Map<Element, Integer> cardsPerParent = new IdentityHashMap<>();
        Map<Element, Boolean> seen = new IdentityHashMap<>();
        List<Element> cards = new java.util.ArrayList<>();
        for (Block b : blocks) {
            int depth = 0;
            for (Element p = b.element(); p != null && p != root && depth++ < 5; p = p.parent()) {
                if (textChars.getOrDefault(p, 0) > MAX_CARD_CHARS) break;
                if (seen.put(p, Boolean.TRUE) != null || p.normalName().equals("p") || !opensWithHeadlineLink(p)) continue;
                cards.add(p);
                if (p.parent() != null) cardsPerParent.merge(p.parent(), 1, Integer::sum);
            }
        }
        for (Element card : cards) {
            if (card.parent() != null && cardsPerParent.getOrDefault(card.parent(), 0) >= MIN_CARDS) {
                reasons.put(card, Optional.of(Reason.RELATED_LINKS));
            }
        }
    }

    private static boolean opensWithHeadlineLink(Element e) {
        String linkText = firstLinkText(e);
        if (linkText.length() < 15 || linkText.indexOf(' ') < 0) return false;
        String text = e.text().strip();
        return text.length() > linkText.length() + 20 && text.startsWith(linkText);
    }

    /** The text of the first link under the element that has any, or "": the walk stops there. */
    private static String firstLinkText(Element e) {
        String[] found = {""};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element el && el.normalName().equals("a")) {
                    String t = el.text().strip();
                    if (!t.isEmpty()) {
                        found[0] = t;
                        return FilterResult.STOP;
                    }
                    return FilterResult.SKIP_CHILDREN;
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        return found[0];
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

    /**
     * {@link #boilerplateAncestor(Element, Element)} up to the page root, remembered per element:
     * the blocks outside the article ask it for every ancestor chain, and on a page nested
     * thousands deep each walk would repeat its parent's.
     */
    Element boilerplateAncestor(Element e) {
        List<Element> walked = new ArrayList<>();
        Element found = null;
        int depth = 0;
        for (Element p = e; p != null && p != root && depth++ < HtmlParser.MAX_ANCESTORS; p = p.parent()) {
            Optional<Element> known = ancestors.get(p);
            if (known != null) {
                found = known.orElse(null);
                break;
            }
            walked.add(p);
            if (reason(p) != null) {
                found = p;
                break;
            }
        }
        // Each element walked has the same answer as the one the walk stopped at, unless it named boilerplate itself.
        Optional<Element> answer = Optional.ofNullable(found);
        for (Element w : walked) ancestors.put(w, w == found ? Optional.of(w) : answer);
        return found;
    }

    /**
     * Marks the containers that hold a run of prose paragraphs under one parent. A sidebar or a
     * share bar does not hold three paragraphs of running prose; a container that does is the
     * article's, whatever layout word ({@code with-sidebar}) its class carries. Comment threads
     * do hold such runs, so a comment name still counts.
     */
    private void findParagraphRuns(List<Block> blocks) {
        Map<Element, Integer> proseChildren = new IdentityHashMap<>();
        for (Block b : blocks) {
            if (b.element() != null && b.element().parent() != null && ContentRegion.isProse(b)) {
                proseChildren.merge(b.element().parent(), 1, Integer::sum);
            }
        }
        for (Map.Entry<Element, Integer> e : proseChildren.entrySet()) {
            if (e.getValue() < MIN_RUN) continue;
            int depth = 0;
            for (Element p = e.getKey(); p != null && depth++ < HtmlParser.MAX_ANCESTORS; p = p.parent()) {
                if (holdsRun.put(p, Boolean.TRUE) != null || p == root) break;
            }
        }
    }

    /** A container of most of the page's text or most of its prose: its names say nothing of its parts. */
    private boolean isWrapper(Element e) {
        return textChars.getOrDefault(e, 0) > WRAPPER_SHARE * pageChars
                || pageProse > 0 && proseChars.getOrDefault(e, 0) > WRAPPER_SHARE * pageProse;
    }

    /** The boilerplate an element names by its tag, class, id or role, or null. */
    Reason reason(Element e) {
        Optional<Reason> cached = reasons.get(e);
        if (cached != null) return cached.orElse(null);
        Reason r = null;
        if (!isWrapper(e)) {
            String tag = e.normalName();
            if (CHROME_TAGS.contains(tag)) {
                r = tag.equals("nav") ? Reason.NAVIGATION : tag.equals("footer") ? Reason.LEGAL_DISCLAIMER
                        : Reason.OUTSIDE_MAIN_CONTENT;
            } else {
                r = reasonForNames(e, textChars.getOrDefault(e, 0));
                if (r != null && r != Reason.COMMENTS && holdsRun.containsKey(e)) r = null;
            }
        }
        reasons.put(e, Optional.ofNullable(r));
        return r;
    }

    /**
     * The boilerplate a class, id or role word names. Class names that carry a taxonomy value
     * ({@code tag-social-media}, {@code category-comments}) say what the article is about, not
     * what the container is, and are skipped; weak words (an author box, a "more" link) only
     * count for small containers, since themes also put them on whole articles.
     */
    private static Reason reasonForNames(Element e, int chars) {
        String names = names(e);
        int n = names.length();
        for (int start = 0, end; start < n; start = end + 1) {
            end = start;
            while (end < n && !isSpace(names.charAt(end))) end++;
            if (end == start || isTaxonomy(names, start, end)) continue;
            // The name's words, between dashes and underscores ("related-stories", "share_bar").
            for (int from = start, to; from < end; from = to + 1) {
                to = from;
                while (to < end && names.charAt(to) != '-' && names.charAt(to) != '_') to++;
                if (to == from) continue;
                String word = names.substring(from, to);
                Reason r = BoilerplateVocabulary.reasonForWord(word);
                if (r != null && (chars < WEAK_WORD_MAX_CHARS || !WEAK_WORDS.contains(word))) return r;
            }
        }
        return null;
    }

    /** Whether the name opens with a taxonomy word and a dash ({@code tag-}, {@code category-}). */
    private static boolean isTaxonomy(String names, int start, int end) {
        int dash = names.indexOf('-', start);
        return dash > start && dash < end && TAXONOMY_WORDS.contains(names.substring(start, dash));
    }

    /** White space as names are separated by in a class attribute. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    /** How much an element's own names speak for it as the article's container. */
    double weight(Element e) {
        if (reason(e) != null) return 0.2;
        String names = names(e);
        int n = names.length();
        for (int start = 0, end; start < n; start = end + 1) {
            end = start;
            while (end < n && isAsciiAlphanumeric(names.charAt(end))) end++;
            if (end > start && CONTENT_WORDS.contains(names.substring(start, end))) return 1.25;
        }
        String tag = e.normalName();
        if (tag.equals("article") || tag.equals("main")) return 1.25;
        return 1.0;
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /**
     * Lower-case class, id and role of one element, camel case split with a dash
     * ({@code relatedStories} reads as {@code related-stories}).
     */
    static String names(Element e) {
        String id = e.id();
        String cls = e.className();
        String role = e.attr("role");
        if (id.isEmpty() && cls.isEmpty() && role.isEmpty()) return "";
        String joined = id + " " + cls + " " + role;
        StringBuilder out = new StringBuilder(joined.length() + 8);
        int previousType = -1;
        for (int i = 0; i < joined.length(); ) {
            int cp = joined.codePointAt(i);
            int type = Character.getType(cp);
            if (previousType == Character.LOWERCASE_LETTER && type == Character.UPPERCASE_LETTER) {
                out.append('-');
                type = -1; // the pair is taken: "aBC" splits once, as a regex replacement would
            }
            out.appendCodePoint(cp);
            previousType = type;
            i += Character.charCount(cp);
        }
        return out.toString().toLowerCase(Locale.ROOT).trim();
    }
}
