package dev.scrapecleaner.aws;

import dev.scrapecleaner.report.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which S3 objects an event names, whatever wiring delivered it: an S3 notification, an S3 test
 * event, SNS (as a Lambda event or as the envelope SNS writes into SQS), an EventBridge event, an
 * SQS batch of any of these, or an S3 Batch Operations invocation. Local tools use it to stage
 * objects; the handler uses {@link #notified} on each notification it unwraps.
 */
public final class EventShapes {
    private EventShapes() {
    }

    /**
     * The objects the event names (keys decoded); empty for events that name none, such as S3
     * test events. Parts that cannot be read (a malformed SQS body, a task without a key) name no
     * object here; the handler reports them.
     */
    public static List<ObjectRef> objectsIn(Map<String, Object> event) {
        if (SqsMessages.matches(event)) {
            List<ObjectRef> refs = new ArrayList<>();
            for (SqsMessages.Message m : SqsMessages.messages(event)) {
                try {
                    refs.addAll(notified(Json.parseObject(m.body())));
                } catch (IllegalArgumentException unreadable) {
                    // names nothing; the handler acknowledges it and logs an error
                }
            }
            return refs;
        }
        if (BatchOperations.matches(event)) {
            List<ObjectRef> refs = new ArrayList<>();
            for (BatchOperations.Task t : BatchOperations.tasks(event)) {
                if (t.ref() != null) refs.add(t.ref());
            }
            return refs;
        }
        try {
            return notified(event);
        } catch (IllegalArgumentException unrecognised) {
            return List.of();
        }
    }

    /**
     * The objects one notification names: an S3 notification or test event, SNS around one, or
     * an EventBridge S3 event. Throws {@link IllegalArgumentException} for anything else, or for a
     * wrapper whose message is not JSON.
     */
    static List<ObjectRef> notified(Map<String, Object> doc) {
        if (S3Notifications.isTestEvent(doc)) return List.of();
        if (S3Notifications.matches(doc)) return S3Notifications.objects(doc);
        if (EventBridgeEvents.matches(doc)) return EventBridgeEvents.objects(doc);
        if (SnsMessages.isEnvelope(doc)) return notified(Json.parseObject((String) doc.get("Message")));
        if (SnsMessages.matches(doc)) {
            List<ObjectRef> refs = new ArrayList<>();
            for (String message : SnsMessages.messages(doc)) refs.addAll(notified(Json.parseObject(message)));
            return refs;
        }
        throw new IllegalArgumentException("not an S3 notification, SNS message or EventBridge S3 event (keys "
                + doc.keySet() + ")");
    }
}
