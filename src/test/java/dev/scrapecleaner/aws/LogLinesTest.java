package dev.scrapecleaner.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scrapecleaner.cli.EmbeddedS3Server;
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

/** The function's log: one JSON line per object with key, verdict and timings; no article text, no secrets. */
class LogLinesTest {
    @RegisterExtension
    static final S3TestServer server = S3TestServer.perClass();

    @BeforeAll
    static void start() {
        server.client().createBucket(b -> b.bucket("in-logs"));
        server.client().createBucket(b -> b.bucket("out-logs"));
    }

    @Test
    void oneJsonLinePerObjectWithKeyVerdictAndTimingsAndNoArticleText() {
        String page = S3FaultsTest.article();
        server.client().putObject(b -> b.bucket("in-logs").key("good.html"), RequestBody.fromString(page, StandardCharsets.UTF_8));
        server.client().putObject(b -> b.bucket("in-logs").key("empty.txt"), RequestBody.fromBytes(new byte[0]));
        Map<String, String> env = new HashMap<>();
        env.put("OUTPUT_BUCKET", "out-logs");
        env.put("AWS_SECRET_ACCESS_KEY", EmbeddedS3Server.SECRET_KEY);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        LocalContext context = new LocalContext(60, 1024, new PrintStream(log, true, StandardCharsets.UTF_8));

        new EventHandler(env, server.client()).handle(OutputLoopTest.eventIn("in-logs", "good.html", "empty.txt", "gone.html"), context);

        List<String> lines = log.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, lines.size(), String.join("\n", lines));
        Map<String, Object> good = Json.parseObject(lines.get(0));
        assertEquals("INFO", good.get("level"));
        assertEquals("good.html", good.get("key"));
        assertEquals("accept", good.get("verdict"));
        assertTrue(((Map<?, ?>) good.get("timingsMs")).containsKey("classify"), lines.get(0));
        Map<String, Object> empty = Json.parseObject(lines.get(1));
        assertEquals("reject", empty.get("verdict"));
        assertEquals(List.of("empty"), empty.get("reasons"));
        assertEquals("missing", Json.parseObject(lines.get(2)).get("status"));
        String all = String.join("\n", lines);
        assertFalse(all.contains("what the council decided"), "article text in the log");
        assertFalse(all.contains("Harbour wind farm approved"), "the title in the log");
        assertFalse(all.contains(EmbeddedS3Server.SECRET_KEY), "a secret in the log");
    }
}
