package dev.scrapecleaner.aws;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CloudWatch metrics carried in the function's log line, in the Embedded Metric Format: CloudWatch
 * Logs extracts them from the line itself, so the function makes no {@code PutMetricData} call and
 * needs no permission for it. Per cleaned object: {@code Objects} by {@code verdict},
 * {@code Duplicates} by {@code duplicate} status, {@code Rejects} by {@code rejectReason} (the
 * first reason), milliseconds per stage ({@code parseMs}...) and for the whole object
 * ({@code totalMs}), and {@code BytesIn} and {@code BytesOut}.
 */
final class EmbeddedMetrics {
    static final String NAMESPACE = "ScrapeCleaner";

    private EmbeddedMetrics() {
    }

    /** Adds the metrics of a processed object to its log line; other outcomes carry none. */
    static void addTo(Map<String, Object> line, ObjectProcessor.Outcome o, long epochMillis) {
        if (!ObjectProcessor.Outcome.PROCESSED.equals(o.status()) || o.verdict() == null) return;
        List<Object> directives = new ArrayList<>();
        line.put("Objects", 1);
        directives.add(directive(List.of("verdict"), metric("Objects", "Count")));
        if (o.duplicate() != null) {
            line.put("duplicate", o.duplicate());
            line.put("Duplicates", 1);
            directives.add(directive(List.of("duplicate"), metric("Duplicates", "Count")));
        }
        if ("reject".equals(o.verdict()) && o.reasons() != null && !o.reasons().isEmpty()) {
            line.put("rejectReason", String.valueOf(o.reasons().get(0)));
            line.put("Rejects", 1);
            directives.add(directive(List.of("rejectReason"), metric("Rejects", "Count")));
        }
        List<Object> plain = new ArrayList<>();
        if (o.timingsMs() != null) {
            for (Map.Entry<String, Object> t : o.timingsMs().entrySet()) {
                if (!(t.getValue() instanceof Number n)) continue;
                line.put(t.getKey() + "Ms", n.doubleValue());
                plain.add(metric(t.getKey() + "Ms", "Milliseconds"));
            }
        }
        line.put("totalMs", o.millis());
        plain.add(metric("totalMs", "Milliseconds"));
        if (o.bytesIn() >= 0) {
            line.put("BytesIn", o.bytesIn());
            plain.add(metric("BytesIn", "Bytes"));
        }
        line.put("BytesOut", o.bytesOut());
        plain.add(metric("BytesOut", "Bytes"));
        directives.add(directive(List.of(), plain.toArray()));
        Map<String, Object> aws = new LinkedHashMap<>();
        aws.put("Timestamp", epochMillis);
        aws.put("CloudWatchMetrics", directives);
        line.put("_aws", aws);
    }

    private static Map<String, Object> directive(List<String> dimensions, Object... metrics) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("Namespace", NAMESPACE);
        d.put("Dimensions", List.of(dimensions));
        d.put("Metrics", List.of(metrics));
        return d;
    }

    private static Map<String, Object> metric(String name, String unit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Name", name);
        m.put("Unit", unit);
        return m;
    }
}
