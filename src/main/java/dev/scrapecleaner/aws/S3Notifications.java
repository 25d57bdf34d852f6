package dev.scrapecleaner.aws;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the objects named by an S3 event notification ({@code Records[].s3}), keys URL-decoded. */
final class S3Notifications {
    private S3Notifications() {
    }

    static boolean matches(Map<String, Object> event) {
        if (!(event.get("Records") instanceof List<?> records) || records.isEmpty()) return false;
        return records.get(0) instanceof Map<?, ?> r && r.get("s3") instanceof Map;
    }

    /** The S3 test event that S3 sends when a notification is configured; it names no object. */
    static boolean isTestEvent(Map<String, Object> event) {
        return "s3:TestEvent".equals(event.get("Event"));
    }

    static List<ObjectRef> objects(Map<String, Object> event) {
        List<ObjectRef> refs = new ArrayList<>();
        for (Object rec : (List<?>) event.get("Records")) {
            if (!(rec instanceof Map<?, ?> r) || !(r.get("s3") instanceof Map<?, ?> s3)) {
                throw new IllegalArgumentException("a record without an 's3' object");
            }
            Map<?, ?> bucket = (Map<?, ?>) s3.get("bucket");
            Map<?, ?> object = (Map<?, ?>) s3.get("object");
            if (bucket == null || object == null || bucket.get("name") == null || object.get("key") == null) {
                throw new IllegalArgumentException("a record without s3.bucket.name or s3.object.key");
            }
            Object size = object.get("size");
            refs.add(new ObjectRef((String) bucket.get("name"), decodeKey((String) object.get("key")),
                    (String) object.get("versionId"), (String) object.get("eTag"),
                    size instanceof Number n ? n.longValue() : -1));
        }
        return refs;
    }

    /** S3 event keys are URL-encoded, with '+' for a space. */
    static String decodeKey(String key) {
        return URLDecoder.decode(key, StandardCharsets.UTF_8);
    }
}
