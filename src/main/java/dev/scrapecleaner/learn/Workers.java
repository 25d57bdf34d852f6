package dev.scrapecleaner.learn;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * A fixed set of threads that run numbered tasks. Each task writes only its own part of the
 * results and every reduction happens afterwards on the calling thread, so what training computes
 * never depends on which thread ran a task, nor on how many threads there are.
 */
final class Workers implements AutoCloseable {
    private final ExecutorService helpers;
    private final int helperCount;

    /** Uses up to {@code threads} threads in all, the calling thread included. */
    Workers(int threads) {
        this.helperCount = Math.max(0, threads - 1);
        this.helpers = helperCount == 0 ? null : Executors.newFixedThreadPool(helperCount, task -> {
            Thread t = new Thread(task, "gbt-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code task} for every index in [0, count) and returns once all have finished. */
    void forEach(int count, IntConsumer task) {
        if (helpers == null || count <= 1) {
            for (int i = 0; i < count; i++) task.accept(i);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Runnable drain = () -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) task.accept(i);
        };
        int started = Math.min(helperCount, count - 1);
        Future<?>[] running = new Future<?>[started];
        for (int h = 0; h < started; h++) running[h] = helpers.submit(drain);
        RuntimeException failure = null;
        try {
            drain.run();
        } catch (RuntimeException e) {
            failure = e;
            next.set(count);
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (failure == null) failure = new IllegalStateException("training task failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (failure == null) failure = new IllegalStateException("interrupted while training", e);
            }
        }
        if (failure != null) throw failure;
    }

    @Override
    public void close() {
        if (helpers != null) helpers.shutdownNow();
    }
}
