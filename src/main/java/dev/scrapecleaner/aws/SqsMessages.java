package dev.scrapecleaner.aws;

import com.amazonaws.services.lambda.runtime.Context;
import dev.scrapecleaner.report.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A batch of SQS messages whose bodies are S3 notifications (sent by S3 to the queue), SNS
 * envelopes of them (S3 to a topic, the topic to the queue), or EventBridge S3 events. The answer
 * is a partial batch response, {@code {"batchItemFailures":[{"itemIdentifier": messageId}]}}, so
 * that only the messages that hit an S3 fault return to the queue; the others are deleted.
 *
 * <p>A body that is not JSON, or not a shape this function knows, is acknowledged with an ERROR
 * log line rather than failed: delivering the same bytes again cannot succeed, and a failed
 * message would cycle until the redrive policy moves it to the dead-letter queue, delaying its
 * neighbours' retries and hiding real faults among noise. A missing object is likewise
 * acknowledged (it has nothing to clean). An S3 test event is acknowledged silently.
 */
final class SqsMessages {
    /** One message: its id (the batch item identifier), its body, and whether it came from a FIFO queue. */
    record Message(String messageId, String body, boolean fifo) {
    }

    private SqsMessages() {
    }

    static boolean matches(Map<String, Object> event) {
        return event.get("Records") instanceof List<?> records && !records.isEmpty()
                && records.get(0) instanceof Map<?, ?> r && "aws:sqs".equals(r.get("eventSource"));
    }

    static List<Message> messages(Map<String, Object> event) {
        List<Message> messages = new ArrayList<>();
        for (Object rec : (List<?>) event.get("Records")) {
            if (!(rec instanceof Map<?, ?> r)) continue;
            boolean fifo = r.get("attributes") instanceof Map<?, ?> a && a.get("MessageGroupId") != null;
            messages.add(new Message(String.valueOf(r.get("messageId")),
                    r.get("body") instanceof String b ? b : null, fifo));
        }
        return messages;
    }

    /**
     * Handles the batch. In a FIFO queue, once a message fails every later message is reported
     * failed unprocessed, as Lambda requires, so that order within a message group holds.
     */
    static Map<String, Object> handle(Map<String, Object> event, ObjectWork work, Context context) {
        List<Object> failures = new ArrayList<>();
        boolean fifoBlocked = false;
        for (Message m : messages(event)) {
            if (fifoBlocked) {
                failures.add(Map.of("itemIdentifier", m.messageId()));
                continue;
            }
            List<ObjectRef> refs;
            try {
                if (m.body() == null) throw new IllegalArgumentException("the message has no body");
                refs = EventShapes.notified(Json.parseObject(m.body()));
            } catch (IllegalArgumentException | ClassCastException e) {
                LogLines.log(context, unreadable(m, e));
                continue;
            }
            boolean failed = false;
            for (ObjectRef ref : refs) {
                try {
                    work.process(ref, context);
                } catch (RuntimeException e) {
                    failed = true;
                }
            }
            if (failed) {
                failures.add(Map.of("itemIdentifier", m.messageId()));
                fifoBlocked = m.fifo();
            }
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("batchItemFailures", failures);
        return response;
    }

    private static Map<String, Object> unreadable(Message m, RuntimeException e) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("level", "ERROR");
        line.put("messageId", m.messageId());
        line.put("status", "unreadable");
        line.put("error", e.getMessage());
        line.put("action", "acknowledged: delivering the same body again cannot succeed");
        return line;
    }
}
