package dev.scrapecleaner.clean;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * What a page's JSON-LD says of its main work: the headline, the publication date and the
 * authors of the first node of each kind (an article, a forum post, a web page, a product), nested
 * {@code @graph}s and references by {@code @id} (the form WordPress SEO plugins write) followed.
 * Parsed leniently (trailing commas, raw control characters), as pages write it.
 */
final class JsonLd {
    private static final JSON LENIENT = JSON.builder(JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build()).build();
    private static final Set<String> ARTICLES = Set.of("article", "newsarticle", "blogposting", "techarticle",
            "scholarlyarticle", "report", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
            "backgroundnewsarticle", "reviewnewsarticle", "liveblogposting", "satiricalarticle", "medicalscholarlyarticle",
            "advertisercontentarticle", "howto", "recipe", "review", "creativework", "medicalwebpage");
    private static final Set<String> POSTS = Set.of("discussionforumposting", "socialmediaposting", "question");
    private static final Set<String> PAGES = Set.of("webpage", "itempage", "collectionpage", "aboutpage", "faqpage",
            "qapage", "profilepage", "contactpage", "searchresultspage");
    private static final Set<String> PRODUCTS = Set.of("product", "softwareapplication", "course", "event", "book",
            "service", "localbusiness");
    private static final Set<String> ORGANISATIONS = Set.of("organization", "organisation", "newsmediaorganization",
            "corporation", "localbusiness", "website", "brand");
    private static final int MAX_NODES = 2_000;
    private static final int MAX_CHARS = 1_000_000;

    private JsonLd() {
    }

    /** The site's name as the JSON-LD's publisher or WebSite node gives it, or null. */
    static String siteName(List<Map<String, Object>> nodes) {
        for (Map<String, Object> n : nodes) {
            if (types(n).contains("website")) {
                String name = string(n.get("name"));
                if (name != null) return name;
            }
        }
        for (Map<String, Object> n : nodes) {
            Object p = n.get("publisher");
            if (p instanceof Map<?, ?> pub) {
                String name = string(pub.get("name"));
                if (name != null) return name;
            }
        }
        return null;
    }

