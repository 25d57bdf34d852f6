package dev.scrapecleaner.aws;

import com.amazonaws.services.lambda.runtime.Context;
import dev.scrapecleaner.report.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * A batch of SQS messages whose bodies are S3 notifications (sent by S3 to the queue), SNS
 * envelopes of them (S3 to a topic, the topic to the queue), or EventBridge S3 events. The answer
 * is a partial batch response, {@code {"batchItemFailures":[{"itemIdentifier": messageId}]}}, so
 * that only the messages that hit an S3 fault return to the queue; the others are deleted.
 *
 * <p>A body that is not JSON, or not a shape this function knows, is acknowledged with an ERROR
 * log line rather than failed: delivering the same bytes again cannot succeed, and a failed
 * message would cycle until the redrive policy moves it to the dead-letter queue, delaying its
 * neighbours' retries and hiding real faults among noise. A missing object is likewise
 * acknowledged (it has nothing to clean). An S3 test event is acknowledged silently.
 *
 * <p>The messages of a standard queue's batch are cleaned {@value #PARALLEL_OBJECTS} at a time:
 * an object's time is mostly S3 round trips (the index's claims above all), so one invocation
 * waits for several at once instead of one after another. An object of
 * {@value #ALONE_FROM_BYTES} bytes or more, or of unannounced size, is cleaned alone, so that
 * memory stays what one page needs. A FIFO queue's batch keeps its order, one message at a time.
 */
final class SqsMessages {
    /**
     * Objects of a standard queue's batch cleaned at the same time: the template's whole batch. Ten
     * synthetic pages of just under {@link #ALONE_FROM_BYTES} at once took 341 to 424 MB of heap
     * (summed pool peaks) under {@code -Xmx870m}, the 1024 MB function's ({@code scripts/memory.sh}).
     */
    static final int PARALLEL_OBJECTS = 10;
    /** From this announced size an object is cleaned alone: a 10 MB page takes about 250 MB of heap. */
    static final long ALONE_FROM_BYTES = 1 << 20;
    /** Daemon threads for the batch's objects, shared by the invocations of one function instance. */
    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(PARALLEL_OBJECTS, r -> {
        Thread t = new Thread(r, "sqs-object");
        t.setDaemon(true);
        return t;
    });

    /** One message: its id (the batch item identifier), its body, and whether it came from a FIFO queue. */
    record Message(String messageId, String body, boolean fifo) {
    }

    private SqsMessages() {
    }

    static boolean matches(Map<String, Object> event) {
        return event.get("Records") instanceof List<?> records && !records.isEmpty()
                && records.get(0) instanceof Map<?, ?> r && "aws:sqs".equals(r.get("eventSource"));
    }

    static List<Message> messages(Map<String, Object> event) {
        List<Message> messages = new ArrayList<>();
        for (Object rec : (List<?>) event.get("Records")) {
            if (!(rec instanceof Map<?, ?> r)) continue;
            boolean fifo = r.get("attributes") instanceof Map<?, ?> a && a.get("MessageGroupId") != null;
            messages.add(new Message(String.valueOf(r.get("messageId")),
                    r.get("body") instanceof String b ? b : null, fifo));
        }
        return messages;
    }

    /**
     * Handles the batch. In a FIFO queue, once a message fails every later message is reported
     * failed unprocessed, as Lambda requires, so that order within a message group holds.
     */
    static Map<String, Object> handle(Map<String, Object> event, ObjectWork work, Context context) {
        List<Message> messages = messages(event);
        boolean fifo = messages.stream().anyMatch(Message::fifo);
        return response(fifo || messages.size() < 2 ? inOrder(messages, work, context) : atOnce(messages, work, context));
    }

    /** One message after another; in a FIFO queue, every message after a failed one fails unprocessed. */
    private static List<Object> inOrder(List<Message> messages, ObjectWork work, Context context) {
        List<Object> failures = new ArrayList<>();
        boolean fifoBlocked = false;
        for (Message m : messages) {
            if (fifoBlocked) {
                failures.add(Map.of("itemIdentifier", m.messageId()));
                continue;
            }
            List<ObjectRef> refs = refs(m, context);
            if (refs != null && !processAll(refs, work, context, null)) {
                failures.add(Map.of("itemIdentifier", m.messageId()));
                fifoBlocked = m.fifo();
            }
        }
        return failures;
    }

    /** The messages on {@link #WORKERS}, each object holding one of {@link #PARALLEL_OBJECTS} permits, or all of them. */
    private static List<Object> atOnce(List<Message> messages, ObjectWork work, Context context) {
        Semaphore permits = new Semaphore(PARALLEL_OBJECTS, true);
        List<Future<Boolean>> done = new ArrayList<>();
        for (Message m : messages) {
            List<ObjectRef> refs = refs(m, context);
            done.add(refs == null ? CompletableFuture.completedFuture(true)
                    : WORKERS.submit(() -> processAll(refs, work, context, permits)));
        }
        List<Object> failures = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            if (!succeeded(done.get(i))) failures.add(Map.of("itemIdentifier", messages.get(i).messageId()));
        }
        return failures;
    }

    private static boolean succeeded(Future<Boolean> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            // An Error (out of memory) fails the invocation as it would on one thread.
            if (e.getCause() instanceof Error err) throw err;
            return false;
        }
    }

    /** The objects a message names, or null when it names none this function can read (logged). */
    private static List<ObjectRef> refs(Message m, Context context) {
        try {
            if (m.body() == null) throw new IllegalArgumentException("the message has no body");
            return EventShapes.notified(Json.parseObject(m.body()));
        } catch (IllegalArgumentException | ClassCastException e) {
            LogLines.log(context, unreadable(m, e));
            return null;
        }
    }

    /** Cleans a message's objects; false when one hit an S3 fault. With {@code permits}, large objects go alone. */
    private static boolean processAll(List<ObjectRef> refs, ObjectWork work, Context context, Semaphore permits) {
        boolean ok = true;
        for (ObjectRef ref : refs) {
            int need = ref.size() < 0 || ref.size() >= ALONE_FROM_BYTES ? PARALLEL_OBJECTS : 1;
            if (permits != null && !acquired(permits, need)) return false; // not cleaned: the message returns to the queue
            try {
                work.process(ref, context);
            } catch (RuntimeException e) {
                ok = false;
            } finally {
                if (permits != null) permits.release(need);
            }
        }
        return ok;
    }

    private static boolean acquired(Semaphore permits, int need) {
        try {
            permits.acquire(need);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Map<String, Object> response(List<Object> failures) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("batchItemFailures", failures);
        return response;
    }

    private static Map<String, Object> unreadable(Message m, RuntimeException e) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("level", "ERROR");
        line.put("messageId", m.messageId());
        line.put("status", "unreadable");
        line.put("error", e.getMessage());
        line.put("action", "acknowledged: delivering the same body again cannot succeed");
        return line;
    }
}
