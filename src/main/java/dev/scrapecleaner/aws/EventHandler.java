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
        S3Client client = s3 != null ? s3 : S3Clients.fromEnv(env);
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
        if (S3Notifications.matches(event)) {
            return processAll(S3Notifications.objects(event), context);
        }
        throw new IllegalArgumentException("Unrecognised event shape (top-level keys " + event.keySet()
                + "): expected an S3 notification with Records[].s3");
    }

    /** Processes each object, logs one JSON line per object, and fails at the end if any hit an S3 fault. */
    Map<String, Object> processAll(List<ObjectRef> refs, Context context) {
        List<Object> outcomes = new ArrayList<>();
        RuntimeException firstFault = null;
        int failed = 0;
        for (ObjectRef ref : refs) {
            try {
                Map<String, Object> line = LogLines.outcome(processor.process(ref, context));
                outcomes.add(line);
                LogLines.log(context, line);
            } catch (RuntimeException e) {
                failed++;
                if (firstFault == null) firstFault = e;
                LogLines.log(context, LogLines.failure(ref, e));
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
