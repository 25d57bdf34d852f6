package dev.scrapecleaner.aws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scrapecleaner.report.HostileCorpus;
import dev.scrapecleaner.report.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The small hostile inputs, and a gzip bomb, as S3 objects in one event with a good page last:
 * every object gets its report, rejects say why, the good page still comes out, and no raw
 * object is changed.
 */
class HostileObjectsTest {
    @RegisterExtension
    static final S3TestServer server = S3TestServer.perClass();

    @BeforeAll
    static void start() {
        server.client().createBucket(b -> b.bucket("hostile-in"));
        server.client().createBucket(b -> b.bucket("hostile-out"));
    }

    @Test
    void oneBatchOfHostileObjectsEndsWithAReportEachAndTheGoodPageCleaned() {
        Map<String, byte[]> objects = new LinkedHashMap<>();
        Map<String, String> expected = new HashMap<>();
        int i = 0;
        for (HostileCorpus.Case c : HostileCorpus.small()) {
            String key = "hostile/" + (i++) + " " + c.name();
            objects.put(key, c.bytes().get());
            expected.put(key, c.rejectCode());
        }
        objects.put("hostile/bomb.gz", HostileCorpus.gzipBomb(256L * 1024 * 1024));
        expected.put("hostile/bomb.gz", "too-large");
        objects.put("hostile/zz good.html", S3FaultsTest.article().getBytes(StandardCharsets.UTF_8));
        objects.forEach((k, v) -> server.client().putObject(b -> b.bucket("hostile-in").key(k), RequestBody.fromBytes(v)));
        List<String> keys = new ArrayList<>(objects.keySet());
        Map<String, String> env = new HashMap<>();
        env.put("OUTPUT_BUCKET", "hostile-out");
        env.put("MAX_DECODED_BYTES", String.valueOf(HostileCorpus.DECODED_CAP));

        Map<String, Object> response = new EventHandler(env, server.client()).handle(
                OutputLoopTest.eventIn("hostile-in", keys.stream().map(k -> k.replace(' ', '+')).toArray(String[]::new)), QuietContext.create());

        assertEquals(keys.size(), ((List<?>) response.get("objects")).size());
        for (String key : keys) {
            Map<String, Object> report = Json.parseObject(server.client()
                    .getObjectAsBytes(b -> b.bucket("hostile-out").key("reports/" + key + ".json")).asUtf8String());
            String code = expected.get(key);
            if (code != null) {
                assertEquals("reject", report.get("verdict"), key);
                assertEquals(List.of(code), report.get("reasons"), key);
            }
            byte[] now = server.client().getObjectAsBytes(b -> b.bucket("hostile-in").key(key)).asByteArray();
            assertArrayEquals(objects.get(key), now, "raw object changed: " + key);
        }
        Map<String, Object> good = Json.parseObject(server.client()
                .getObjectAsBytes(b -> b.bucket("hostile-out").key("reports/hostile/zz good.html.json")).asUtf8String());
        assertEquals("accept", good.get("verdict"));
        assertTrue(keys.size() > 15);
    }
}
