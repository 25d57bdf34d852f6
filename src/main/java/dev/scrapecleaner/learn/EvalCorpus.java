package dev.scrapecleaner.learn;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The shared evaluation data ({@code ../shared/eval}, beside the clone): the pages of the sets
 * {@code dev} (article-extraction benchmark) and {@code wcxb-dev} (WCXB) with their metadata. Loading
 * reads only the small metadata files, never the raw pages, so it takes a fraction of a second.
 */
public final class EvalCorpus {
    /** Where the shared data sits relative to a working directory at the root of the clone. */
    public static final Path DEFAULT_DIR = Path.of("..", "shared", "eval");

    static final List<String> SETS = List.of("dev", "wcxb-dev");
    private static final String TRUTH = ".truth.txt";
    /** How much of a page is read, at most, to find its canonical address (the head is enough). */
    private static final int HEAD_BYTES = 512 * 1024;

    private final List<EvalPage> pages;

    private EvalCorpus(List<EvalPage> pages) {
        this.pages = List.copyOf(pages);
    }

    /**
     * Reads the metadata of every page of the sets that exist under {@code evalDir} (a missing set is
     * skipped).
     *
     * @throws IOException when {@code evalDir} holds neither set, or a metadata file cannot be read
     */
    public static EvalCorpus load(Path evalDir) throws IOException {
        if (!Files.isDirectory(evalDir)) {
            throw new IOException("no evaluation data at " + evalDir.toAbsolutePath().normalize()
                    + ": the shared data (dev/, wcxb-dev/) is expected in " + DEFAULT_DIR
                    + ", which sits beside the clone, not inside it");
        }
        List<EvalPage> pages = new ArrayList<>();
        boolean anySet = false;
        for (String set : SETS) {
            Path setDir = evalDir.resolve(set);
            if (!Files.isDirectory(setDir)) continue;
            anySet = true;
            for (String id : truthIds(setDir)) {
                pages.add(set.equals("dev") ? articlePage(set, setDir, id) : wcxbPage(set, setDir, id));
            }
        }
        if (!anySet) {
            throw new IOException("no set of " + SETS + " in " + evalDir.toAbsolutePath().normalize()
                    + ": the shared data is expected in " + DEFAULT_DIR + ", beside the clone");
        }
        pages.sort(Comparator.comparing(EvalPage::set).thenComparing(EvalPage::id));
        return new EvalCorpus(pages);
    }

    /** Every page, sorted by set then id. */
    public List<EvalPage> pages() {
        return pages;
    }

    private static List<String> truthIds(Path setDir) throws IOException {
        try (Stream<Path> files = Files.list(setDir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(TRUTH))
                    .map(n -> n.substring(0, n.length() - TRUTH.length())).sorted().toList();
        }
    }

    /** A page of the article-extraction set: its address in {@code <id>.url}, no json, type article. */
    private static EvalPage articlePage(String set, Path setDir, String id) throws IOException {
        Path urlFile = setDir.resolve(id + ".url");
        String url = Files.isRegularFile(urlFile) ? Files.readString(urlFile).strip() : "";
        return page(set, setDir, id, "", url, "article", List.of(), List.of());
    }

    /** A WCXB page: url, domain, page type and snippets from {@code <id>.json}. */
    private static EvalPage wcxbPage(String set, Path setDir, String id) throws IOException {
        Path jsonFile = setDir.resolve(id + ".json");
        Map<String, Object> info = Files.isRegularFile(jsonFile)
                ? JSON.std.mapFrom(Files.readAllBytes(jsonFile)) : Map.of();
        String pageType = text(info.get("pageType"));
        return page(set, setDir, id, text(info.get("domain")), text(info.get("url")),
                pageType.isEmpty() ? "unknown" : pageType, strings(info.get("with")), strings(info.get("without")));
    }

    /**
     * Builds a page, filling in what the metadata lacks: without a url (five WCXB pages), the page's
     * own canonical link is read; without a domain, it is the url's host; with neither, a name of its
     * own so that the page still lands in exactly one fold.
     */
    private static EvalPage page(String set, Path setDir, String id, String domain, String url, String pageType,
            List<String> with, List<String> without) throws IOException {
        Path truth = setDir.resolve(id + TRUTH);
        EvalPage bare = new EvalPage(set, id, "?", pageType, url, truth, with, without);
        if (url.isEmpty()) {
            Path html = bare.input(Form.HTML);
            url = html == null ? "" : canonicalUrl(html);
        }
        String name = host(domain.isEmpty() ? url : "//" + domain);
        if (name.isEmpty()) name = "?" + set + "/" + id;
        return new EvalPage(set, id, name, pageType, url, truth, with, without);
    }

    /**
     * The host of an address, lowercased and without a leading {@code www.}; empty when it has none.
     * Parsed by hand because {@link java.net.URI} rejects many addresses found in the wild.
     */
    static String host(String url) {
        String s = url.strip();
        int scheme = s.indexOf("://");
        if (scheme >= 0) {
            s = s.substring(scheme + 3);
        } else if (s.startsWith("//")) {
            s = s.substring(2);
        } else {
            return "";
        }
        int end = s.length();
        for (char stop : new char[] {'/', '?', '#'}) {
            int at = s.indexOf(stop);
            if (at >= 0 && at < end) end = at;
        }
        s = s.substring(0, end);
        s = s.substring(s.lastIndexOf('@') + 1);
        int port = s.lastIndexOf(':');
        if (port >= 0 && !s.endsWith("]")) s = s.substring(0, port);
        s = s.toLowerCase(Locale.ROOT);
        return s.startsWith("www.") ? s.substring(4) : s;
    }

    /**
     * The page's {@code link rel=canonical}, else its {@code og:url}, else empty; reads the head
     * only (its first bytes), parsed by jsoup as the cleaner parses pages.
     */
    static String canonicalUrl(Path html) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(html);
                InputStream raw = html.toString().endsWith(".gz") ? new GZIPInputStream(in) : in) {
            head = raw.readNBytes(HEAD_BYTES);
        }
        Document doc = Jsoup.parse(new String(head, StandardCharsets.UTF_8));
        for (Element link : doc.select("link[rel][href]")) {
            if (link.attr("rel").strip().equalsIgnoreCase("canonical") && !link.attr("href").isBlank()) {
                return link.attr("href").strip();
            }
        }
        for (Element meta : doc.select("meta[property][content]")) {
            if (meta.attr("property").strip().equalsIgnoreCase("og:url")) return meta.attr("content").strip();
        }
        return "";
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }

    private static List<String> strings(Object value) {
        if (!(value instanceof List<?> list)) return List.of();
        return list.stream().filter(v -> v != null).map(Object::toString).toList();
    }
}
