package dev.scrapecleaner.report;

import dev.scrapecleaner.clean.Block;
import dev.scrapecleaner.clean.CleanResult;
import dev.scrapecleaner.clean.DecodedScrape;
import dev.scrapecleaner.clean.PageType;
import dev.scrapecleaner.clean.Reason;
import dev.scrapecleaner.clean.ScraperHeader;
import dev.scrapecleaner.dedupe.DuplicateMatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the quality report of one cleaned scrape as a JSON-ready map, in a fixed field order.
 * {@code pageType} and {@code pageTypeConfidence} are always present, null for an untyped page, so
 * that a consumer can tell "not typed" from a report written before page types (schema 2.2).
 */
public final class ReportBuilder {
    private static final int EXAMPLES = 3;
    private static final int EXAMPLE_CHARS = 80;

    private ReportBuilder() {
    }

    public static Map<String, Object> report(Source source, CleanResult result, DuplicateMatch cross) {
        return report(source, result, cross, Thresholds.DEFAULT);
    }

    public static Map<String, Object> report(Source source, CleanResult result, DuplicateMatch cross, Thresholds thresholds) {
        DecodedScrape in = result.input();
        ScraperHeader header = result.header();
        QualityMetrics metrics = new QualityMetrics(result);
        Judgement judgement = new Judgement(result, metrics, thresholds);

        Map<String, Object> r = new LinkedHashMap<>();
        r.put("schemaVersion", Version.SCHEMA);
        r.put("source", OutputDocuments.source(source));
        r.put("verdict", judgement.verdict.code());
        r.put("reasons", judgement.reasons);
        r.put("score", judgement.score);
        r.put("flags", judgement.flags);
        PageType type = result.pageType();
        r.put("pageType", type.label());
        r.put("pageTypeConfidence", type.typed() ? QualityMetrics.round(type.confidence()) : null);
        if (!in.ok()) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", in.problem().code());
            error.put("message", in.problem().message());
            r.put("error", error);
        }
        r.put("input", input(in, result));
        if (header != null) {
            Map<String, Object> scrape = new LinkedHashMap<>();
            OutputDocuments.putIfNotNull(scrape, "fetchDate", header.fetchDate());
            OutputDocuments.putIfNotNull(scrape, "httpStatus", header.httpStatus());
            r.put("scrape", scrape);
        }
        r.put("output", output(result, Metrics.wordCount(result.article().text())));
        r.put("removed", removed(result.blocks()));
        r.put("duplicates", duplicates(result.blocks(), cross));
        r.put("metrics", metrics.values());
        r.put("timingsMs", timings(result.timingsNanos()));
        r.put("cleanerVersion", Version.cleaner());
        return r;
    }

    private static Map<String, Object> input(DecodedScrape in, CleanResult result) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bytes", in.inputBytes());
        m.put("decodedBytes", in.decodedBytes());
        m.put("gzipped", in.gzipped());
        m.put("format", in.format().code());
        m.put("charset", in.charset());
        if (in.charsetSource() != null) m.put("charsetSource", in.charsetSource());
        if (in.charsetNote() != null) m.put("charsetNote", in.charsetNote());
        m.put("blocks", result.blocks().size());
        return m;
    }

    private static Map<String, Object> output(CleanResult result, int words) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("paragraphs", result.article().paragraphs().size());
        m.put("characters", result.article().text().length());
        m.put("words", words);
        m.put("hasTitle", result.article().title() != null);
        return m;
    }

    private static List<Object> removed(List<Block> blocks) {
        Map<Reason, Map<String, Object>> byReason = new LinkedHashMap<>();
        for (Block b : blocks) {
            Reason reason = b.removal();
            if (reason == null) continue;
            Map<String, Object> g = byReason.computeIfAbsent(reason, k -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("reason", k.code());
                m.put("count", 0);
                m.put("characters", 0);
                m.put("examples", new ArrayList<String>());
                return m;
            });
            g.put("count", (Integer) g.get("count") + 1);
            g.put("characters", (Integer) g.get("characters") + b.text().length());
            @SuppressWarnings("unchecked")
            List<String> examples = (List<String>) g.get("examples");
            if (examples.size() < EXAMPLES) examples.add(shorten(b.text()));
        }
        return new ArrayList<>(byReason.values());
    }

    private static Map<String, Object> duplicates(List<Block> blocks, DuplicateMatch cross) {
        int dupBlocks = 0;
        int dupChars = 0;
        for (Block b : blocks) {
            if (b.removal() == Reason.DUPLICATE) {
                dupBlocks++;
                dupChars += b.text().length();
            }
        }
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("blocks", dupBlocks);
        in.put("characters", dupChars);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("inDocument", in);
        Map<String, Object> c = new LinkedHashMap<>();
        if (cross == null) {
            c.put("status", "not-checked");
        } else {
            c.put("status", cross.status());
            OutputDocuments.putIfNotNull(c, "of", cross.of());
            if (cross.isDuplicate()) c.put("similarity", Math.round(cross.similarity() * 1000) / 1000.0);
            c.put("checked", cross.nearLooked() ? List.of(DuplicateMatch.EXACT, DuplicateMatch.NEAR) : List.of(DuplicateMatch.EXACT));
        }
        m.put("crossDocument", c);
        return m;
    }

    private static Map<String, Object> timings(Map<String, Long> nanos) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<String, Long> e : nanos.entrySet()) {
            m.put(e.getKey(), Math.round(e.getValue() / 10_000.0) / 100.0);
        }
        return m;
    }

    static String shorten(String s) {
        return s.length() <= EXAMPLE_CHARS ? s : s.substring(0, EXAMPLE_CHARS - 1) + "…";
    }
}
