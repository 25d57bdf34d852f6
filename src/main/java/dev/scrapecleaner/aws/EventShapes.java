package dev.scrapecleaner.aws;

import java.util.List;
import java.util.Map;

/** Which S3 objects an event names, whatever wiring delivered it; used by local tools to stage objects. */
public final class EventShapes {
    private EventShapes() {
    }

    /** The objects the event names (keys decoded); empty for events that name none, such as S3 test events. */
    public static List<ObjectRef> objectsIn(Map<String, Object> event) {
        if (S3Notifications.matches(event)) return S3Notifications.objects(event);
        return List.of();
    }
}
