package dev.scrapecleaner.clean;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Decides for each block of an HTML page whether it is article body: first by what the markup
 * says (boilerplate containers, link density), then by finding the container that holds the
 * most prose and keeping what lies inside it.
 */
final class HtmlClassifier implements Stage {
    private static final Set<String> CHROME_TAGS = Set.of("nav", "footer", "aside", "form");

    @Override
    public String name() {
        return "classify";
    }

    @Override
    public void apply(Page page) {
        for (Block b : page.blocks()) {
            page.checkDeadline("classify");
            Reason r = markupReason(b);
            if (r == null) r = TextSignals.reasonForShortText(b.text());
            if (r != null) {
                b.remove(r);
                if (r == Reason.ERROR_BANNER) page.signal("error-banner");
            }
        }
        Element main = mainContainer(page);
        String title = page.title();
        for (Block b : page.blocks()) {
            page.checkDeadline("classify");
            if (b.isDecided()) continue;
            if (title != null && b.isHeading() && b.text().equals(title)) {
                b.remove(Reason.TITLE);
            } else if (main != null && !isInside(b.element(), main)) {
                b.remove(Reason.OUTSIDE_MAIN_CONTENT);
            } else if (b.text().length() < 25 && !b.isHeading() && !TextSignals.endsLikeSentence(b.text())) {
                b.remove(Reason.SHORT_FRAGMENT);
            } else {
                b.keep();
            }
        }
    }

    private static Reason markupReason(Block b) {
        String tag = b.tag();
        if (tag.equals("figcaption") || tag.equals("caption")) return Reason.CAPTION;
        int depth = 0;
        for (Element p = b.element(); p != null && depth++ < HtmlParser.MAX_ANCESTORS; p = p.parent()) {
            String name = p.normalName();
            if (CHROME_TAGS.contains(name)) return name.equals("nav") ? Reason.NAVIGATION : Reason.OUTSIDE_MAIN_CONTENT;
            if (name.equals("header") && !b.isHeading()) return Reason.NAVIGATION;
            if (name.equals("body")) break;
        }
        Reason byContext = BoilerplateVocabulary.reasonForContext(b.context());
        if (byContext != null) return byContext;
        if (b.linkDensity() > 0.5 && b.text().length() < 300) return Reason.LINK_DENSE;
        return null;
    }

    /** The element whose direct and near-direct paragraphs carry the most prose. */
    private static Element mainContainer(Page page) {
        Map<Element, Double> score = new IdentityHashMap<>();
        for (Block b : page.blocks()) {
            if (b.isDecided() || b.element() == null) continue;
            int len = b.text().length();
            if (len < 60 || !TextSignals.endsLikeSentence(b.text())) continue;
            Element parent = b.element().parent();
            if (parent == null) continue;
            score.merge(parent, (double) len, Double::sum);
            Element grand = parent.parent();
            if (grand != null) score.merge(grand, len * 0.5, Double::sum);
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : score.entrySet()) {
            if (e.getValue() > bestScore) {
                bestScore = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }

    private static boolean isInside(Element e, Element container) {
        int depth = 0;
        for (Element p = e; p != null && depth++ < HtmlParser.MAX_ANCESTORS; p = p.parent()) {
            if (p == container) return true;
        }
        return false;
    }
}
