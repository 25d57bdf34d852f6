package dev.scrapecleaner.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import dev.scrapecleaner.report.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sample events in events/ parse as Lambda's own types do, and the handler reads the same objects from them. */
class EventFilesTest {
    private static final Path PUT = Path.of("events", "s3-put.json");

    @Test
    void s3PutLoadsWithEventLoaderAndKeysDecodeLikeS3Encodes() throws IOException {
        S3Event event = EventLoader.loadS3Event(PUT.toString());
        String rawKey = event.getRecords().get(0).getS3().getObject().getKey();
        assertEquals("scrapes/2026-03-02/Z%C3%BCrich+river+report.txt", rawKey);
        assertEquals("scrapes/2026-03-02/Zürich river report.txt", S3Notifications.decodeKey(rawKey));
        assertEquals("scrapes/2026-03-02/Zürich river report.txt",
                event.getRecords().get(0).getS3().getObject().getUrlDecodedKey());

        List<ObjectRef> refs = EventShapes.objectsIn(Json.parseObject(Files.readString(PUT)));
        assertEquals(event.getRecords().size(), refs.size());
        for (int i = 0; i < refs.size(); i++) {
            var o = event.getRecords().get(i).getS3().getObject();
            assertEquals(o.getUrlDecodedKey(), refs.get(i).key());
            assertEquals(o.getSizeAsLong().longValue(), refs.get(i).size());
            assertEquals(o.geteTag(), refs.get(i).etag());
            assertEquals(event.getRecords().get(i).getS3().getBucket().getName(), refs.get(i).bucket());
        }
    }

    @Test
    void decodingHandlesPlusPercentAndLiteralPlus() {
        assertEquals("a b/c+d.txt", S3Notifications.decodeKey("a+b/c%2Bd.txt"));
        assertEquals("ünï côdé", S3Notifications.decodeKey("%C3%BCn%C3%AF+c%C3%B4d%C3%A9"));
    }

    @Test
    void sampleObjectsExistForEveryKeyTheEventNames() throws IOException {
        for (ObjectRef ref : EventShapes.objectsIn(Json.parseObject(Files.readString(PUT)))) {
            String name = ref.key().substring(ref.key().lastIndexOf('/') + 1);
            Path file = Path.of("events", "raw", name);
            assertEquals(ref.size(), Files.size(file), "size in the event must match " + file);
        }
    }
}
