package dev.scrapecleaner.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * One bucket for input and output, prefixes apart: the function's own outputs, delivered back
 * to it (as a misdirected notification would), are skipped and write nothing, so nothing loops.
 */
class OutputLoopTest {
    @RegisterExtension
    static final S3TestServer server = S3TestServer.perClass();

    @BeforeAll
    static void start() {
        server.client().createBucket(b -> b.bucket("shared"));
    }

    @Test
    void outputsDeliveredBackAreSkippedAndKeysOutsideTheInputPrefixToo() {
        Map<String, String> env = new HashMap<>();
        env.put("OUTPUT_BUCKET", "shared");
        env.put("INPUT_BUCKET", "shared");
        env.put("INPUT_PREFIX", "raw/");
        EventHandler handler = new EventHandler(env, server.client());
        String page = S3FaultsTest.article();
        server.client().putObject(b -> b.bucket("shared").key("raw/a.html"), RequestBody.fromString(page, StandardCharsets.UTF_8));
        server.client().putObject(b -> b.bucket("shared").key("elsewhere/b.html"), RequestBody.fromString(page, StandardCharsets.UTF_8));

        Map<String, Object> first = handler.handle(event("raw/a.html"), QuietContext.create());
        Map<String, Object> echo = handler.handle(event("articles/raw/a.html.json", "reports/raw/a.html.json",
                "elsewhere/b.html"), QuietContext.create());

        assertEquals(List.of("processed"), statuses(first));
        assertEquals(List.of("skipped", "skipped", "skipped"), statuses(echo));
        assertThrows(NoSuchKeyException.class,
                () -> server.client().headObject(b -> b.bucket("shared").key("reports/articles/raw/a.html.json.json")));
        assertThrows(NoSuchKeyException.class,
                () -> server.client().headObject(b -> b.bucket("shared").key("reports/elsewhere/b.html.json")));
    }

    static Map<String, Object> event(String... keys) {
        return eventIn("shared", keys);
    }

    /** An S3 Put notification naming these keys of the bucket. */
    static Map<String, Object> eventIn(String bucket, String... keys) {
        List<Object> records = new java.util.ArrayList<>();
        for (String k : keys) {
            records.add(Map.of("eventSource", "aws:s3", "s3", Map.of("bucket", Map.of("name", bucket), "object", Map.of("key", k))));
        }
        return Map.of("Records", records);
    }

    static List<Object> statuses(Map<String, Object> response) {
        List<Object> out = new java.util.ArrayList<>();
        for (Object o : (List<?>) response.get("objects")) out.add(((Map<?, ?>) o).get("status"));
        return out;
    }
}
