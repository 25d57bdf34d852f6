package dev.scrapecleaner.clean;

import dev.scrapecleaner.clean.MetadataCandidate.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Gathers the byline and date lines around an HTML page's h1 beside what the page declares
 * ({@link HtmlMetadataSources}, gathered as the page was parsed), and chooses its title among them
 * by the measured reliability of each source ({@link MetadataWeights}): no title unless one is sure
 * enough. Also sets the headline the classifier takes out of the body. The authors and the date are
 * chosen once the page is typed ({@link MetadataChoice}).
 */
final class HtmlMetadata implements Stage {
    private final MetadataWeights weights;

    HtmlMetadata() {
        this(MetadataWeights.bundled());
    }

    HtmlMetadata(MetadataWeights weights) {
        this.weights = weights;
    }

    @Override
    public String name() {
        return "metadata";
    }

    @Override
    public void apply(Page page) {
        Document doc = page.document();
        Metadata found = page.metadata();
        List<MetadataCandidate> candidates = page.metadataCandidates();
        int h1 = -1;
        for (Block b : page.blocks()) {
            if (b.tag().equals("h1")) {
                h1 = b.index();
                break;
            }
        }
        NearHeadline.candidates(page.blocks(), h1, "h1", found.siteName(), candidates);
        NearHeadline.furtherDate(page.blocks(), h1, "h1", candidates);
        page.headline(chooseHeadline(doc, declaredHeadline(candidates), found.siteName()));
        chooseTitle(page, Format.HTML, weights, found);
    }

    /**
     * Picks the title among the page's candidates and records why; the article's title is the title
     * chosen, or none. The authors and the date wait for the page's type ({@link MetadataChoice}).
     */
    static void chooseTitle(Page page, Format format, MetadataWeights weights, Metadata found) {
        MetadataWeights.Choice title = weights.choose(format, Field.TITLE, page.metadataCandidates(), found.siteName(), null);
        // What the input declared before any choice (a reader service's date) stays.
        Map<String, String> sources = new LinkedHashMap<>(found.sources());
        if (title != null) sources.put(title.field().label(), title.reason());
        page.title(title == null ? null : title.values().get(0));
        page.metadata(new Metadata(found.publishedDate(), List.of(), found.siteName(), found.url(), found.language(), sources));
    }

    private static String declaredHeadline(List<MetadataCandidate> candidates) {
        for (String source : new String[] {"meta og:title", "meta twitter:title"}) {
            for (MetadataCandidate c : candidates) if (c.source().equals(source)) return c.values().get(0);
        }
        for (MetadataCandidate c : candidates) {
            if (c.source().startsWith("JSON-LD") && c.source().endsWith(".headline")) return c.values().get(0);
        }
        return null;
    }

    /** The visible h1 when it agrees with the declared headline, else the declared one, else the title tag: the heading the body loses. */
    static String chooseHeadline(Document doc, String declared, String site) {
        Element h1 = doc.selectFirst("h1");
        String h1Text = h1 == null ? null : HtmlParser.collapse(h1.text());
        if (h1Text != null && !h1Text.isEmpty()
                && (declared == null || declared.contains(h1Text) || h1Text.contains(declared))) {
            return h1Text;
        }
        if (declared != null && !declared.isBlank()) {
            return stripSiteSuffix(HtmlParser.collapse(declared), site);
        }
        if (h1Text != null && !h1Text.isEmpty()) {
            return h1Text;
        }
        return stripSiteSuffix(HtmlParser.collapse(doc.title()), site);
    }

    static String stripSiteSuffix(String title, String site) {
        if (title == null || title.isEmpty()) return null;
        for (String sep : new String[] {" | ", " - ", " — ", " – ", " :: ", " · "}) {
            int i = title.lastIndexOf(sep);
            if (i > 0) {
                String tail = title.substring(i + sep.length());
                if ((site != null && tail.equalsIgnoreCase(site)) || tail.split(" ").length <= 4) {
                    return title.substring(0, i).strip();
                }
            }
        }
        return title;
    }
}
