package dev.scrapecleaner.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scrapecleaner.cli.EmbeddedS3Server;
import dev.scrapecleaner.report.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Every wiring's event through the one handler, against the embedded S3 server: the sample
 * events of events/ clean their objects, and each wiring answers in the shape its caller reads
 * (SQS partial batch failures, Batch Operations results). Reads of keys containing "flaky" fail
 * as a dropped connection would, to stand for a transient S3 fault.
 */
class IngestWiringTest {
    private static final String INPUT = "raw-scrapes";
    private static final String HARBOUR = "scrapes/2026-03-02/harbour-wind-farm.html";
    private static final String ZURICH = "scrapes/2026-03-02/Zürich river report.txt";

    @RegisterExtension
    static final S3TestServer server = S3TestServer.perClass();
    private static S3Client flakyClient;
    private String output;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final LocalContext context = new LocalContext(60, 1024, new PrintStream(log, true, StandardCharsets.UTF_8));

    @BeforeAll
    static void start() {
        server.client().createBucket(b -> b.bucket(INPUT));
        flakyClient = S3Client.builder()
                .endpointOverride(URI.create(server.endpoint()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(EmbeddedS3Server.ACCESS_KEY, EmbeddedS3Server.SECRET_KEY)))
                // As S3Clients.forEndpoint: a body signed in aws-chunked frames whose last frame
                // arrives late leaves the embedded server closing the connection after its answer.
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true)
                        .chunkedEncodingEnabled(false).build())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .overrideConfiguration(o -> o.addExecutionInterceptor(new ExecutionInterceptor() {
                    @Override
                    public void beforeExecution(Context.BeforeExecution c, ExecutionAttributes a) {
                        if (c.request() instanceof GetObjectRequest g && g.key().contains("flaky")) {
                            throw SdkClientException.create("simulated: connection reset reading " + g.key());
                        }
                    }
                }))
                .build();
    }

    @AfterAll
    static void stop() {
        flakyClient.close();
    }

    @BeforeEach
    void outputBucket() throws IOException {
        output = "clean-" + Long.toHexString(System.nanoTime());
        server.client().createBucket(b -> b.bucket(output));
        put(HARBOUR, Files.readAllBytes(Path.of("events", "raw", "harbour-wind-farm.html")));
        put(ZURICH, Files.readAllBytes(Path.of("events", "raw", "Zürich river report.txt")));
    }

    private EventHandler handler() {
        Map<String, String> env = new HashMap<>();
        env.put("OUTPUT_BUCKET", output);
        return new EventHandler(env, flakyClient);
    }

    private static void put(String key, byte[] body) {
        server.client().putObject(b -> b.bucket(INPUT).key(key), RequestBody.fromBytes(body));
    }

    private static Map<String, Object> sample(String file) throws IOException {
        return Json.parseObject(Files.readString(Path.of("events", file)));
    }

    private Map<String, Object> report(String key) {
        return Json.parseObject(server.client()
                .getObjectAsBytes(b -> b.bucket(output).key("reports/" + key + ".json")).asUtf8String());
    }

    private boolean hasReport(String key) {
        try {
            report(key);
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        }
    }

    /** Runs the handler as Lambda does: JSON bytes in, JSON bytes out. */
    private Map<String, Object> invoke(Map<String, Object> event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler().handleRequest(new ByteArrayInputStream(Json.write(event, false).getBytes(StandardCharsets.UTF_8)),
                out, context);
        return Json.parseObject(out.toString(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> sqsRecord(String messageId, String body) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("messageId", messageId);
        r.put("body", body);
        r.put("eventSource", "aws:sqs");
        return r;
    }

    private static String s3Notification(String bucket, String encodedKey) {
        return Json.write(Map.of("Records", List.of(Map.of("eventSource", "aws:s3", "eventName", "ObjectCreated:Put",
                "s3", Map.of("bucket", Map.of("name", bucket), "object", Map.of("key", encodedKey))))), false);
    }

    @Test
    void sqsMessageOfAnS3NotificationIsCleanedAndNoItemFails() throws IOException {
        Map<String, Object> response = invoke(sample("sqs-s3.json"));

        assertEquals(Map.of("batchItemFailures", List.of()), response);
        assertEquals("accept", report(HARBOUR).get("verdict"));
    }

    @Test
    void snsMessageIsUnwrapped() throws IOException {
        Map<String, Object> response = invoke(sample("sns-s3.json"));

        assertEquals(1, ((List<?>) response.get("objects")).size());
        assertEquals("accept", report(ZURICH).get("verdict"));
    }

    @Test
    void snsEnvelopesInsideSqsAreUnwrapped() throws IOException {
        Map<String, Object> response = invoke(sample("sqs-sns-s3.json"));

        assertEquals(Map.of("batchItemFailures", List.of()), response);
        assertTrue(hasReport(ZURICH));
        assertTrue(hasReport(HARBOUR));
    }

    @Test
    void eventBridgeObjectCreatedIsCleaned() throws IOException {
        Map<String, Object> response = invoke(sample("eventbridge-s3.json"));

        assertEquals(1, ((List<?>) response.get("objects")).size());
        assertEquals("accept", report(ZURICH).get("verdict"));
    }

    @Test
    void eventBridgeKeysAreLiteralSoAPlusStaysAPlus() throws IOException {
        put("c++ guide.html", Files.readAllBytes(Path.of("events", "raw", "harbour-wind-farm.html")));
        Map<String, Object> event = sample("eventbridge-s3.json");
        Map<String, Object> detail = new LinkedHashMap<>((Map<String, Object>) event.get("detail"));
        detail.put("object", Map.of("key", "c++ guide.html"));
        event.put("detail", detail);

        invoke(event);

        assertEquals("accept", report("c++ guide.html").get("verdict"));
    }

    @Test
    void otherEventBridgeS3EventsNameNothing() throws IOException {
        Map<String, Object> event = sample("eventbridge-s3.json");
        event.put("detail-type", "Object Deleted");

        assertEquals(Map.of("objects", List.of()), invoke(event));
        assertTrue(!hasReport(ZURICH));
    }

    @Test
    void batchOperationsAnswersEveryTaskInTheShapeBatchOperationsReads() throws IOException {
        Map<String, Object> response = invoke(sample("s3-batch.json"));

        assertEquals("2.0", response.get("invocationSchemaVersion"));
        assertEquals("PermanentFailure", response.get("treatMissingKeysAs"));
        assertEquals(sample("s3-batch.json").get("invocationId"), response.get("invocationId"));
        List<?> results = (List<?>) response.get("results");
        assertEquals(2, results.size());
        Map<?, ?> first = (Map<?, ?>) results.get(0);
        assertEquals("dGFzay0xLXNjcmFwZS1jbGVhbmVy", first.get("taskId"));
        assertEquals("Succeeded", first.get("resultCode"));
        assertEquals("accept reports/" + ZURICH + ".json", first.get("resultString"));
        assertEquals("Succeeded", ((Map<?, ?>) results.get(1)).get("resultCode"));
        assertTrue(hasReport(HARBOUR));
    }

    @Test
    void batchOperationsTellsPermanentFromTemporaryFailures() throws IOException {
        put("empty.txt", new byte[0]);
        put("flaky.html", "<html><body><p>never read</p></body></html>".getBytes(StandardCharsets.UTF_8));
        List<Object> tasks = new ArrayList<>();
        tasks.add(Map.of("taskId", "bad-scrape", "s3Key", "empty.txt", "s3Bucket", INPUT));
        tasks.add(Map.of("taskId", "missing", "s3Key", "not-there.html", "s3Bucket", INPUT));
        tasks.add(Map.of("taskId", "bad-encoding", "s3Key", "100%zz.html", "s3Bucket", INPUT));
        tasks.add(Map.of("taskId", "transient", "s3Key", "flaky.html", "s3Bucket", INPUT));
        tasks.add(Map.of("taskId", "schema-1.0", "s3Key", "scrapes%2F2026-03-02%2Fharbour-wind-farm.html",
                "s3BucketArn", "arn:aws:s3:::" + INPUT));
        Map<String, Object> event = Map.of("invocationSchemaVersion", "2.0", "invocationId", "inv-1",
                "job", Map.of("id", "job-1"), "tasks", tasks);

        List<?> results = (List<?>) invoke(event).get("results");

        Map<String, String> codes = new LinkedHashMap<>();
        for (Object r : results) codes.put((String) ((Map<?, ?>) r).get("taskId"), (String) ((Map<?, ?>) r).get("resultCode"));
        assertEquals(Map.of("bad-scrape", "Succeeded", "missing", "PermanentFailure", "bad-encoding", "PermanentFailure",
                "transient", "TemporaryFailure", "schema-1.0", "Succeeded"), codes);
        assertEquals("reject", report("empty.txt").get("verdict"), "a bad scrape still gets its report");
        assertTrue(((String) ((Map<?, ?>) results.get(0)).get("resultString")).startsWith("reject "));
        assertTrue(((String) ((Map<?, ?>) results.get(3)).get("resultString")).contains("connection reset"));
    }

    @Test
    void mixedSqsBatchFailsExactlyTheMessageThatHitAnS3Fault() throws IOException {
        put("flaky page.html", "<html><body><p>never read</p></body></html>".getBytes(StandardCharsets.UTF_8));
        Map<String, Object> event = sample("sqs-mixed-batch.json");
        List<Object> records = new ArrayList<>((List<?>) event.get("Records"));
        records.add(sqsRecord("no-such-bucket", s3Notification("bucket-that-does-not-exist", "page.html")));
        records.add(sqsRecord("transient", s3Notification(INPUT, "flaky+page.html")));
        records.add(sqsRecord("not-a-notification", "{\"hello\":\"world\"}"));
        event.put("Records", records);

        Map<String, Object> response = invoke(event);

        assertEquals(Map.of("batchItemFailures", List.of(Map.of("itemIdentifier", "transient"))), response);
        assertEquals("accept", report(HARBOUR).get("verdict"), "the good message was cleaned");
        assertTrue(!hasReport("scrapes/2026-03-02/withdrawn-story.html"));
        String logged = log.toString(StandardCharsets.UTF_8);
        assertEquals(2, logged.lines().filter(l -> l.contains("\"status\":\"unreadable\"")).count(), logged);
        assertTrue(logged.contains("\"messageId\":\"00000005-4c1e-4e2a-9d3b-5f6a7b8c9d0e\""), logged);
    }

    @Test
    void fifoBatchStopsAtTheFirstFailureSoOrderHolds() throws IOException {
        put("flaky.html", "<html><body><p>never read</p></body></html>".getBytes(StandardCharsets.UTF_8));
        Map<String, Object> first = sqsRecord("m1", s3Notification(INPUT, "flaky.html"));
        Map<String, Object> second = sqsRecord("m2", s3Notification(INPUT, "scrapes/2026-03-02/harbour-wind-farm.html"));
        for (Map<String, Object> r : List.of(first, second)) r.put("attributes", Map.of("MessageGroupId", "g1"));

        Map<String, Object> response = invoke(Map.of("Records", List.of(first, second)));

        assertEquals(List.of(Map.of("itemIdentifier", "m1"), Map.of("itemIdentifier", "m2")),
                response.get("batchItemFailures"));
        assertTrue(!hasReport(HARBOUR), "m2 must wait for m1");
    }

    @Test
    void testEventsAreAcknowledgedDirectAndInsideSns() throws IOException {
        Map<String, Object> test = sample("s3-test-event.json");
        assertEquals("s3:TestEvent", invoke(test).get("ignored"));

        Map<String, Object> sns = sample("sns-s3.json");
        Map<String, Object> rec = new LinkedHashMap<>((Map<String, Object>) ((List<?>) sns.get("Records")).get(0));
        Map<String, Object> body = new LinkedHashMap<>((Map<String, Object>) rec.get("Sns"));
        body.put("Message", Json.write(test, false));
        rec.put("Sns", body);
        assertEquals(Map.of("objects", List.of()), invoke(Map.of("Records", List.of(rec))));
    }

    @Test
    void unreadableSnsMessageIsAcknowledgedWithAnError() throws IOException {
        Map<String, Object> rec = Map.of("EventSource", "aws:sns", "Sns", Map.of("Message", "{not json"));

        Map<String, Object> response = invoke(Map.of("Records", List.of(rec)));

        assertEquals("unreadable SNS message", response.get("ignored"));
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("\"level\":\"ERROR\""));
    }

    @Test
    void directS3FaultStillFailsTheInvocationSoLambdaRetries() {
        put("flaky.html", "<html></html>".getBytes(StandardCharsets.UTF_8));
        Map<String, Object> event = Json.parseObject(s3Notification(INPUT, "flaky.html"));

        assertThrows(EventHandler.ObjectFailedException.class, () -> handler().handle(event, context));
    }
}
