package dev.scrapecleaner.aws;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.scrapecleaner.report.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The Lambda entry point. It reads the event as JSON and recognises its shape, so one function
 * serves every wiring; each object named is cleaned by {@link ObjectProcessor}. One bad record
 * never stops the others; an S3 fault that outlasts the SDK's retries fails the invocation
 * after the other records are done, so that Lambda delivers the event again (outputs are
 * idempotent). Set-up happens in the constructor, during Lambda's init phase.
 *
 * <p>One entry point rather than one handler per wiring: the wiring is a deployment choice that
 * changes (direct S3 today, through a queue tomorrow, a Batch Operations backfill once), and
 * with one handler it never means a new artifact, handler string or SnapStart snapshot. The
 * shapes cannot be confused: each has a distinct marker ({@code eventSource: aws:sqs},
 * {@code Sns}, {@code source: aws.s3}, {@code invocationSchemaVersion}, {@code s3}). A stream
 * handler is needed anyway, since Batch Operations and SQS partial failures read the response.
 * What each wiring answers:
 * <ul>
 * <li>S3 notification, SNS, EventBridge (asynchronous invocations): a summary; an S3 fault throws
 *     so that Lambda retries, then sends the event to the failure destination.</li>
 * <li>SQS: {@code batchItemFailures} naming only the messages that hit an S3 fault
 *     ({@link SqsMessages}).</li>
 * <li>S3 Batch Operations: a result per task ({@link BatchOperations}).</li>
 * <li>S3 test event, alone or inside SNS or SQS: acknowledged, nothing done.</li>
 * </ul>
 */
public class EventHandler implements RequestStreamHandler {
    private final ObjectProcessor processor;

    /** The constructor Lambda calls: settings from the environment, S3 client from the execution role. */
    public EventHandler() {
        this(System.getenv(), null);
    }

    /**
     * @param env the environment variables (as template.yaml sets them)
     * @param s3  the client to use, or null to build one from {@code env}
     */
    public EventHandler(Map<String, String> env, S3Client s3) {
        Config config = Config.fromEnv(env);
        S3Client client = s3 != null ? s3
                : Priming.buildWhilePriming(() -> S3Clients.fromEnv(env), Priming.Probes.of(config), Priming.rounds(env));
        this.processor = new ObjectProcessor(config, client, DuplicateIndexes.create(config, client));
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Map<String, Object> event = Json.parseObject(new String(input.readAllBytes(), StandardCharsets.UTF_8));
        Map<String, Object> response = handle(event, context);
        output.write(Json.write(response, false).getBytes(StandardCharsets.UTF_8));
    }

    /** Handles a parsed event and returns the response document. */
    public Map<String, Object> handle(Map<String, Object> event, Context context) {
        if (S3Notifications.isTestEvent(event)) {
            return Map.of("objects", List.of(), "ignored", "s3:TestEvent");
        }
        if (SqsMessages.matches(event)) {
            return SqsMessages.handle(event, this::processOne, context);
        }
        if (BatchOperations.matches(event)) {
            return BatchOperations.handle(event, this::processOne, context);
        }
        if (SnsMessages.matches(event)) {
            List<ObjectRef> refs;
            try {
                refs = EventShapes.notified(event);
            } catch (IllegalArgumentException | ClassCastException e) {
                // SNS would deliver the same unreadable message again: acknowledge it, say so loudly.
                LogLines.log(context, Map.of("level", "ERROR", "status", "unreadable", "error", String.valueOf(e.getMessage()),
                        "action", "acknowledged: delivering the same SNS message again cannot succeed"));
                return Map.of("objects", List.of(), "ignored", "unreadable SNS message");
            }
            return processAll(refs, context);
        }
        if (S3Notifications.matches(event) || EventBridgeEvents.matches(event)) {
            return processAll(EventShapes.notified(event), context);
        }
        throw new IllegalArgumentException("Unrecognised event shape (top-level keys " + event.keySet()
                + "): expected an S3 notification (Records[].s3), SQS (Records[].eventSource aws:sqs), SNS"
                + " (Records[].Sns), an EventBridge S3 event (source aws.s3) or an S3 Batch Operations invocation");
    }

    /** Cleans one object and logs its outcome; an S3 fault is logged and rethrown. */
    ObjectProcessor.Outcome processOne(ObjectRef ref, Context context) {
        try {
            ObjectProcessor.Outcome outcome = processor.process(ref, context);
            LogLines.log(context, LogLines.withMetrics(outcome));
            return outcome;
        } catch (RuntimeException e) {
            LogLines.log(context, LogLines.failure(ref, e));
            throw e;
        }
    }

    /** Processes each object, logs one JSON line per object, and fails at the end if any hit an S3 fault. */
    Map<String, Object> processAll(List<ObjectRef> refs, Context context) {
        List<Object> outcomes = new ArrayList<>();
        RuntimeException firstFault = null;
        int failed = 0;
        for (ObjectRef ref : refs) {
            try {
                outcomes.add(LogLines.outcome(processOne(ref, context)));
            } catch (RuntimeException e) {
                failed++;
                if (firstFault == null) firstFault = e;
            }
        }
        if (firstFault != null) {
            throw new ObjectFailedException(failed + " of " + refs.size()
                    + " object(s) failed on an S3 fault; the event will be retried", firstFault);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("objects", outcomes);
        return summary;
    }

    /** Raised so that Lambda retries the event; its cause is the first fault. */
    public static final class ObjectFailedException extends RuntimeException {
        public ObjectFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
