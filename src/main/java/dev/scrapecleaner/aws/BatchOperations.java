package dev.scrapecleaner.aws;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An S3 Batch Operations invocation (schema 2.0, and 1.0 which names the bucket by ARN), the way
 * to clean a bucket that already holds millions of objects. Each task is answered:
 * {@code Succeeded} when the object was cleaned, including when the scrape was bad and got a
 * {@code reject} report, since writing that report is this function's job done;
 * {@code PermanentFailure} when the task cannot succeed however often it runs (no such object,
 * a key that is not valid URL encoding); {@code TemporaryFailure} when S3 failed, so that Batch
 * Operations runs the task again.
 */
final class BatchOperations {
    static final String SUCCEEDED = "Succeeded";
    static final String TEMPORARY_FAILURE = "TemporaryFailure";
    static final String PERMANENT_FAILURE = "PermanentFailure";

    /** One task: the object it names, or why it names none. */
    record Task(String taskId, ObjectRef ref, String problem) {
    }

    private BatchOperations() {
    }

    static boolean matches(Map<String, Object> event) {
        return event.get("invocationSchemaVersion") instanceof String && event.get("tasks") instanceof List;
    }

    static List<Task> tasks(Map<String, Object> event) {
        List<Task> tasks = new ArrayList<>();
        for (Object o : (List<?>) event.get("tasks")) {
            if (!(o instanceof Map<?, ?> t)) continue;
            String taskId = String.valueOf(t.get("taskId"));
            String bucket = bucket(t);
            if (bucket == null || !(t.get("s3Key") instanceof String key)) {
                tasks.add(new Task(taskId, null, "the task names no bucket or no s3Key"));
                continue;
            }
            try {
                // Batch Operations passes keys URL-encoded, as manifests and inventory reports hold them.
                tasks.add(new Task(taskId, new ObjectRef(bucket, S3Notifications.decodeKey(key),
                        t.get("s3VersionId") instanceof String v ? v : null, null, -1), null));
            } catch (IllegalArgumentException e) {
                tasks.add(new Task(taskId, null, "s3Key is not valid URL encoding: " + e.getMessage()));
            }
        }
        return tasks;
    }

    /** Schema 2.0 names the bucket ({@code s3Bucket}); 1.0 gives its ARN ({@code s3BucketArn}). */
    private static String bucket(Map<?, ?> task) {
        for (String field : List.of("s3Bucket", "s3BucketName")) {
            if (task.get(field) instanceof String s && !s.isBlank()) return s;
        }
        if (task.get("s3BucketArn") instanceof String arn && arn.contains(":")) {
            return arn.substring(arn.lastIndexOf(':') + 1);
        }
        return null;
    }

    /** Runs every task and answers in the shape Batch Operations reads. */
    static Map<String, Object> handle(Map<String, Object> event, ObjectWork work, Context context) {
        List<Object> results = new ArrayList<>();
        for (Task task : tasks(event)) {
            String code;
            String text;
            if (task.ref() == null) {
                code = PERMANENT_FAILURE;
                text = task.problem();
            } else {
                try {
                    ObjectProcessor.Outcome o = work.process(task.ref(), context);
                    switch (o.status()) {
                        case ObjectProcessor.Outcome.MISSING -> {
                            code = PERMANENT_FAILURE;
                            text = "NoSuchKey: the object is not in the bucket";
                        }
                        case ObjectProcessor.Outcome.SKIPPED -> {
                            code = SUCCEEDED;
                            text = "skipped: an output of this function";
                        }
                        default -> {
                            code = SUCCEEDED;
                            text = o.verdict() + " " + o.reportKey();
                        }
                    }
                } catch (RuntimeException e) {
                    code = TEMPORARY_FAILURE;
                    text = "S3 fault, to retry: " + e.getClass().getSimpleName() + ": " + e.getMessage();
                }
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("taskId", task.taskId());
            r.put("resultCode", code);
            r.put("resultString", text);
            results.add(r);
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("invocationSchemaVersion", event.get("invocationSchemaVersion"));
        response.put("treatMissingKeysAs", PERMANENT_FAILURE);
        response.put("invocationId", event.get("invocationId"));
        response.put("results", results);
        return response;
    }
}
