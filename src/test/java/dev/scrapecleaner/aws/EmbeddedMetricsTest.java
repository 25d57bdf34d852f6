package dev.scrapecleaner.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scrapecleaner.report.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The function's log lines carry its metrics in CloudWatch's Embedded Metric Format: each line of
 * a cleaned object is valid against the specification ({@link EmfSpec}) and holds objects by
 * verdict, duplicates by status, rejects by reason, milliseconds per stage and bytes in and out.
 */
class EmbeddedMetricsTest {
    @RegisterExtension
    static final S3TestServer server = S3TestServer.perClass();

    @BeforeAll
    static void start() {
        server.client().createBucket(b -> b.bucket("in-emf"));
        server.client().createBucket(b -> b.bucket("out-emf"));
    }

    private static List<Map<String, Object>> linesFor(String... keys) {
        Map<String, String> env = new HashMap<>();
        env.put("OUTPUT_BUCKET", "out-emf");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        LocalContext context = new LocalContext(60, 1024, new PrintStream(log, true, StandardCharsets.UTF_8));
        new EventHandler(env, server.client()).handle(OutputLoopTest.eventIn("in-emf", keys), context);
        return log.toString(StandardCharsets.UTF_8).lines().map(Json::parseObject).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<List<String>>> dimensionsByMetric(Map<String, Object> line) {
        Map<String, List<List<String>>> byMetric = new HashMap<>();
        for (Object d : (List<Object>) ((Map<String, Object>) line.get("_aws")).get("CloudWatchMetrics")) {
            Map<String, Object> directive = (Map<String, Object>) d;
            assertEquals("ScrapeCleaner", directive.get("Namespace"));
            for (Object m : (List<Object>) directive.get("Metrics")) {
                byMetric.put((String) ((Map<String, Object>) m).get("Name"), (List<List<String>>) directive.get("Dimensions"));
            }
        }
        return byMetric;
    }

    @Test
    void cleanedObjectsLogValidMetricsByVerdictDuplicateAndRejectReason() {
        String page = S3FaultsTest.article();
        server.client().putObject(b -> b.bucket("in-emf").key("first.html"), RequestBody.fromString(page, StandardCharsets.UTF_8));
        server.client().putObject(b -> b.bucket("in-emf").key("copy.html"), RequestBody.fromString(page, StandardCharsets.UTF_8));
        server.client().putObject(b -> b.bucket("in-emf").key("pixel.png"),
                RequestBody.fromBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'}));

        List<Map<String, Object>> lines = linesFor("first.html", "copy.html", "pixel.png", "gone.html");

        assertEquals(4, lines.size(), lines.toString());
        for (Map<String, Object> line : lines.subList(0, 3)) {
            assertEquals(List.of(), EmfSpec.violations(line), Json.write(line, false));
        }
        Map<String, Object> first = lines.get(0);
        Map<String, List<List<String>>> dims = dimensionsByMetric(first);
        assertEquals(List.of(List.of("verdict")), dims.get("Objects"));
        assertEquals(List.of(List.of("duplicate")), dims.get("Duplicates"));
        assertEquals(List.of(List.of()), dims.get("parseMs"), "stage timings without dimensions");
        assertEquals(List.of(List.of()), dims.get("BytesIn"));
        assertEquals("accept", first.get("verdict"));
        assertEquals("unique", first.get("duplicate"));
        assertEquals((long) page.getBytes(StandardCharsets.UTF_8).length, ((Number) first.get("BytesIn")).longValue());
        assertTrue(((Number) first.get("BytesOut")).longValue() > 1000, "article and report bytes: " + first.get("BytesOut"));
        for (String stage : List.of("decodeMs", "parseMs", "classifyMs", "totalMs")) {
            assertTrue(first.get(stage) instanceof Number, stage + " in " + first);
        }
        assertFalse(first.containsKey("Rejects"));

        assertEquals("exact", lines.get(1).get("duplicate"));

        Map<String, Object> reject = lines.get(2);
        assertEquals("reject", reject.get("verdict"));
        assertEquals("binary", reject.get("rejectReason"));
        assertEquals(List.of(List.of("rejectReason")), dimensionsByMetric(reject).get("Rejects"));
        assertTrue(String.valueOf(reject.get("message")).contains("PNG"), "the reject's message: " + reject);

        Map<String, Object> missing = lines.get(3);
        assertEquals("missing", missing.get("status"));
        assertNull(missing.get("_aws"), "no metrics for an object that was not cleaned");
    }

    @Test
    void theCheckerRefusesWhatTheSpecificationRefuses() {
        Map<String, Object> line = new HashMap<>(Map.of("verdict", "accept", "Objects", 1, "_aws", Map.of(
                "Timestamp", 1_700_000_000_000L, "CloudWatchMetrics", List.of(Map.of("Namespace", "ScrapeCleaner",
                        "Dimensions", List.of(List.of("verdict")), "Metrics", List.of(Map.of("Name", "Objects", "Unit", "Count")))))));
        assertEquals(List.of(), EmfSpec.violations(line));
        line.put("Objects", "one");
        assertEquals(1, EmfSpec.violations(line).size(), "a metric value that is not a number");
        line.put("Objects", 1);
        line.remove("verdict");
        assertEquals(1, EmfSpec.violations(line).size(), "a dimension with no value");
        line.put("verdict", "accept");
        line.put("_aws", Map.of("Timestamp", 1_700_000_000_000L, "CloudWatchMetrics", List.of(Map.of("Namespace", "ScrapeCleaner",
                "Dimensions", List.of(List.of("verdict")), "Metrics", List.of(Map.of("Name", "Objects", "Unit", "Things"))))));
        assertEquals(1, EmfSpec.violations(line).size(), "a unit outside the list");
        line.remove("_aws");
        assertEquals(1, EmfSpec.violations(line).size(), "no metadata");
    }
}
