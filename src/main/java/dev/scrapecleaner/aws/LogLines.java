package dev.scrapecleaner.aws;

import com.amazonaws.services.lambda.runtime.Context;
import dev.scrapecleaner.report.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Structured log lines, one JSON object per processed object: key, verdict, timings and metrics;
 * never article text.
 */
final class LogLines {
    private LogLines() {
    }

    static Map<String, Object> outcome(ObjectProcessor.Outcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("level", "INFO");
        m.put("bucket", o.ref().bucket());
        m.put("key", o.ref().key());
        m.put("status", o.status());
        if (o.verdict() != null) m.put("verdict", o.verdict());
        if (o.articleKey() != null) m.put("article", o.articleKey());
        if (o.reportKey() != null) m.put("report", o.reportKey());
        if (o.reasons() != null && !o.reasons().isEmpty()) m.put("reasons", o.reasons());
        if (o.duplicate() != null) m.put("duplicate", o.duplicate());
        if (o.message() != null) m.put("message", o.message());
        m.put("millis", o.millis());
        if (o.timingsMs() != null) m.put("timingsMs", o.timingsMs());
        return m;
    }

    /** The outcome's line as logged: with its metrics in Embedded Metric Format ({@link EmbeddedMetrics}). */
    static Map<String, Object> withMetrics(ObjectProcessor.Outcome o) {
        Map<String, Object> m = outcome(o);
        EmbeddedMetrics.addTo(m, o, System.currentTimeMillis());
        return m;
    }

    static Map<String, Object> failure(ObjectRef ref, RuntimeException e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("level", "ERROR");
        m.put("bucket", ref.bucket());
        m.put("key", ref.key());
        m.put("status", "failed");
        m.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
        return m;
    }

    static void log(Context context, Map<String, Object> line) {
        String s = Json.write(line, false);
        if (context != null && context.getLogger() != null) {
            context.getLogger().log(s + "\n");
        } else {
            System.out.println(s);
        }
    }
}
