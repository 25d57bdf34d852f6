package dev.scrapecleaner.report;

import dev.scrapecleaner.clean.Article;
import dev.scrapecleaner.clean.CleanResult;
import dev.scrapecleaner.clean.Metadata;
import dev.scrapecleaner.clean.ScraperHeader;
import dev.scrapecleaner.dedupe.Fingerprints;
import java.util.LinkedHashMap;
import java.util.Map;

/** Lays out the article document as JSON-ready maps, in a fixed field order. */
public final class OutputDocuments {
    private OutputDocuments() {
    }

    public static Map<String, Object> article(Source source, CleanResult result, Fingerprints fingerprints) {
        Article a = result.article();
        Metadata m = a.metadata();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schemaVersion", Version.SCHEMA);
        doc.put("source", source(source));
        ScraperHeader h = result.header();
        if (h != null) {
            Map<String, Object> scrape = new LinkedHashMap<>();
            putIfNotNull(scrape, "fetchDate", h.fetchDate());
            putIfNotNull(scrape, "httpStatus", h.httpStatus());
            doc.put("scrape", scrape);
        }
        doc.put("title", a.title());
        doc.put("headline", a.headline());
        doc.put("site", m.siteName());
        doc.put("author", m.author());
        doc.put("authors", m.authors());
        doc.put("publishedDate", m.publishedDate());
        doc.put("url", m.url());
        doc.put("language", m.language());
        doc.put("metadataSources", m.sources());
        doc.put("paragraphs", a.paragraphs());
        doc.put("text", a.text());
        doc.put("wordCount", Metrics.wordCount(a.text()));
        if (fingerprints != null) {
            Map<String, Object> fp = new LinkedHashMap<>();
            fp.put("scheme", Fingerprints.SCHEME);
            fp.put("exact", fingerprints.exact());
            fp.put("minhash", fingerprints.minhashHex());
            doc.put("fingerprints", fp);
        }
        return doc;
    }

    static Map<String, Object> source(Source s) {
        Map<String, Object> m = new LinkedHashMap<>();
        putIfNotNull(m, "bucket", s.bucket());
        m.put("key", s.key());
        putIfNotNull(m, "versionId", s.versionId());
        putIfNotNull(m, "etag", s.etag());
        m.put("size", s.size());
        return m;
    }

    static void putIfNotNull(Map<String, Object> m, String k, Object v) {
        if (v != null) m.put(k, v);
    }
}
