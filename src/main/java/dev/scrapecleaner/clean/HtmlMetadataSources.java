package dev.scrapecleaner.clean;

import dev.scrapecleaner.clean.MetadataCandidate.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Every value an HTML page declares for its title, authors and publication date, each with its
 * source: JSON-LD, Open Graph, Dublin Core and other meta tags, microdata ({@code itemprop}),
 * {@code <time>}, author links and elements, the {@code h1}, the {@code <title>} with the site's
 * name taken off, and the day in the address. Read from the whole tree, before the parser drops
 * scripts and body meta tags.
 */
final class HtmlMetadataSources {
    private static final String[] TITLE_METAS = {"og:title", "twitter:title", "dc.title", "dcterms.title",
            "citation_title", "parsely-title", "sailthru.title", "headline"};
    private static final String[] DATE_METAS = {"article:published_time", "og:article:published_time",
            "og:published_time", "article:published", "datepublished", "date", "pubdate", "publishdate", "publish-date",
            "publish_date", "publication_date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.date",
            "dcterms.issued", "dcterms.created", "citation_publication_date", "citation_date", "citation_online_date",
            "parsely-pub-date", "sailthru.date", "article.published", "date.created", "created", "originalpublicationdate"};
    private static final String[] AUTHOR_METAS = {"author", "article:author", "og:article:author", "dc.creator",
            "dcterms.creator", "citation_author", "parsely-author", "sailthru.author", "byl", "twitter:data1"};
    private static final String[] SITE_METAS = {"og:site_name", "application-name", "apple-mobile-web-app-title"};
    private static final String[] SEPARATORS = {" | ", " - ", " — ", " – ", " :: ", " · ", " • ", " » ", " / ", ": "};

    /** What the tree declares, gathered once: the candidates, and the site name and address they were read with. */
    record Found(List<MetadataCandidate> candidates, String site, String url, String language) {
    }

    private HtmlMetadataSources() {
    }

    static Found gather(Document doc) {
        Map<String, List<String>> metas = metas(doc);
        List<String> scripts = new ArrayList<>();
        for (Element s : doc.select("script[type=application/ld+json]")) scripts.add(s.data());
        List<Map<String, Object>> nodes = JsonLd.nodes(scripts);
        String site = first(metas, SITE_METAS);
        if (site == null) site = JsonLd.siteName(nodes);
        String url = attr(doc.selectFirst("link[rel=canonical]"), "href");
        if (url == null) url = first(metas, "og:url");
        String lang = attr(doc.selectFirst("html[lang]"), "lang");
        String domain = domainLabel(url);

        List<MetadataCandidate> out = new ArrayList<>();
        JsonLd.candidates(nodes, site, out);
        for (String name : TITLE_METAS) {
            titles(out, "meta " + name, first(metas, name), site, domain);
        }
        titles(out, "<title>", HtmlParser.collapse(doc.title()), site, domain);
        for (String name : DATE_METAS) {
            add(out, Field.DATE, "meta " + name, Dates.read(first(metas, name)));
        }
        for (String name : AUTHOR_METAS) {
            List<String> values = metas.get(name);
            if (values == null || name.equals("twitter:data1") && !isTwitterAuthorLabel(metas)) continue;
            List<String> names = new ArrayList<>();
            for (String v : values) {
                for (String n : Authors.names(v, site)) if (!names.contains(n)) names.add(n);
            }
            if (!names.isEmpty()) out.add(new MetadataCandidate(Field.AUTHOR, "meta " + name, names));
        }
        Element h1 = doc.selectFirst("h1");
        if (h1 != null) {
            String text = HtmlParser.collapse(h1.text());
            add(out, Field.TITLE, doc.select("h1").size() == 1 ? "<h1>, the only one" : "<h1>, the first of several", text);
        }
        microdata(doc, site, out);
        times(doc, h1, out);
        authorElements(doc, h1, site, out);
        add(out, Field.DATE, "day in the address", DateText.fromUrl(url));
        return new Found(out, site, url, lang);
    }

    /** A declared title as it stands, and without the site's name or a short trailing segment when it carries one. */
    private static void titles(List<MetadataCandidate> out, String source, String title, String site, String domain) {
        if (title == null || title.isBlank()) return;
        String t = HtmlParser.collapse(title);
        add(out, Field.TITLE, source, t);
        String named = withoutSiteName(t, site, domain);
        if (named != null) add(out, Field.TITLE, source + ", site name removed", named);
        String shorter = withoutShortSegment(t);
        if (shorter != null && !shorter.equals(named)) add(out, Field.TITLE, source + ", short last segment removed", shorter);
    }

