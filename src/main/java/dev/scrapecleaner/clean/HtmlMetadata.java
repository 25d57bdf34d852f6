package dev.scrapecleaner.clean;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the headline and article metadata of an HTML page from what publishers declare:
 * Open Graph and article meta tags, JSON-LD, {@code <time>}, the canonical link, {@code lang}.
 */
final class HtmlMetadata implements Stage {
    private static final Pattern JSON_LD_FIELD = Pattern.compile(
            "\"(datePublished|headline)\"\\s*:\\s*\"([^\"]{1,300})\"");
    private static final Pattern JSON_LD_NAME = Pattern.compile(
            "\"(author|publisher)\"\\s*:\\s*(?:\\[\\s*)?\\{[^{}]{0,400}?\"name\"\\s*:\\s*\"([^\"]{1,200})\"");

    @Override
    public String name() {
        return "metadata";
    }

    @Override
    public void apply(Page page) {
        Document doc = page.document();
        Map<String, String> metas = metas(doc);
        String published = meta(metas, "article:published_time", "datePublished", "date", "pubdate", "publishdate",
                "dc.date", "dcterms.created", "og:published_time");
        String author = meta(metas, "author", "article:author", "dc.creator", "byl");
        String site = meta(metas, "og:site_name", "application-name");
        String headline = meta(metas, "og:title", "twitter:title");
        String jsonLdHeadline = null;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String json = script.data();
            Matcher m = JSON_LD_FIELD.matcher(json);
            while (m.find()) {
                if (m.group(1).equals("datePublished") && published == null) published = m.group(2);
                if (m.group(1).equals("headline") && jsonLdHeadline == null) jsonLdHeadline = m.group(2);
            }
            Matcher n = JSON_LD_NAME.matcher(json);
            while (n.find()) {
                if (n.group(1).equals("author") && author == null) author = n.group(2);
                if (n.group(1).equals("publisher") && site == null) site = n.group(2);
            }
        }
        if (published == null) {
            Element time = doc.selectFirst("time[datetime]");
            if (time != null) published = time.attr("datetime");
        }
        String url = attr(doc.selectFirst("link[rel=canonical]"), "href");
        if (url == null) url = meta(metas, "og:url");
        String lang = attr(doc.selectFirst("html[lang]"), "lang");
        page.metadata(new Metadata(Dates.iso(blankToNull(published)), blankToNull(author), blankToNull(site),
                blankToNull(url), blankToNull(lang)));
        page.title(chooseTitle(doc, headline != null ? headline : jsonLdHeadline, site));
    }

    /** The visible h1 when it agrees with the declared headline, else the declared one, else the title tag. */
    static String chooseTitle(Document doc, String declared, String site) {
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

    /** The first non-blank content of a meta tag with one of the names (property, name or itemprop), in the order given. */
    private static String meta(Map<String, String> metas, String... names) {
        for (String name : names) {
            String v = metas.get(name.toLowerCase(Locale.ROOT));
            if (v != null) return v;
        }
        return null;
    }

    /** Every meta tag's content by its property, name and itemprop, first one wins: one pass over the page. */
    private static Map<String, String> metas(Document doc) {
        Map<String, String> m = new HashMap<>();
        for (Element e : doc.getElementsByTag("meta")) {
            String content = attr(e, "content");
            if (content == null) continue;
            for (String key : new String[] {"property", "name", "itemprop"}) {
                String name = e.attr(key);
                if (!name.isEmpty()) m.putIfAbsent(name.toLowerCase(Locale.ROOT), content);
            }
        }
        return m;
    }

    private static String attr(Element e, String name) {
        if (e == null) return null;
        String v = e.attr(name);
        return v.isBlank() ? null : v.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
