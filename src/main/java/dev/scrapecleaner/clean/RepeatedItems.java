package dev.scrapecleaner.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The page's items: runs of like siblings (the same tag and class) that each hold a link, as the
 * cards of a listing, a shop's category or a search page are built, and what their members carry
 * (words, images, headings, dates, prices). An article is prose with a menu; a listing is mostly
 * items. Counted bottom-up in one walk, so that the cost stays linear however deep the nesting.
 */
final class RepeatedItems implements NodeVisitor {
    static final List<String> NAMES = List.of("type.items_log", "type.items_word_share", "type.items_mean_words_log",
            "type.items_image_share", "type.items_heading_share", "type.items_date_share", "type.items_price_share",
            "type.item_groups_log");
    /** Fewer like siblings than this are a pair of columns or a byline, not a run of items. */
    private static final int MIN_ITEMS = 4;
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** What one element holds, summed over its subtree; children's summaries wait here until the element closes. */
    private static final class Summary {
        final Element element;
        int words;
        boolean link;
        boolean image;
        boolean heading;
        boolean date;
        boolean price;
        List<Summary> children;

        Summary(Element element) {
            this.element = element;
        }

        /** Its tag and class, numbers in the class ignored ("post-123"): one kind of item. Asked only of runs of siblings. */
        String signature() {
            String cls = element.className();
            return cls.isEmpty() ? element.normalName() : element.normalName() + "." + withoutNumbers(cls);
        }

        void absorb(Summary child) {
            words += child.words;
            link |= child.link;
            image |= child.image;
            heading |= child.heading;
            date |= child.date;
            price |= child.price;
            if (children == null) children = new ArrayList<>();
            children.add(child);
        }
    }

    private final Deque<Summary> open = new ArrayDeque<>();
    private int pageWords;
    private int groups;
    private int bestCount;
    private int bestWords;
    private int bestImages;
    private int bestHeadings;
    private int bestDates;
    private int bestPrices;

    /** Reads the items under {@code root} and writes their figures, in the order of {@link #NAMES}, from {@code k}. */
    static int figures(Element root, float[] out, int k) {
        RepeatedItems items = new RepeatedItems();
        if (root != null) NodeTraversor.traverse(items, root);
        int n = items.bestCount;
        out[k++] = (float) Math.log1p(n);
        out[k++] = items.pageWords == 0 ? 0 : Math.min(1f, items.bestWords / (float) items.pageWords);
        out[k++] = (float) Math.log1p(n == 0 ? 0 : items.bestWords / (double) n);
        out[k++] = n == 0 ? 0 : items.bestImages / (float) n;
        out[k++] = n == 0 ? 0 : items.bestHeadings / (float) n;
        out[k++] = n == 0 ? 0 : items.bestDates / (float) n;
        out[k++] = n == 0 ? 0 : items.bestPrices / (float) n;
        out[k++] = (float) Math.log1p(items.groups);
        return k;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof Element e) {
            open.push(new Summary(e));
        } else if (node instanceof TextNode t && !open.isEmpty()) {
            String text = t.getWholeText();
            int words = TextSignals.wordCount(text);
            if (words == 0) return;
            Summary s = open.peek();
            s.words += words;
            pageWords += words;
            // A date or a price is a short text with a digit: the patterns run on those only (saysDate and saysPrice look
            // for the digit themselves).
            if ((s.date && s.price) || text.length() >= 200) return;
            if (!s.date && PageEvidence.saysDate(text)) s.date = true;
            if (!s.price && PageEvidence.saysPrice(text)) s.price = true;
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (!(node instanceof Element e) || open.isEmpty()) return;
        Summary s = open.pop();
        switch (e.normalName()) {
            case "a" -> s.link |= e.hasAttr("href");
            case "img", "picture" -> s.image = true;
            case "h2", "h3", "h4" -> s.heading = true;
            case "time" -> s.date = true;
            default -> { }
        }
        if (s.children != null) {
            judge(s.children);
            s.children = null; // the children's summaries are done with: memory stays the open path's
        }
        Summary parent = open.peek();
        if (parent != null) parent.absorb(s);
    }

    /** The class with its numbers as '#'; most classes have none, and skip the regex. */
    private static String withoutNumbers(String cls) {
        return hasDigit(cls) ? DIGITS.matcher(cls).replaceAll("#") : cls;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) return true;
        }
        return false;
    }

    /** Groups one element's children by their signature; a group of items with links may be the page's items. */
    private void judge(List<Summary> children) {
        if (children.size() < MIN_ITEMS) return;
        Map<String, List<Summary>> bySignature = new HashMap<>();
        for (Summary c : children) bySignature.computeIfAbsent(c.signature(), x -> new ArrayList<>()).add(c);
        for (List<Summary> group : bySignature.values()) {
            if (group.size() < MIN_ITEMS) continue;
            int linked = 0;
            int words = 0;
            for (Summary c : group) {
                if (c.link) linked++;
                words += c.words;
            }
            if (linked * 2 < group.size() || words < group.size() * 3) continue; // a menu of one-word links is not items
            groups++;
            if (words <= bestWords) continue;
            bestCount = group.size();
            bestWords = words;
            bestImages = bestHeadings = bestDates = bestPrices = 0;
            for (Summary c : group) {
                if (c.image) bestImages++;
                if (c.heading) bestHeadings++;
                if (c.date) bestDates++;
                if (c.price) bestPrices++;
            }
        }
    }
}