    /** Every node of every script, nested ones included, in document order. Scripts that do not parse give none. */
    static List<Map<String, Object>> nodes(List<String> scripts) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (String script : scripts) {
            String s = script.strip();
            if (s.isEmpty() || s.length() > MAX_CHARS) continue;
            if (s.startsWith("<!--")) s = s.substring(4);
            if (s.endsWith("-->")) s = s.substring(0, s.length() - 3);
            s = s.replace("//<![CDATA[", "").replace("//]]>", "").strip();
            try {
                collect(LENIENT.anyFrom(s), nodes, 0);
            } catch (IOException | RuntimeException e) {
                // A script that is not JSON says nothing.
            }
        }
        return nodes;
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object o, List<Map<String, Object>> nodes, int depth) {
        if (depth > 12 || nodes.size() >= MAX_NODES) return;
        if (o instanceof List<?> list) {
            for (Object item : list) collect(item, nodes, depth + 1);
        } else if (o instanceof Map<?, ?> map) {
            Map<String, Object> m = (Map<String, Object>) map;
            if (m.containsKey("@type")) nodes.add(m);
            for (Map.Entry<String, Object> e : m.entrySet()) {
                // Authors and publishers are read where they are named; other nested works (mainEntity, @graph, hasPart) are nodes too.
                if (e.getKey().equals("author") || e.getKey().equals("publisher")) continue;
                if (e.getValue() instanceof Map || e.getValue() instanceof List) collect(e.getValue(), nodes, depth + 1);
            }
        }
    }

    /** The candidates of the first node of each kind: headline and name, dates, authors. */
    static void candidates(List<Map<String, Object>> nodes, String site, List<MetadataCandidate> out) {
        Map<String, Map<String, Object>> byId = new HashMap<>();
        for (Map<String, Object> n : nodes) {
            String id = string(n.get("@id"));
            if (id != null) byId.putIfAbsent(id, n);
        }
        Set<String> done = new java.util.HashSet<>();
        for (Map<String, Object> n : nodes) {
            String kind = kind(types(n));
            if (kind == null || !done.add(kind)) continue;
            String prefix = "JSON-LD " + kind + ".";
            add(out, MetadataCandidate.Field.TITLE, prefix + "headline", text(n.get("headline")));
            add(out, MetadataCandidate.Field.TITLE, prefix + "name", text(n.get("name")));
            String published = Dates.read(text(n.get("datePublished")));
            add(out, MetadataCandidate.Field.DATE, prefix + "datePublished", published);
            add(out, MetadataCandidate.Field.DATE, prefix + "dateCreated", Dates.read(text(n.get("dateCreated"))));
            List<String> names = new ArrayList<>();
            boolean organisation = authors(n.get("author"), byId, site, names, 0);
            if (!names.isEmpty()) {
                out.add(new MetadataCandidate(MetadataCandidate.Field.AUTHOR, prefix + "author", names));
            } else if (organisation) {
                continue;
            }
            List<String> creators = new ArrayList<>();
            authors(n.get("creator"), byId, site, creators, 0);
            if (!creators.isEmpty()) out.add(new MetadataCandidate(MetadataCandidate.Field.AUTHOR, prefix + "creator", creators));
        }
    }

    /** Adds the people an author value names; true when it names an organisation instead. */
    private static boolean authors(Object value, Map<String, Map<String, Object>> byId, String site, List<String> names, int depth) {
        if (value == null || depth > 4) return false;
        boolean organisation = false;
        if (value instanceof List<?> list) {
            for (Object item : list) organisation |= authors(item, byId, site, names, depth + 1);
        } else if (value instanceof Map<?, ?> map) {
            Object name = map.get("name");
            if (name == null && map.get("@id") instanceof String id && byId.containsKey(id) && byId.get(id) != map) {
                return authors(byId.get(id), byId, site, names, depth + 1);
            }
            @SuppressWarnings("unchecked")
            Set<String> types = types((Map<String, Object>) map);
            if (types.stream().anyMatch(ORGANISATIONS::contains)) return true;
            if (name instanceof List<?> || name instanceof Map<?, ?>) return authors(name, byId, site, names, depth + 1);
            String given = string(map.get("givenName"));
            String family = string(map.get("familyName"));
            String text = name != null ? text(name) : given != null && family != null ? given + " " + family : null;
            addNames(text, site, names);
        } else {
            addNames(text(value), site, names);
        }
        return organisation;
    }

    private static void addNames(String text, String site, List<String> names) {
        for (String n : Authors.names(text, site)) {
            if (!names.contains(n)) names.add(n);
        }
    }

    private static String kind(Set<String> types) {
        for (String t : types) if (ARTICLES.contains(t)) return "Article";
        for (String t : types) if (POSTS.contains(t)) return "Posting";
        for (String t : types) if (PAGES.contains(t)) return "WebPage";
        for (String t : types) if (PRODUCTS.contains(t)) return "Product";
        return null;
    }

    static Set<String> types(Map<String, Object> node) {
        Object t = node.get("@type");
        Set<String> types = new java.util.LinkedHashSet<>();
        if (t instanceof String s) {
            types.add(lower(s));
        } else if (t instanceof List<?> list) {
            for (Object o : list) if (o instanceof String s) types.add(lower(s));
        }
        return types;
    }

    private static String lower(String type) {
        String s = type.strip();
        int slash = s.lastIndexOf('/');
        if (slash >= 0) s = s.substring(slash + 1);
        return s.toLowerCase(java.util.Locale.ROOT);
    }

    private static void add(List<MetadataCandidate> out, MetadataCandidate.Field field, String source, String value) {
        if (value != null && !value.isBlank()) out.add(new MetadataCandidate(field, source, List.of(value)));
    }

    private static String string(Object o) {
        return o instanceof String s && !s.isBlank() ? s.strip() : null;
    }

    /** A string value with its HTML entities decoded and white space collapsed ({@code "Don&#8217;t"} is "Don’t"). */
    private static String text(Object o) {
        if (o instanceof List<?> list && !list.isEmpty()) o = list.get(0);
        String s = string(o);
        if (s == null) return null;
        if (s.indexOf('&') >= 0) s = Parser.unescapeEntities(s, false);
        s = HtmlParser.collapse(s);
        return s.isEmpty() || s.length() > 500 ? null : s;
    }
}