    /** The title less a leading or trailing segment that is the site's name (or its domain's), or null when it has none. */
    static String withoutSiteName(String title, String site, String domain) {
        String siteWords = site == null ? "" : MetadataText.words(site);
        String domainWords = domain == null ? "" : domain;
        for (String sep : SEPARATORS) {
            int last = title.lastIndexOf(sep);
            if (last > 0) {
                String tail = title.substring(last + sep.length());
                if (namesSite(tail, siteWords, domainWords)) return title.substring(0, last).strip();
            }
            int first = title.indexOf(sep);
            if (first > 0) {
                String head = title.substring(0, first);
                if (namesSite(head, siteWords, domainWords)) return title.substring(first + sep.length()).strip();
            }
        }
        return null;
    }

    /** The title less its last segment when that is four words or fewer, or null. */
    static String withoutShortSegment(String title) {
        for (String sep : SEPARATORS) {
            if (sep.equals(": ")) continue;
            int last = title.lastIndexOf(sep);
            if (last > 0) {
                String tail = title.substring(last + sep.length()).strip();
                if (!tail.isEmpty() && TextSignals.wordCount(tail) <= 4) return title.substring(0, last).strip();
            }
        }
        return null;
    }

    private static boolean namesSite(String segment, String siteWords, String domainWords) {
        String w = MetadataText.words(segment);
        if (w.isEmpty()) return false;
        if (!siteWords.isEmpty() && (w.equals(siteWords) || w.replace(" ", "").equals(siteWords.replace(" ", "")))) return true;
        return !domainWords.isEmpty() && w.replace(" ", "").equals(domainWords);
    }

    /** The registrable label of the address's host, letters and digits only ({@code https://www.the-verge.com/x} is "theverge"). */
    static String domainLabel(String url) {
        if (url == null) return null;
        int scheme = url.indexOf("://");
        String host = scheme < 0 ? url : url.substring(scheme + 3);
        int end = 0;
        while (end < host.length() && "/?#:".indexOf(host.charAt(end)) < 0) end++;
        String[] labels = host.substring(0, end).toLowerCase(Locale.ROOT).split("\\.");
        if (labels.length < 2) return null;
        String label = labels[labels.length - 2];
        if (labels.length >= 3 && label.length() <= 3 && labels[labels.length - 1].length() == 2) label = labels[labels.length - 3];
        String w = MetadataText.words(label).replace(" ", "");
        return w.isEmpty() ? null : w;
    }

    /** Microdata in the page's elements: {@code itemprop} headline, datePublished, author (its name, or its text). */
    private static void microdata(Document doc, String site, List<MetadataCandidate> out) {
        Element headline = doc.selectFirst("[itemprop=headline]:not(meta)");
        if (headline != null) add(out, Field.TITLE, "itemprop headline", HtmlParser.collapse(headline.text()));
        Element published = doc.selectFirst("[itemprop=datePublished]:not(meta)");
        if (published != null) {
            String v = attr(published, "datetime");
            if (v == null) v = attr(published, "content");
            add(out, Field.DATE, "itemprop datePublished", v != null ? Dates.read(v) : DateText.find(published.text()));
        }
        List<String> names = new ArrayList<>();
        for (Element author : doc.select("[itemprop=author]")) {
            Element name = author.selectFirst("[itemprop=name]");
            String v = name != null ? (name.normalName().equals("meta") ? attr(name, "content") : name.text())
                    : author.normalName().equals("meta") ? attr(author, "content") : author.text();
            if (v != null && v.length() <= 120) {
                for (String n : Authors.names(v, site)) if (!names.contains(n)) names.add(n);
            }
            if (names.size() >= 8) break;
        }
        if (!names.isEmpty()) out.add(new MetadataCandidate(Field.AUTHOR, "itemprop author", names));
    }

