package dev.scrapecleaner.clean;

import dev.scrapecleaner.clean.MetadataCandidate.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

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
    /** What parts a declared title's segments: "Headline | Section | Site". */
    static final String[] SEPARATORS = {" | ", " - ", " — ", " – ", " :: ", " · ", " • ", " » ", " / ", ": "};

    /** What the tree declares, gathered once: the candidates, and the site name and address they were read with. */
    record Found(List<MetadataCandidate> candidates, String site, String url, String language) {
    }

    private HtmlMetadataSources() {
    }

    static Found gather(Document doc) {
        Walk walk = new Walk();
        NodeTraversor.traverse(walk, doc);
        Map<String, List<String>> metas = walk.metas;
        List<Map<String, Object>> nodes = JsonLd.nodes(walk.scripts);
        String site = first(metas, SITE_METAS);
        if (site == null) site = JsonLd.siteName(nodes);
        String url = attr(walk.canonical, "href");
        if (url == null) url = first(metas, "og:url");
        String lang = attr(walk.html, "lang");
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
        if (walk.h1 != null) {
            String text = HtmlParser.collapse(walk.h1.text());
            add(out, Field.TITLE, walk.h1s == 1 ? "<h1>, the only one" : "<h1>, the first of several", text);
        }
        microdata(walk, site, out);
        add(out, Field.DATE, "<time> marked as published", walk.markedTime);
        add(out, Field.DATE, "first <time> after the h1", walk.h1 == null ? null : walk.timeAfterH1);
        add(out, Field.DATE, "first <time>", walk.firstTime);
        authorElements(walk, site, out);
        add(out, Field.DATE, "day in the address", DateText.fromUrl(url));
        return new Found(out, site, url, lang);
    }

    /**
     * One walk over the tree that keeps what the sources read: meta tags, JSON-LD scripts, the
     * canonical link, the h1s, microdata, {@code <time>}s and author elements, in page order.
     * One walk rather than a query per source: on a page of 200,000 elements each query is a walk.
     */
    private static final class Walk implements NodeVisitor {
        static final int MAX_KEPT = 20;
        final Map<String, List<String>> metas = new LinkedHashMap<>();
        final List<String> scripts = new ArrayList<>();
        final List<Element> itempropAuthors = new ArrayList<>();
        final List<Element> relAuthors = new ArrayList<>();
        /** Elements whose class names an author or a byline, each with whether it comes after the first h1. */
        final List<Element> authorElements = new ArrayList<>();
        final List<Boolean> authorAfterH1 = new ArrayList<>();
        Element html;
        Element canonical;
        Element h1;
        int h1s;
        Element itempropHeadline;
        Element itempropPublished;
        String firstTime;
        String timeAfterH1;
        String markedTime;

        @Override
        public void head(Node node, int depth) {
            if (!(node instanceof Element e)) return;
            String tag = e.normalName();
            switch (tag) {
                case "html" -> {
                    if (html == null) html = e;
                }
                case "meta" -> meta(e);
                case "script" -> {
                    if (e.attr("type").strip().equalsIgnoreCase("application/ld+json")) scripts.add(e.data());
                }
                case "link" -> {
                    if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical")) canonical = e;
                }
                case "h1" -> {
                    if (h1 == null) h1 = e;
                    h1s++;
                }
                case "time" -> time(e);
                case "a" -> {
                    if (relAuthors.size() < 4 && hasWord(e.attr("rel"), "author")) relAuthors.add(e);
                }
                default -> { }
            }
            if (e.hasAttr("itemprop")) {
                String prop = e.attr("itemprop");
                boolean isMeta = tag.equals("meta");
                if (itempropHeadline == null && !isMeta && prop.equals("headline")) itempropHeadline = e;
                if (itempropPublished == null && !isMeta && prop.equals("datePublished")) itempropPublished = e;
                if (itempropAuthors.size() < 8 && prop.equals("author")) itempropAuthors.add(e);
            }
            if (authorElements.size() < MAX_KEPT && e.hasAttr("class")) {
                String cls = e.className().toLowerCase(Locale.ROOT);
                if ((cls.contains("author") || cls.contains("byline")) && !cls.contains("avatar") && !cls.contains("bio")
                        && !cls.contains("box") && !cls.contains("image") && !cls.contains("photo") && !cls.contains("description")) {
                    authorElements.add(e);
                    authorAfterH1.add(h1 != null);
                }
            }
        }

        private void meta(Element e) {
            String content = attr(e, "content");
            if (content == null) return;
            if (content.indexOf('&') >= 0) content = org.jsoup.parser.Parser.unescapeEntities(content, false);
            for (String key : new String[] {"property", "name", "itemprop"}) {
                String name = e.attr(key);
                if (!name.isEmpty()) metas.computeIfAbsent(name.toLowerCase(Locale.ROOT).strip(), k -> new ArrayList<>()).add(content);
            }
        }

        /** {@code <time datetime>}: the first one marked as the publication's, the first after the h1, the first of the page. */
        private void time(Element e) {
            String v = attr(e, "datetime");
            String iso = v != null ? Dates.read(v) : null;
            if (iso == null) return;
            if (firstTime == null) firstTime = iso;
            if (h1 != null && timeAfterH1 == null) timeAfterH1 = iso;
            if (markedTime != null) return;
            String cls = (e.className() + " " + e.attr("itemprop") + " " + (e.parent() == null ? "" : e.parent().className()))
                    .toLowerCase(Locale.ROOT);
            if ((e.hasAttr("pubdate") || cls.contains("publish") || cls.contains("posted") || cls.contains("entry-date")
                    || cls.contains("post-date")) && !cls.contains("modif") && !cls.contains("updated")) {
                markedTime = iso;
            }
        }

        @Override
        public void tail(Node node, int depth) {
        }
    }

    private static boolean hasWord(String list, String word) {
        for (String w : list.split(" ")) if (w.equalsIgnoreCase(word)) return true;
        return false;
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
    private static void microdata(Walk walk, String site, List<MetadataCandidate> out) {
        if (walk.itempropHeadline != null) add(out, Field.TITLE, "itemprop headline", HtmlParser.collapse(walk.itempropHeadline.text()));
        Element published = walk.itempropPublished;
        if (published != null) {
            String v = attr(published, "datetime");
            if (v == null) v = attr(published, "content");
            add(out, Field.DATE, "itemprop datePublished", v != null ? Dates.read(v) : DateText.find(published.text()));
        }
        List<String> names = new ArrayList<>();
        for (Element author : walk.itempropAuthors) {
            Element name = author.selectFirst("[itemprop=name]");
            String v = name != null ? (name.normalName().equals("meta") ? attr(name, "content") : name.text())
                    : author.normalName().equals("meta") ? attr(author, "content") : author.text();
            if (v != null && v.length() <= 120) {
                for (String n : Authors.names(v, site)) if (!names.contains(n)) names.add(n);
            }
        }
        if (!names.isEmpty()) out.add(new MetadataCandidate(Field.AUTHOR, "itemprop author", names));
    }

    /** Author links ({@code rel=author}) and elements whose class names an author or a byline. */
    private static void authorElements(Walk walk, String site, List<MetadataCandidate> out) {
        List<String> linked = new ArrayList<>();
        for (Element a : walk.relAuthors) {
            for (String n : Authors.names(a.text(), site)) if (!linked.contains(n)) linked.add(n);
        }
        if (!linked.isEmpty()) out.add(new MetadataCandidate(Field.AUTHOR, "rel=author link", linked));
        List<String> near = null;
        List<String> any = null;
        for (int i = 0; i < walk.authorElements.size() && near == null; i++) {
            String text = HtmlParser.collapse(walk.authorElements.get(i).text());
            if (text.isEmpty() || text.length() > 100) continue;
            List<String> names = Authors.names(text, site);
            if (names.isEmpty()) continue;
            if (any == null) any = names;
            if (walk.authorAfterH1.get(i)) near = names;
        }
        if (near != null && walk.h1 != null) out.add(new MetadataCandidate(Field.AUTHOR, "author element after the h1", near));
        if (any != null) out.add(new MetadataCandidate(Field.AUTHOR, "author element", any));
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

    static String attr(Element e, String name) {
        if (e == null) return null;
        String v = e.attr(name);
        return v.isBlank() ? null : v.strip();
    }
}
