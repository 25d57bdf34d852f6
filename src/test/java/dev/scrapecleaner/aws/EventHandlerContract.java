package dev.scrapecleaner.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.scrapecleaner.clean.PageType;
import dev.scrapecleaner.report.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * What the handler does against a real S3 server, whichever server the subclass provides:
 * objects go in through the SDK, the handler runs on an S3 notification, articles and reports
 * come out.
 */
abstract class EventHandlerContract {
    static final Path SEED_DIR = Path.of("..", "shared", "seed");
    static final String SEED = "menafn-2026-01-19";

    String input;
    String output;

    abstract S3Client s3();

    @BeforeEach
    void buckets() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        input = "raw-" + run;
        output = "clean-" + run;
        s3().createBucket(b -> b.bucket(input));
        s3().createBucket(b -> b.bucket(output));
    }

    EventHandler handler() {
        return handler("s3");
    }

    EventHandler handler(String dedupe) {
        return handler(dedupe, Map.of());
    }

    EventHandler handler(String dedupe, Map<String, String> more) {
        Map<String, String> env = new HashMap<>(more);
        env.put("OUTPUT_BUCKET", output);
        env.put("DEDUPE", dedupe);
        return new EventHandler(env, s3());
    }

    static Map<?, ?> crossDocument(Map<String, Object> report) {
        return (Map<?, ?>) ((Map<?, ?>) report.get("duplicates")).get("crossDocument");
    }

    void put(String key, byte[] body) {
        s3().putObject(b -> b.bucket(input).key(key), RequestBody.fromBytes(body));
    }

    /** An output document, checked against its published schema on the way. */
    Map<String, Object> read(String key) {
        return S3TestServer.checked(key, Json.parseObject(s3().getObjectAsBytes(b -> b.bucket(output).key(key)).asUtf8String()));
    }

    /** An S3 Put notification as S3 sends it, keys URL-encoded with '+' for spaces. */
    Map<String, Object> putEvent(String... encodedKeys) {
        List<Object> records = new ArrayList<>();
        for (String key : encodedKeys) {
            records.add(Map.of("eventSource", "aws:s3", "eventName", "ObjectCreated:Put",
                    "s3", Map.of("bucket", Map.of("name", input), "object", Map.of("key", key))));
        }
        return Map.of("Records", records);
    }

    @Test
    void seedScrapeComesOutAsItsArticleAndReport() throws IOException {
        Path raw = SEED_DIR.resolve(SEED + ".raw.txt");
        assumeTrue(Files.isRegularFile(raw), "skipped: ../shared/seed is not beside this checkout (a user's clone has none)");
        String title = Files.readString(SEED_DIR.resolve(SEED + ".expected-title.txt")).strip();
        List<String> body = Files.readAllLines(SEED_DIR.resolve(SEED + ".expected-body.txt"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank()).toList();
        put("scrapes/seed page ü.txt", Files.readAllBytes(raw));

        handler().handle(putEvent("scrapes/seed+page+%C3%BC.txt"), QuietContext.create());

        Map<String, Object> article = read("articles/scrapes/seed page ü.txt.json");
        Map<String, Object> report = read("reports/scrapes/seed page ü.txt.json");
        // A text dump's headline is the line the rules took out of the body; its title, the likeliest line before the article.
        assertEquals(title, article.get("headline"));
        assertEquals(title, article.get("title"));
        assertEquals(9, body.size());
        assertEquals(body, article.get("paragraphs"));
        assertEquals("accept", report.get("verdict"));
        assertTrue(((List<?>) report.get("flags")).contains("error-banner"), "flags: " + report.get("flags"));
    }

    @Test
    void sampleEventObjectsAreCleaned() throws IOException {
        put("a b/Zürich river report.txt", Files.readAllBytes(Path.of("events", "raw", "Zürich river report.txt")));
        put("a b/harbour.html", Files.readAllBytes(Path.of("events", "raw", "harbour-wind-farm.html")));

        Map<String, Object> response = handler().handle(
                putEvent("a+b/Z%C3%BCrich+river+report.txt", "a+b/harbour.html"), QuietContext.create());

        assertEquals(2, ((List<?>) response.get("objects")).size());
        Map<String, Object> dump = read("articles/a b/Zürich river report.txt.json");
        assertTrue(((String) dump.get("headline")).startsWith("Zurich Lets Swimmers"));
        List<?> paragraphs = (List<?>) dump.get("paragraphs");
        assertTrue(((String) paragraphs.get(0)).startsWith("(LAKEWIRE) Swimmers returned"));
        assertEquals(paragraphs.size(), paragraphs.stream().distinct().count(), "a paragraph came out twice");
        Map<String, Object> html = read("articles/a b/harbour.html.json");
        assertEquals("Harbour wind farm clears final planning hurdle", html.get("title"));
        assertFalse(((String) html.get("text")).contains("cookies"), "cookie notice leaked into the body");
        Map<String, Object> report = read("reports/a b/harbour.html.json");
        assertEquals("accept", report.get("verdict"));
        assertEquals(List.of("exact", "near"), crossDocument(report).get("checked"));
    }

    /**
     * The stored report says the page's type, and routes on it as EXPECTED_PAGE_TYPES asks: null
     * (and never flagged) until the page-type stage types pages, a WCXB label with its confidence after.
     */
    @Test
    void theReportCarriesThePageTypeAndRoutesOnIt() throws IOException {
        put("harbour.html", Files.readAllBytes(Path.of("events", "raw", "harbour-wind-farm.html")));

        handler("s3", Map.of("EXPECTED_PAGE_TYPES", "listing")).handle(putEvent("harbour.html"), QuietContext.create());

        Map<String, Object> report = read("reports/harbour.html.json");
        assertEquals("2.4", report.get("schemaVersion"));
        assertTrue(report.containsKey("pageType") && report.containsKey("pageTypeConfidence"), report.keySet().toString());
        boolean flagged = ((List<?>) report.get("flags")).contains("unexpected-page-type");
        if (report.get("pageType") == null) {
            assertNull(report.get("pageTypeConfidence"));
            assertFalse(flagged, "an untyped page is never flagged");
            assertEquals("accept", report.get("verdict"));
        } else {
            assertTrue(PageType.LABELS.contains(report.get("pageType")), report.get("pageType").toString());
            double confidence = ((Number) report.get("pageTypeConfidence")).doubleValue();
            assertEquals(!"listing".equals(report.get("pageType")) && confidence >= 0.5, flagged, report.toString());
        }
        assertNotNull(read("articles/harbour.html.json"), "the article is written whatever its type");
    }

    @Test
    void withExactOnlyDedupeACopyIsFoundOnOneIndexKeyAnArticle() throws IOException {
        byte[] page = Files.readAllBytes(Path.of("events", "raw", "harbour-wind-farm.html"));
        put("feed/first.html", page);
        put("mirror/copy.html", page);

        handler("s3-exact").handle(putEvent("feed/first.html", "mirror/copy.html"), QuietContext.create());

        Map<?, ?> first = crossDocument(read("reports/feed/first.html.json"));
        Map<?, ?> copy = crossDocument(read("reports/mirror/copy.html.json"));
        assertEquals("unique", first.get("status"));
        assertEquals(List.of("exact"), first.get("checked"));
        assertEquals("exact", copy.get("status"));
        assertEquals("feed/first.html", copy.get("of"));
        List<String> index = s3().listObjectsV2(b -> b.bucket(output).prefix("index/")).contents().stream()
                .map(o -> o.key()).toList();
        assertEquals(1, index.size(), "one exact key for the one text: " + index);
    }

    @Test
    void anIndexBucketOfItsOwnKeepsTheOutputBucketToArticlesAndReports() throws IOException {
        String index = "index-" + output;
        s3().createBucket(b -> b.bucket(index));
        byte[] page = Files.readAllBytes(Path.of("events", "raw", "harbour-wind-farm.html"));
        put("feed/first.html", page);
        put("mirror/copy.html", page);

        handler("s3", Map.of("INDEX_BUCKET", index)).handle(putEvent("feed/first.html", "mirror/copy.html"), QuietContext.create());

        assertEquals("feed/first.html", crossDocument(read("reports/mirror/copy.html.json")).get("of"));
        List<String> outputs = s3().listObjectsV2(b -> b.bucket(output)).contents().stream().map(o -> o.key()).toList();
        assertTrue(outputs.stream().allMatch(k -> k.startsWith("articles/") || k.startsWith("reports/")), outputs.toString());
        List<String> keys = s3().listObjectsV2(b -> b.bucket(index)).contents().stream().map(o -> o.key()).toList();
        assertEquals(4, keys.size(), "the four near keys of the one text: " + keys);
        assertTrue(keys.stream().allMatch(k -> k.startsWith("index/near/")), keys.toString());
    }

    @Test
    void badRecordsGetAReportAndDoNotStopTheOthers() {
        put("empty.txt", new byte[0]);
        put("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        StringBuilder page = new StringBuilder("<html><body><article><h1>A good page</h1>");
        for (int i = 1; i <= 8; i++) {
            page.append("<p>Paragraph ").append(i).append(" of the article body says enough, in its own words, to count as prose for number ")
                    .append(i).append(".</p>");
        }
        put("good.html", page.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8));

        Map<String, Object> response = handler().handle(putEvent("empty.txt", "missing.txt", "image.png", "good.html"), QuietContext.create());

        List<?> outcomes = (List<?>) response.get("objects");
        assertEquals(4, outcomes.size());
        Map<String, Object> empty = read("reports/empty.txt.json");
        assertEquals("reject", empty.get("verdict"));
        assertEquals("empty", ((Map<?, ?>) empty.get("error")).get("code"));
        assertEquals("binary", ((Map<?, ?>) read("reports/image.png.json").get("error")).get("code"));
        assertEquals("accept", read("reports/good.html.json").get("verdict"));
        assertEquals("missing", ((Map<?, ?>) outcomes.get(1)).get("status"));
        assertThrows(NoSuchKeyException.class, () -> read("articles/empty.txt.json"), "no article for an empty page");
        assertThrows(NoSuchKeyException.class, () -> read("reports/missing.txt.json"));
        assertNotNull(s3().headObject(b -> b.bucket(input).key("image.png")), "the raw object must stay untouched");
    }

    @Test
    void unrecognisedEventFailsLoudly() {
        EventHandler handler = handler();
        assertThrows(IllegalArgumentException.class, () -> handler.handle(Map.of("hello", "world"), QuietContext.create()));
    }
}
