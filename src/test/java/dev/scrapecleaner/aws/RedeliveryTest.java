package dev.scrapecleaner.aws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scrapecleaner.cli.EmbeddedS3Server;
import dev.scrapecleaner.dedupe.DuplicateIndex;
import dev.scrapecleaner.dedupe.DuplicateMatch;
import dev.scrapecleaner.dedupe.Fingerprints;
import dev.scrapecleaner.dedupe.InMemoryDuplicateIndex;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * At-least-once delivery against the real embedded S3 server, with a proxy that counts the
 * requests: a redelivered event costs one GET and changes no byte; two deliveries at once write
 * the same bytes and one index entry; a deleted object is acknowledged once; time and size
 * limits end in a report, never in a kill mid-write.
 */
class RedeliveryTest {
    static final String KEY = "feeds/harbour wind farm.html";

    @RegisterExtension
    static final S3TestServer server = S3TestServer.perClass();
    private FaultProxy proxy;
    private S3Client client;
    private String input;
    private String output;

    @BeforeEach
    void setUp() throws IOException {
        proxy = new FaultProxy(java.net.URI.create(server.endpoint()));
        client = S3Clients.forEndpoint(proxy.endpoint(), "us-east-1", EmbeddedS3Server.ACCESS_KEY,
                EmbeddedS3Server.SECRET_KEY, S3FaultsTest.FAST);
        String run = UUID.randomUUID().toString().substring(0, 8);
        input = "raw-" + run;
        output = "clean-" + run;
        server.client().createBucket(b -> b.bucket(input));
        server.client().createBucket(b -> b.bucket(output));
        put(KEY, S3FaultsTest.article().getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void tearDown() throws IOException {
        client.close();
        proxy.close();
    }

    @Test
    void theSameEventTwiceIsSkippedAfterOneGetAndChangesNoByte() {
        ObjectProcessor processor = processor(Map.of(), null);
        ObjectProcessor.Outcome first = processor.process(ref(KEY, etag(KEY), -1));
        byte[] before = outputs();
        int requestsBefore = proxy.log().size();

        ObjectProcessor.Outcome second = processor.process(ref(KEY, etag(KEY), -1));

        assertEquals("processed", first.status());
        assertEquals("already-done", second.status());
        assertEquals(first.verdict(), second.verdict());
        assertEquals(first.articleKey(), second.articleKey());
        List<String> secondRun = proxy.log().subList(requestsBefore, proxy.log().size());
        assertEquals(1, secondRun.size(), "one request, the report check: " + secondRun);
        assertTrue(secondRun.get(0).startsWith("GET /" + output + "/reports/"), secondRun.toString());
        assertArrayEquals(before, outputs());
    }

    @Test
    void anEventWithoutAnEtagIsRecognisedByTheObjectsEtag() {
        ObjectProcessor processor = processor(Map.of(), null);
        processor.process(ref(KEY, null, -1));
        byte[] before = outputs();

        ObjectProcessor.Outcome again = processor.process(ref(KEY, null, -1));

        assertEquals("already-done", again.status());
        assertArrayEquals(before, outputs());
    }

    @Test
    void aNewVersionOfTheObjectIsCleanedAgain() {
        ObjectProcessor processor = processor(Map.of(), null);
        processor.process(ref(KEY, etag(KEY), -1));
        put(KEY, S3FaultsTest.article().replace("Harbour wind farm approved", "Harbour wind farm delayed")
                .getBytes(StandardCharsets.UTF_8));

        ObjectProcessor.Outcome after = processor.process(ref(KEY, etag(KEY), -1));

        assertEquals("processed", after.status());
        assertEquals("Harbour wind farm delayed", read("articles/" + KEY + ".json").get("title"));
    }

    @Test
    void twoDeliveriesAtOnceWriteTheSameBytesAndOneIndexEntry() throws Exception {
        RecordingIndex index = new RecordingIndex();
        ObjectProcessor processor = processor(Map.of(), index);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            Future<ObjectProcessor.Outcome> a = pool.submit(() -> {
                go.await();
                return processor.process(ref(KEY, etag(KEY), -1));
            });
            Future<ObjectProcessor.Outcome> b = pool.submit(() -> {
                go.await();
                return processor.process(ref(KEY, etag(KEY), -1));
            });
            go.countDown();
            assertEquals(a.get().verdict(), b.get().verdict());
        } finally {
            pool.shutdown();
        }
        byte[] concurrent = outputs();
        Map<String, Object> report = read("reports/" + KEY + ".json");
        server.client().deleteObject(b -> b.bucket(output).key("reports/" + KEY + ".json"));
        server.client().deleteObject(b -> b.bucket(output).key("articles/" + KEY + ".json"));

        processor(Map.of(), new InMemoryDuplicateIndex()).process(ref(KEY, etag(KEY), -1));

        assertArrayEquals(outputs(), concurrent, "a lone run writes what the two concurrent runs wrote");
        assertEquals(1, index.ids.size(), "one identity in the index: " + index.ids);
        assertEquals("unique", ((Map<?, ?>) ((Map<?, ?>) report.get("duplicates")).get("crossDocument")).get("status"),
                "the second delivery is not a duplicate of the first");
    }

    @Test
    void anObjectDeletedBeforeTheReadIsAcknowledgedOnce() {
        server.client().deleteObject(b -> b.bucket(input).key(KEY));

        ObjectProcessor.Outcome o = processor(Map.of(), null).process(ref(KEY, "0123", -1));

        assertEquals("missing", o.status());
        long gets = proxy.log().stream().filter(l -> l.startsWith("GET /" + input + "/")).count();
        assertEquals(1, gets, "one GET, no retries for a 404: " + proxy.log());
        assertFalse(exists("reports/" + KEY + ".json"), "nothing to report for an object that is gone");
    }

    @Test
    void anObjectOverTheCapIsRejectedFromTheEventSizeWithoutAnyRead() {
        ObjectProcessor.Outcome o = processor(Map.of("MAX_OBJECT_BYTES", "1000"), null)
                .process(ref("never-uploaded.html", "abc", 5_000_000_000L));

        assertEquals("reject", o.verdict());
        assertEquals(List.of("too-large"), o.reasons());
        assertTrue(proxy.log().stream().noneMatch(l -> l.startsWith("GET /" + input + "/")), proxy.log().toString());
        assertTrue(((String) ((Map<?, ?>) read("reports/never-uploaded.html.json").get("error")).get("message"))
                .contains("MAX_OBJECT_BYTES"));
    }

    @Test
    void anObjectOverTheCapWithoutAnEventSizeIsStoppedAtItsContentLength() {
        put("big.html", new byte[300_000]);

        ObjectProcessor.Outcome o = processor(Map.of("MAX_OBJECT_BYTES", "100000"), null).process(ref("big.html", null, -1));

        assertEquals("reject", o.verdict());
        assertEquals(List.of("too-large"), o.reasons());
        assertEquals(300_000, ((Map<?, ?>) read("reports/big.html.json").get("source")).get("size"));
    }

    @Test
    void aPageThatWouldOverrunIsRejectedForItsTimeBudgetAndTheReportIsWritten() {
        StringBuilder deep = new StringBuilder("<html><body>");
        for (int i = 0; i < 100_000; i++) deep.append("<div>level ");
        put("deep.html", deep.toString().getBytes(StandardCharsets.UTF_8));
        LocalContext context = new LocalContext(3, 1024, new PrintStream(new ByteArrayOutputStream()));

        ObjectProcessor.Outcome o = processor(Map.of("TIME_RESERVE_MS", "2950"), null).process(ref("deep.html", null, -1), context);

        assertEquals("reject", o.verdict());
        assertEquals(List.of("time-budget"), o.reasons());
        assertEquals("time-budget", ((Map<?, ?>) read("reports/deep.html.json").get("error")).get("code"));
    }

    @Test
    void anObjectWithNoTimeLeftIsNotStartedSoThatLambdaRetriesIt() {
        LocalContext context = new LocalContext(1, 1024, new PrintStream(new ByteArrayOutputStream()));

        assertThrows(ObjectProcessor.OutOfTimeException.class,
                () -> processor(Map.of("TIME_RESERVE_MS", "5000"), null).process(ref(KEY, null, -1), context));
        assertFalse(exists("reports/" + KEY + ".json"));
    }

    @Test
    void storedReportsCarryNoTimingsAndTheLogLineDoes() {
        ObjectProcessor.Outcome o = processor(Map.of(), null).process(ref(KEY, null, -1));

        assertNull(read("reports/" + KEY + ".json").get("timingsMs"), "timings vary run to run: not in the stored report");
        assertTrue(o.timingsMs().containsKey("parse"), String.valueOf(o.timingsMs()));
        assertTrue(LogLines.outcome(o).containsKey("timingsMs"));
    }

    /** An index that records each identity it is asked about, over the in-memory one. */
    static final class RecordingIndex implements DuplicateIndex {
        final Set<String> ids = ConcurrentHashMap.newKeySet();
        private final InMemoryDuplicateIndex index = new InMemoryDuplicateIndex();

        @Override
        public DuplicateMatch checkAndRecord(String articleId, String key, Fingerprints fingerprints) {
            ids.add(articleId);
            return index.checkAndRecord(articleId, key, fingerprints);
        }
    }

    private ObjectProcessor processor(Map<String, String> extra, DuplicateIndex index) {
        Map<String, String> env = new HashMap<>(extra);
        env.put("OUTPUT_BUCKET", output);
        return new ObjectProcessor(Config.fromEnv(env), client, index);
    }

    private ObjectRef ref(String key, String etag, long size) {
        return new ObjectRef(input, key, null, etag, size);
    }

    private String etag(String key) {
        return S3ScrapeStore.unquote(server.client().headObject(b -> b.bucket(input).key(key)).eTag());
    }

    private void put(String key, byte[] body) {
        server.client().putObject(b -> b.bucket(input).key(key), RequestBody.fromBytes(body));
    }

    private byte[] outputs() {
        byte[] a = server.client().getObjectAsBytes(b -> b.bucket(output).key("articles/" + KEY + ".json")).asByteArray();
        byte[] r = server.client().getObjectAsBytes(b -> b.bucket(output).key("reports/" + KEY + ".json")).asByteArray();
        return (new String(a, StandardCharsets.UTF_8) + "\n--\n" + new String(r, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    private boolean exists(String key) {
        return server.exists(output, key);
    }

    private Map<String, Object> read(String key) {
        return server.readJson(output, key);
    }
}
