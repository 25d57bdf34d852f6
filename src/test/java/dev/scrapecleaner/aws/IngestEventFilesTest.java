package dev.scrapecleaner.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.S3BatchEventV2;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import dev.scrapecleaner.report.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sample events of every wiring parse with Lambda's own event types (EventLoader), and the
 * handler reads from each the objects the AWS type says it names.
 */
class IngestEventFilesTest {
    private static final String HARBOUR = "scrapes/2026-03-02/harbour-wind-farm.html";
    private static final String ZURICH = "scrapes/2026-03-02/Zürich river report.txt";

    private static List<ObjectRef> refs(String file) throws IOException {
        return EventShapes.objectsIn(Json.parseObject(Files.readString(Path.of("events", file))));
    }

    private static List<String> keys(String file) throws IOException {
        return refs(file).stream().map(ObjectRef::key).toList();
    }

    @Test
    void sqsBodyIsTheS3NotificationAsS3SendsIt() throws IOException {
        SQSEvent event = EventLoader.loadSQSEvent("events/sqs-s3.json");
        SQSEvent.SQSMessage m = event.getRecords().get(0);
        assertEquals("aws:sqs", m.getEventSource());
        assertTrue(m.getBody().contains("\"s3\""), m.getBody());
        assertEquals(List.of(HARBOUR), keys("sqs-s3.json"));
        assertEquals("raw-scrapes", refs("sqs-s3.json").get(0).bucket());
    }

    @Test
    void snsMessageIsTheS3NotificationWithItsKeyEncoded() throws IOException {
        SNSEvent event = EventLoader.loadSNSEvent("events/sns-s3.json");
        String message = event.getRecords().get(0).getSNS().getMessage();
        assertTrue(message.contains("Z%C3%BCrich+river+report.txt"), message);
        assertEquals(List.of(ZURICH), keys("sns-s3.json"));
    }

    @Test
    void sqsBodiesAreSnsEnvelopesOfS3Notifications() throws IOException {
        SQSEvent event = EventLoader.loadSQSEvent("events/sqs-sns-s3.json");
        assertEquals(2, event.getRecords().size());
        for (SQSEvent.SQSMessage m : event.getRecords()) {
            Map<String, Object> envelope = Json.parseObject(m.getBody());
            assertEquals("Notification", envelope.get("Type"));
            assertTrue(envelope.get("Message") instanceof String);
        }
        assertEquals(List.of(ZURICH, HARBOUR), keys("sqs-sns-s3.json"));
    }

    @Test
    void eventBridgeKeyIsTakenAsItIsNotDecoded() throws IOException {
        ScheduledEvent event = EventLoader.loadScheduledEvent("events/eventbridge-s3.json");
        assertEquals("Object Created", event.getDetailType());
        assertEquals("aws.s3", event.getSource());
        Map<?, ?> object = (Map<?, ?>) event.getDetail().get("object");
        assertEquals(ZURICH, object.get("key"));
        assertEquals(List.of(ZURICH), keys("eventbridge-s3.json"));
        assertEquals(2313, refs("eventbridge-s3.json").get(0).size());
    }

    @Test
    void batchOperationsTasksNameBucketAndUrlEncodedKey() throws IOException {
        S3BatchEventV2 event = EventLoader.loadS3BatchEventV2("events/s3-batch.json");
        assertEquals("2.0", event.getInvocationSchemaVersion());
        assertEquals(2, event.getTasks().size());
        S3BatchEventV2.Task first = event.getTasks().get(0);
        assertEquals("raw-scrapes", first.getS3Bucket());
        assertEquals("scrapes/2026-03-02/Z%C3%BCrich+river+report.txt", first.getS3Key());
        assertEquals(List.of(ZURICH, HARBOUR), keys("s3-batch.json"));
    }

    @Test
    void mixedBatchNamesOnlyTheReadableObjects() throws IOException {
        SQSEvent event = EventLoader.loadSQSEvent("events/sqs-mixed-batch.json");
        assertEquals(4, event.getRecords().size());
        assertEquals(List.of(HARBOUR, "scrapes/2026-03-02/withdrawn-story.html"), keys("sqs-mixed-batch.json"));
    }

    @Test
    void testEventNamesNothing() throws IOException {
        assertEquals(List.of(), refs("s3-test-event.json"));
        assertTrue(S3Notifications.isTestEvent(Json.parseObject(Files.readString(Path.of("events", "s3-test-event.json")))));
    }

    @Test
    void everySampleNamesOnlyObjectsWithARawFileOrOneMissingOnPurpose() throws IOException {
        try (var files = Files.list(Path.of("events"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                for (ObjectRef ref : refs(f.getFileName().toString())) {
                    String name = ref.key().substring(ref.key().lastIndexOf('/') + 1);
                    boolean raw = Files.isRegularFile(Path.of("events", "raw", name));
                    assertTrue(raw || name.equals("withdrawn-story.html"), f + " names " + ref.key());
                }
            }
        }
    }
}
