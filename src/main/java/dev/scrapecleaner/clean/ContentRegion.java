package dev.scrapecleaner.clean;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the article: the container whose text is most prose and least
 * everything else. Every block votes for all its ancestors, prose for, link lists, short
 * fragments and boilerplate-named containers against; the container with the best balance wins.
 * This is readability's candidate scoring turned into a maximum over the tree, so that the
 * winner is neither one paragraph's parent (too small) nor the body (too much chrome).
 */
final class ContentRegion {
    /** Non-prose text counts against a container at this rate per character. */
    private static final double NON_PROSE_COST = 0.6;

    /**
     * Paragraph-level elements: when one wins (a paragraph of br-separated lines outscoring its
     * container), the article is its container, the paragraph's siblings being article too.
     */
    private static final java.util.Set<String> PARAGRAPH_TAGS = java.util.Set.of("p", "blockquote", "li", "pre",
            "h1", "h2", "h3", "h4", "h5", "h6", "span", "font", "b", "i", "em", "strong", "a");

    /**
     * Votes per element, in the order the elements were first voted for (jsoup elements are equal
     * only to themselves): of two containers with the same score, the first met wins, so that the
     * same page always finds the same container. An identity map's order varied from run to run.
     */
    private final Map<Element, double[]> stats = new LinkedHashMap<>();
    private final Markup markup;
    private final Element root;

    private final boolean trustNames;

    private ContentRegion(Markup markup, Element root, boolean trustNames) {
        this.markup = markup;
        this.root = root;
        this.trustNames = trustNames;
    }

    /**
     * The article's container among the blocks' ancestors, or null when no block reads as prose.
     * When every prose block sits under a boilerplate name, the names are wrong (a layout class
     * such as {@code with-sidebar} on the article's column) and the search runs again without them.
     */
    static Element find(List<Block> blocks, Markup markup, Element root) {
        // Without a prose block there is no winner; deep pages of fragments would pay for two futile walks.
        if (blocks.stream().noneMatch(ContentRegion::isProse)) return null;
        Element found = find(blocks, markup, root, true);
        if (found == null) found = find(blocks, markup, root, false);
        return found != null && PARAGRAPH_TAGS.contains(found.normalName()) && found.parent() != null
                && found != root ? found.parent() : found;
    }

    private static Element find(List<Block> blocks, Markup markup, Element root, boolean trustNames) {
        ContentRegion region = new ContentRegion(markup, root, trustNames);
        for (Block b : blocks) region.vote(b);
        return region.best();
    }

    private void vote(Block b) {
        Element owner = b.element();
        if (owner == null) return;
        double len = b.text().length();
        double prose = 0;
        double other = 0;
        if (trustNames && markup.boilerplateAncestor(owner) != null || b.isDecided() && !b.isContent()
                || b.textReason() != null) {
            other = len;
        } else if (isProse(b)) {
            prose = len;
        } else {
            other = b.isHeading() ? 0 : len * (0.3 + b.linkDensity());
        }
        int depth = 0;
        for (Element p = owner; p != null && depth++ < HtmlParser.MAX_ANCESTORS; p = p.parent()) {
            double[] s = stats.computeIfAbsent(p, k -> new double[2]);
            s[0] += prose;
            s[1] += other;
            if (p == root) break;
        }
    }

    /** A sentence-shaped block with few links: the stuff of articles. */
    static boolean isProse(Block b) {
        int len = b.text().length();
        if (b.linkDensity() > 0.35) return false;
        return len >= 100 || len >= 40 && TextSignals.endsLikeSentence(b.text());
    }

    private Element best() {
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, double[]> e : stats.entrySet()) {
            double[] s = e.getValue();
            if (s[0] == 0) continue;
            double score = (s[0] - NON_PROSE_COST * s[1]) * (trustNames ? markup.weight(e.getKey()) : 1.0);
            if (score > bestScore) {
                bestScore = score;
                best = e.getKey();
            }
        }
        return best;
    }
}
