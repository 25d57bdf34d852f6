package dev.scrapecleaner.aws;

import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scrapecleaner.aws.FaultProxy.Fault;
import dev.scrapecleaner.cli.EmbeddedS3Server;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * S3 faults injected between the function's client and the real embedded S3 server: a few are
 * ridden out by the SDK's retries; when the retries are spent the invocation fails (so Lambda
 * retries it), no report appears without its article, and the retry completes the object with
 * the same bytes a fault-free run writes. Prints one summary line for the README.
 */
class S3FaultsTest {
    /** Short timeouts so that a slow response costs the test a second, not the production 5 s. */
    static final S3Clients.Retries FAST = new S3Clients.Retries(3, Duration.ofMillis(800), Duration.ofSeconds(5),
            Duration.ofMillis(10), Duration.ofMillis(50));
    static final String KEY = "feeds/harbour wind farm.html";

    @RegisterExtension
    static final S3TestServer server = S3TestServer.perClass();
    private static int survived;
    private static int failedThenRetried;
    private static long injected;
    private static int lost;

    private FaultProxy proxy;
    private S3Client faulty;
    private String input;
    private String output;
    private byte[] page;

    @AfterAll
    static void stop() {
        System.out.printf("FAULT SUMMARY: %d fault cases survived (%d ridden out by SDK retries, %d failed the invocation"
                        + " and completed on redelivery), %d faults injected, %d objects lost%n",
                survived + failedThenRetried, survived, failedThenRetried, injected, lost);
    }

    @BeforeEach
    void setUp() throws IOException {
        proxy = new FaultProxy(java.net.URI.create(server.endpoint())).slowFor(1_500);
        faulty = S3Clients.forEndpoint(proxy.endpoint(), "us-east-1", EmbeddedS3Server.ACCESS_KEY,
                EmbeddedS3Server.SECRET_KEY, FAST);
        String run = UUID.randomUUID().toString().substring(0, 8);
        input = "raw-" + run;
        output = "clean-" + run;
        server.client().createBucket(b -> b.bucket(input));
        server.client().createBucket(b -> b.bucket(output));
        page = article().getBytes(StandardCharsets.UTF_8);
        server.client().putObject(b -> b.bucket(input).key(KEY), RequestBody.fromBytes(page));
    }

    @AfterEach
    void tearDown() throws IOException {
        injected += proxy.faultsInjected();
        faulty.close();
        proxy.close();
    }

    static List<Arguments> faultsAndRequests() {
        List<Arguments> cases = new ArrayList<>();
        for (Fault f : Fault.values()) {
            cases.add(Arguments.of(f, "GET", "/raw-", "the raw object"));
            cases.add(Arguments.of(f, "GET", "/reports/", "the report-exists check"));
            cases.add(Arguments.of(f, "PUT", "/articles/", "the article"));
            cases.add(Arguments.of(f, "PUT", "/reports/", "the report"));
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} twice on {3}")
    @MethodSource("faultsAndRequests")
    void twoFaultsAreRiddenOutByTheSdkRetries(Fault fault, String method, String path, String what) {
        proxy.inject(fault, 2, r -> r.is(method, path));

        Map<String, Object> response = handler(faulty).handle(putEvent(), QuietContext.create());

        assertEquals("processed", status(response));
        assertEquals(2, proxy.faultsInjected(), proxy.log().toString());
        assertComplete();
        survived++;
    }

    @ParameterizedTest(name = "{0} on every try of {3}")
    @MethodSource("faultsAndRequests")
    void spentRetriesFailTheInvocationAndTheRedeliveryCompletesIt(Fault fault, String method, String path, String what) {
        byte[] reference = referenceOutputs();
        proxy.inject(fault, Integer.MAX_VALUE, r -> r.is(method, path));

        assertThrows(EventHandler.ObjectFailedException.class, () -> handler(faulty).handle(putEvent(), QuietContext.create()));

        // The JDK's HTTP client itself re-sends a GET once after a reset, so resets can outnumber the tries.
        assertTrue(proxy.faultsInjected() >= FAST.maxAttempts(), proxy.log().toString());
        proxy.clearFaults();
        assertFalse(exists("reports/" + KEY + ".json") && !exists("articles/" + KEY + ".json"),
                "a report (the commit mark) without its article");
        if (!method.equals("PUT") || !path.equals("/reports/") || fault != Fault.SLOW) {
            // A slow PUT of the report may still land after the client gave up on it, as it can on S3;
            // every other spent fault leaves the object visibly unfinished.
            assertFalse(exists("reports/" + KEY + ".json"), "marked done although the invocation failed");
        }

        Map<String, Object> retry = handler(faulty).handle(putEvent(), QuietContext.create()); // Lambda's retry, the fault over
        assertTrue(List.of("processed", "already-done").contains(status(retry)), retry.toString());
        assertComplete();
        assertArrayEquals(reference, outputs(), "the retry must write what a fault-free run writes");
        failedThenRetried++;
    }

    /** The object is complete: report and article both there, and the article is the one the report counts. */
    private void assertComplete() {
        if (!exists("reports/" + KEY + ".json") || !exists("articles/" + KEY + ".json")) {
            lost++;
        }
        Map<String, Object> report = read("reports/" + KEY + ".json");
        assertEquals("accept", report.get("verdict"));
        Map<String, Object> article = read("articles/" + KEY + ".json");
        assertEquals(((Map<?, ?>) report.get("output")).get("paragraphs"), ((List<?>) article.get("paragraphs")).size());
    }

    /** The outputs of a fault-free run of the same object, which is then removed again. */
    private byte[] referenceOutputs() {
        handler(server.client()).handle(putEvent(), QuietContext.create());
        byte[] ref = outputs();
        server.client().deleteObject(b -> b.bucket(output).key("reports/" + KEY + ".json"));
        server.client().deleteObject(b -> b.bucket(output).key("articles/" + KEY + ".json"));
        return ref;
    }

    private byte[] outputs() {
        byte[] a = server.client().getObjectAsBytes(b -> b.bucket(output).key("articles/" + KEY + ".json")).asByteArray();
        byte[] r = server.client().getObjectAsBytes(b -> b.bucket(output).key("reports/" + KEY + ".json")).asByteArray();
        byte[] both = new byte[a.length + r.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(r, 0, both, a.length, r.length);
        return both;
    }

    EventHandler handler(S3Client s3) {
        Map<String, String> env = new HashMap<>();
        env.put("OUTPUT_BUCKET", output);
        env.put("DEDUPE", "off");
        return new EventHandler(env, s3);
    }

    Map<String, Object> putEvent() {
        return Map.of("Records", List.of(Map.of("eventSource", "aws:s3", "eventName", "ObjectCreated:Put",
                "s3", Map.of("bucket", Map.of("name", input), "object", Map.of("key", KEY.replace(' ', '+'))))));
    }

    private static String status(Map<String, Object> response) {
        return (String) ((Map<?, ?>) ((List<?>) response.get("objects")).get(0)).get("status");
    }

    private boolean exists(String key) {
        return server.exists(output, key);
    }

    private Map<String, Object> read(String key) {
        return server.readJson(output, key);
    }

    static String article() {
        StringBuilder sb = new StringBuilder("<html><head><title>Harbour wind farm approved</title></head><body><article>"
                + "<h1>Harbour wind farm approved</h1>");
        for (int i = 1; i <= 6; i++) {
            sb.append("<p>Paragraph ").append(i).append(" of the report explains, in plain words and at some length,"
                    + " what the council decided about the turbines and why it matters to the town.</p>");
        }
        return sb.append("</article></body></html>").toString();
    }
}