    /** {@code <time datetime>}: the first one marked as the publication's, the first after the h1, the first of the page. */
    private static void times(Document doc, Element h1, List<MetadataCandidate> out) {
        boolean afterH1 = h1 == null;
        String first = null;
        String marked = null;
        String nearH1 = null;
        for (Element e : doc.getAllElements()) {
            if (e == h1) afterH1 = true;
            if (!e.normalName().equals("time")) continue;
            String v = attr(e, "datetime");
            String iso = v != null ? Dates.read(v) : null;
            if (iso == null) continue;
            if (first == null) first = iso;
            if (afterH1 && nearH1 == null) nearH1 = iso;
            String cls = (e.className() + " " + e.attr("itemprop") + " " + (e.parent() == null ? "" : e.parent().className()))
                    .toLowerCase(Locale.ROOT);
            if (marked == null && (e.hasAttr("pubdate") || cls.contains("publish") || cls.contains("posted")
                    || cls.contains("entry-date") || cls.contains("post-date"))
                    && !cls.contains("modif") && !cls.contains("updated")) {
                marked = iso;
            }
        }
        add(out, Field.DATE, "<time> marked as published", marked);
        add(out, Field.DATE, "first <time> after the h1", h1 == null ? null : nearH1);
        add(out, Field.DATE, "first <time>", first);
    }

    /** Author links ({@code rel=author}) and elements whose class names an author or a byline. */
    private static void authorElements(Document doc, Element h1, String site, List<MetadataCandidate> out) {
        List<String> linked = new ArrayList<>();
        for (Element a : doc.select("a[rel~=^author$]")) {
            for (String n : Authors.names(a.text(), site)) if (!linked.contains(n)) linked.add(n);
            if (linked.size() >= 4) break;
        }
        if (!linked.isEmpty()) out.add(new MetadataCandidate(Field.AUTHOR, "rel=author link", linked));
        boolean afterH1 = h1 == null;
        List<String> near = null;
        List<String> any = null;
        for (Element e : doc.getAllElements()) {
            if (e == h1) afterH1 = true;
            String cls = e.className();
            if (cls.isEmpty() || !(containsIgnoreCase(cls, "author") || containsIgnoreCase(cls, "byline"))) continue;
            String lower = cls.toLowerCase(Locale.ROOT);
            if (lower.contains("avatar") || lower.contains("bio") || lower.contains("box") || lower.contains("image")
                    || lower.contains("photo") || lower.contains("description")) {
                continue;
            }
            String text = HtmlParser.collapse(e.text());
            if (text.isEmpty() || text.length() > 100) continue;
            List<String> names = Authors.names(text, site);
            if (names.isEmpty()) continue;
            if (any == null) any = names;
            if (afterH1 && near == null) near = names;
            if (near != null) break;
        }
        if (near != null && h1 != null) out.add(new MetadataCandidate(Field.AUTHOR, "author element after the h1", near));
        if (any != null) out.add(new MetadataCandidate(Field.AUTHOR, "author element", any));
    }

    private static boolean containsIgnoreCase(String s, String word) {
        return s.toLowerCase(Locale.ROOT).contains(word);
    }

    /** Slack's and Twitter's cards put "Written by" in twitter:label1 and the name in twitter:data1. */
    private static boolean isTwitterAuthorLabel(Map<String, List<String>> metas) {
        String label = first(metas, "twitter:label1");
        return label != null && label.toLowerCase(Locale.ROOT).contains("written by");
    }

    static void add(List<MetadataCandidate> out, Field field, String source, String value) {
        if (value == null) return;
        String v = HtmlParser.collapse(value);
        if (v.isEmpty() || v.length() > 400) return;
        out.add(new MetadataCandidate(field, source, List.of(v)));
    }

    private static String first(Map<String, List<String>> metas, String... names) {
        for (String name : names) {
            List<String> v = metas.get(name);
            if (v != null) return v.get(0);
        }
        return null;
    }

    /** Every meta tag's contents by its property, name and itemprop, lower-cased, in page order. */
    private static Map<String, List<String>> metas(Document doc) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (Element e : doc.getElementsByTag("meta")) {
            String content = attr(e, "content");
            if (content == null) continue;
            if (content.indexOf('&') >= 0) content = org.jsoup.parser.Parser.unescapeEntities(content, false);
            for (String key : new String[] {"property", "name", "itemprop"}) {
                String name = e.attr(key);
                if (!name.isEmpty()) m.computeIfAbsent(name.toLowerCase(Locale.ROOT).strip(), k -> new ArrayList<>()).add(content);
            }
        }
        return m;
    }

    static String attr(Element e, String name) {
        if (e == null) return null;
        String v = e.attr(name);
        return v.isBlank() ? null : v.strip();
    }
}
