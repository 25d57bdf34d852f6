package dev.scrapecleaner.clean;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * What an HTML page's markup says of its kind, counted in one walk as the page is parsed, before
 * the parser drops scripts, forms and meta tags from the body (JSON-LD and microdata often sit
 * there): the structured-data types it declares, its Open Graph type, and how many of the elements
 * each kind of page is made of (articles, code, forms, table rows, linked headings, story links,
 * elements named as posts, products, items or documentation). {@link PageEvidence} turns the
 * counts into the page's evidence.
 */
final class MarkupEvidence implements NodeVisitor {
    private static final Pattern LD_TYPE = Pattern.compile("\"@type\"\\s*:\\s*(\\[[^\\]]{0,400}\\]|\"[^\"]{1,80}\")");
    /** A link, parsed once: a page may have hundreds of headings to ask. */
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]{1,80})\"");

    /** Counts the document's markup. */
    static MarkupEvidence of(Document doc) {
        MarkupEvidence m = new MarkupEvidence();
        NodeTraversor.traverse(m, doc);
        return m;
    }

    final Set<String> declared = new HashSet<>();
    String ogType;
    int articles;
    int pres;
    int codes;
    int forms;
    int inputs;
    int tableRows;
    int times;
    int subheads;
    int listItems;
    int images;
    int namedPost;
    int namedProduct;
    int namedItem;
    int namedDocs;
    int linkedHeadings;
    int slugLinks;
    int links;
    int h1s;

    @Override
    public void head(Node node, int depth) {
        if (!(node instanceof Element e)) return;
        switch (e.normalName()) {
            case "article" -> articles++;
            case "pre" -> pres++;
            case "code" -> codes++;
            case "form" -> forms++;
            case "input", "button", "select", "textarea" -> inputs++;
            case "tr" -> tableRows++;
            case "time" -> times++;
            case "h2", "h3", "h4" -> {
                subheads++;
                if (e.selectFirst(LINK) != null || e.closest(LINK) != null) linkedHeadings++;
            }
            case "h1" -> h1s++;
            case "a" -> {
                links++;
                if (slugWords(e.attr("href")) >= 4) slugLinks++;
            }
            case "li" -> listItems++;
            case "img" -> images++;
            case "meta" -> {
                if (ogType == null && e.attr("property").equalsIgnoreCase("og:type")) {
                    ogType = e.attr("content").strip().toLowerCase(Locale.ROOT);
                }
            }
            case "script" -> {
                if (e.attr("type").strip().equalsIgnoreCase("application/ld+json")) declareLd(e.data());
            }
            default -> { }
        }
        if (e.hasAttr("itemtype")) {
            String t = e.attr("itemtype");
            declare(t.substring(t.lastIndexOf('/') + 1));
        }
        if (!e.hasAttr("class") && !e.hasAttr("id")) return; // most elements: no names to read, no string built
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (names.length() > 1) {
            if (has(names, "post", "comment", "reply", "message", "thread", "topic", "answer")) namedPost++;
            if (has(names, "product", "price", "cart", "sku", "buy", "variant")) namedProduct++;
            if (has(names, "card", "item", "tile", "grid", "teaser", "listing", "result")) namedItem++;
            if (has(names, "toc", "docs", "highlight", "sphinx", "markdown", "api", "doc-")) namedDocs++;
        }
    }

    @Override
    public void tail(Node node, int depth) {
    }

    private void declareLd(String json) {
        Matcher m = LD_TYPE.matcher(json.length() > 200_000 ? json.substring(0, 200_000) : json);
        while (m.find()) {
            Matcher q = QUOTED.matcher(m.group(1));
            while (q.find()) declare(q.group(1));
        }
    }

    /** Files a structured-data type under the kind of page it says. */
    private void declare(String type) {
        String t = type.strip().toLowerCase(Locale.ROOT);
        int colon = t.lastIndexOf(':');
        if (colon >= 0) t = t.substring(colon + 1);
        switch (t) {
            case "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
                    "liveblogposting", "scholarlyarticle" -> declared.add("article");
            case "product", "offer", "aggregateoffer", "productgroup", "productmodel", "individualproduct" -> declared.add("product");
            case "discussionforumposting", "qapage", "question", "answer", "comment", "socialmediaposting" ->
                    declared.add("discussion");
            case "collectionpage", "itemlist", "searchresultspage", "offercatalog", "blog" -> declared.add("collection");
            case "techarticle", "apireference", "softwaresourcecode", "howto" -> declared.add("docs");
            case "service", "localbusiness", "faqpage", "contactpage", "aboutpage", "professionalservice",
                    "organization", "corporation" -> declared.add("service");
            case "webpage", "website" -> declared.add("webpage");
            default -> { }
        }
    }

    /** The words of an address's last path segment, as a story's slug has many ("a-council-votes-on-the-budget"). */
    private static int slugWords(String href) {
        int end = href.length();
        int q = href.indexOf('?');
        if (q >= 0) end = q;
        while (end > 0 && href.charAt(end - 1) == '/') end--;
        int start = href.lastIndexOf('/', end - 1) + 1;
        int words = start < end ? 1 : 0;
        for (int i = start; i < end; i++) if (href.charAt(i) == '-' || href.charAt(i) == '_') words++;
        return words;
    }

    private static boolean has(String names, String... words) {
        for (String w : words) if (names.contains(w)) return true;
        return false;
    }
}
