package dev.scrapecleaner.aws;

import java.util.List;
import java.util.Map;

/**
 * S3 events routed by EventBridge ({@code source: aws.s3}). Unlike S3 notifications, the key in
 * {@code detail.object.key} is the key itself, not URL-encoded, so it is used as it is: decoding
 * it would turn a literal '+' into a space and name the wrong object.
 */
final class EventBridgeEvents {
    static final String OBJECT_CREATED = "Object Created";

    private EventBridgeEvents() {
    }

    static boolean matches(Map<String, Object> event) {
        return "aws.s3".equals(event.get("source")) && event.get("detail-type") instanceof String
                && event.get("detail") instanceof Map;
    }

    /** The created object; other S3 event types (a rule that routes too much) name none. */
    static List<ObjectRef> objects(Map<String, Object> event) {
        if (!OBJECT_CREATED.equals(event.get("detail-type"))) return List.of();
        Map<?, ?> detail = (Map<?, ?>) event.get("detail");
        if (!(detail.get("bucket") instanceof Map<?, ?> bucket) || !(bucket.get("name") instanceof String name)
                || !(detail.get("object") instanceof Map<?, ?> object) || !(object.get("key") instanceof String key)) {
            throw new IllegalArgumentException("an EventBridge S3 event without detail.bucket.name or detail.object.key");
        }
        Object size = object.get("size");
        return List.of(new ObjectRef(name, key, (String) object.get("version-id"), (String) object.get("etag"),
                size instanceof Number n ? n.longValue() : -1));
    }
}
