package dev.scrapecleaner.clean;

import org.jsoup.nodes.Element;

/**
 * Decides for each block of an HTML page whether it is article body. It finds the article's
 * container ({@link ContentRegion}); inside it, a block stays unless its markup or its own words
 * name boilerplate (a share bar, a related list, a caption, a byline); outside it, a block goes,
 * with the most specific reason its markup gives.
 */
final class HtmlClassifier implements Stage {

    @Override
    public String name() {
        return "classify";
    }

    @Override
    public void apply(Page page) {
        Element root = page.document() == null ? null : page.document().body();
        Markup markup = new Markup(page.blocks(), root);
        Element region = ContentRegion.find(page.blocks(), markup, root);
        page.featureRows(() -> HtmlFeatures.rows(page, markup, region));
        String title = page.headline();
        boolean[] listed = EnumeratedLists.members(page.blocks());
        for (Block b : page.blocks()) {
            page.checkDeadline("classify");
            if (b.isDecided()) continue;
            Reason r = reason(b, nextToLinks(page.blocks(), b.index()), markup, region, title);
            if ((r == Reason.SHORT_FRAGMENT || r == Reason.LINK_DENSE) && listed[b.index()]) r = null;
            if (r == null) {
                b.keep();
            } else {
                b.remove(r);
                if (r == Reason.ERROR_BANNER) page.signal("error-banner");
            }
        }
    }

    private static Reason reason(Block b, boolean nextToLinks, Markup markup, Element region, String title) {
        String text = b.text();
        if (title != null && b.isHeading() && sameText(text, title)) return Reason.TITLE;
        Element owner = b.element();
        boolean inside = region != null && owner != null && isInside(owner, region);
        if (!inside) {
            Element named = owner == null ? null : markup.boilerplateAncestor(owner);
            if (named != null) return markup.reason(named);
            Reason byText = b.textReason();
            return byText != null ? byText : Reason.OUTSIDE_MAIN_CONTENT;
        }
        Element named = markup.boilerplateAncestor(owner, region);
        if (named != null) return markup.reason(named);
        String tag = b.tag();
        if (tag.equals("figcaption") || tag.equals("caption")) return Reason.CAPTION;
        if (hasAncestor(owner, region, "figure")) return Reason.CAPTION;
        Reason byText = b.textReason();
        if (byText != null) return byText;
        if (b.linkDensity() > 0.5 && text.length() < 400 && (nextToLinks || text.length() < 40) && !isBareUrl(text)) {
            return Reason.LINK_DENSE;
        }
        if (TextSignals.isByline(text)) return Reason.BYLINE;
        if (TextSignals.isCaption(text)) return Reason.CAPTION;
        if (TextSignals.isMetadataLine(text)) return Reason.METADATA;
        if (isFragment(b)) return Reason.SHORT_FRAGMENT;
        return null;
    }

    /** Whether a neighbouring block is mostly links too: one linked sentence is prose, a run is a link list. */
    private static boolean nextToLinks(java.util.List<Block> blocks, int i) {
        return i > 0 && blocks.get(i - 1).linkDensity() > 0.5
                || i + 1 < blocks.size() && blocks.get(i + 1).linkDensity() > 0.5;
    }

    /** An address the author printed in the text ("http://…"): a link to itself, not a menu entry. */
    private static boolean isBareUrl(String text) {
        return (text.startsWith("http://") || text.startsWith("https://") || text.startsWith("www.")) && text.indexOf(' ') < 0;
    }

    /** Too short and too plain to be a paragraph or a subhead: a label, a counter, a button. */
    private static boolean isFragment(Block b) {
        String text = b.text();
        if (isBareUrl(text)) return false;
        // Scripts without spaces show in the first characters; a megabyte-long block need not be scanned whole.
        if (Scripts.hasCjk(text, 200)) return text.length() < 6;
        if (b.isHeading()) return TextSignals.wordCount(text) < 2 && text.length() < 12;
        if (TextSignals.endsLikeSentence(text)) return TextSignals.wordCount(text) < 3;
        return TextSignals.wordCount(text) < 4;
    }

    private static boolean sameText(String a, String b) {
        return a.strip().equalsIgnoreCase(b.strip());
    }

    private static boolean hasAncestor(Element e, Element stop, String tag) {
        int depth = 0;
        for (Element p = e; p != null && p != stop && depth++ < HtmlParser.MAX_ANCESTORS; p = p.parent()) {
            if (p.normalName().equals(tag)) return true;
        }
        return false;
    }

    static boolean isInside(Element e, Element container) {
        int depth = 0;
        for (Element p = e; p != null && depth++ < HtmlParser.MAX_ANCESTORS; p = p.parent()) {
            if (p == container) return true;
        }
        return false;
    }
}
