package dev.scrapecleaner.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scrapecleaner.report.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** How a batch of SQS messages is worked through: at once for a standard queue, in order for a FIFO one. */
class SqsMessagesTest {
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final List<String> started = new CopyOnWriteArrayList<>();
    private final List<String> overlaps = new CopyOnWriteArrayList<>();

    @Test
    void aStandardQueuesBatchIsCleanedUpToParallelObjectsAtATime() {
        // Each object waits for the others of its wave: the batch only finishes if a whole wave runs at the same moment.
        CyclicBarrier wave = new CyclicBarrier(SqsMessages.PARALLEL_OBJECTS);
        int objects = 2 * SqsMessages.PARALLEL_OBJECTS;
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < objects; i++) records.add(message("m" + i, "page-" + i + ".html", 40_000, false));

        Map<String, Object> response = SqsMessages.handle(Map.of("Records", records), (ref, context) -> {
            enter(ref.key());
            try {
                wave.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                throw new IllegalStateException("fewer than PARALLEL_OBJECTS objects ran at once", e);
            } finally {
                inFlight.decrementAndGet();
            }
            return null;
        }, QuietContext.create());

        assertEquals(List.of(), response.get("batchItemFailures"));
        assertEquals(objects, started.size());
        assertEquals(SqsMessages.PARALLEL_OBJECTS, mostInFlight.get());
    }

    @Test
    void aLargeObjectOrOneOfUnannouncedSizeIsCleanedAlone() {
        List<Map<String, Object>> records = List.of(message("m0", "small-0.html", 40_000, false),
                message("m1", "large.html", 5 << 20, false), message("m2", "small-2.html", 40_000, false),
                message("m3", "unannounced.html", -1, false), message("m4", "small-4.html", 40_000, false),
                message("m5", "small-5.html", 40_000, false));

        Map<String, Object> response = SqsMessages.handle(Map.of("Records", records), (ref, context) -> {
            int others = enter(ref.key()) - 1;
            if (!ref.key().startsWith("small") && others > 0) overlaps.add(ref.key() + " began beside " + others);
            pause(30);
            if (!ref.key().startsWith("small") && inFlight.get() > 1) overlaps.add(ref.key() + " was joined");
            inFlight.decrementAndGet();
            return null;
        }, QuietContext.create());

        assertEquals(List.of(), response.get("batchItemFailures"));
        assertEquals(6, started.size());
        assertEquals(List.of(), overlaps);
        assertTrue(mostInFlight.get() > 1, "the small objects still ran side by side");
    }

    @Test
    void onlyTheMessagesWhoseObjectsHitAFaultFailAndAnUnreadableOneIsAcknowledged() {
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < 5; i++) records.add(message("m" + i, "page-" + i + ".html", 40_000, false));
        Map<String, Object> unreadable = new LinkedHashMap<>(records.get(4));
        unreadable.put("messageId", "not-json");
        unreadable.put("body", "{not json");
        records.add(unreadable);

        Map<String, Object> response = SqsMessages.handle(Map.of("Records", records), (ref, context) -> {
            if (ref.key().equals("page-1.html") || ref.key().equals("page-3.html")) throw new IllegalStateException("S3 fault");
            return null;
        }, QuietContext.create());

        assertEquals(List.of(Map.of("itemIdentifier", "m1"), Map.of("itemIdentifier", "m3")), response.get("batchItemFailures"));
    }

    @Test
    void aFifoBatchIsCleanedInOrderOneAtATime() {
        List<Map<String, Object>> records = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            keys.add("page-" + i + ".html");
            records.add(message("m" + i, keys.get(i), 40_000, true));
        }

        Map<String, Object> response = SqsMessages.handle(Map.of("Records", records), (ref, context) -> {
            enter(ref.key());
            pause(10);
            inFlight.decrementAndGet();
            return null;
        }, QuietContext.create());

        assertEquals(List.of(), response.get("batchItemFailures"));
        assertEquals(keys, started);
        assertEquals(1, mostInFlight.get());
    }

    /** Counts an object in; returns how many are in flight with it. */
    private int enter(String key) {
        started.add(key);
        int now = inFlight.incrementAndGet();
        mostInFlight.accumulateAndGet(now, Math::max);
        return now;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An SQS record whose body is S3's notification of one object ({@code size} -1: not announced). */
    static Map<String, Object> message(String id, String key, long size, boolean fifo) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("key", key);
        if (size >= 0) object.put("size", size);
        Map<String, Object> notification = Map.of("Records", List.of(Map.of("eventSource", "aws:s3",
                "eventName", "ObjectCreated:Put", "s3", Map.of("bucket", Map.of("name", "raw"), "object", object))));
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("messageId", id);
        record.put("eventSource", "aws:sqs");
        record.put("body", Json.write(notification, false));
        if (fifo) record.put("attributes", Map.of("MessageGroupId", "g1"));
        return record;
    }
}
