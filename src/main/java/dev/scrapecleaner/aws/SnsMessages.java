package dev.scrapecleaner.aws;

import java.util.List;
import java.util.Map;

/**
 * SNS fan-out: the Lambda event SNS delivers ({@code Records[].Sns.Message}) and the envelope SNS
 * writes into an SQS queue ({@code Type: Notification}, {@code Message}). Either way the message is
 * a string holding the notification S3 published to the topic.
 */
final class SnsMessages {
    private SnsMessages() {
    }

    /** A Lambda SNS event: {@code Records[]} whose first record carries an {@code Sns} object. */
    static boolean matches(Map<String, Object> event) {
        return event.get("Records") instanceof List<?> records && !records.isEmpty()
                && records.get(0) instanceof Map<?, ?> r && r.get("Sns") instanceof Map;
    }

    /** The SNS envelope of a message delivered to SQS without raw message delivery. */
    static boolean isEnvelope(Map<String, Object> doc) {
        return "Notification".equals(doc.get("Type")) && doc.get("Message") instanceof String
                && doc.containsKey("TopicArn");
    }

    /** The published message of each record of a Lambda SNS event, in order. */
    static List<String> messages(Map<String, Object> event) {
        return ((List<?>) event.get("Records")).stream().map(rec -> {
            if (!(rec instanceof Map<?, ?> r) || !(r.get("Sns") instanceof Map<?, ?> sns)
                    || !(sns.get("Message") instanceof String message)) {
                throw new IllegalArgumentException("an SNS record without Sns.Message");
            }
            return message;
        }).toList();
    }
}
