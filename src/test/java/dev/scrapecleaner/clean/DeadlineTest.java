package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeadlineTest {
    static final byte[] PAGE = ("<html><body><article><h1>A headline</h1>"
            + "<p>A paragraph of the article that is long enough to count as prose, with a full stop.</p>".repeat(20)
            + "</article></body></html>").getBytes(StandardCharsets.UTF_8);

    @Test
    void aPassedDeadlineStopsCleaningWithATimeBudgetProblem() {
        CleanResult r = new Cleaner().clean(PAGE, Deadline.in(Duration.ZERO));

        assertEquals("time-budget", r.input().problem().code());
        assertTrue(r.input().problem().message().contains("'parse' stage"), r.input().problem().message());
        assertTrue(r.article().isEmpty());
    }

    @Test
    void aDeadlineThatPassesMidwayStopsInsideALongStage() {
        StringBuilder deep = new StringBuilder("<html><body>");
        for (int i = 0; i < 100_000; i++) deep.append("<div>level ");
        byte[] page = deep.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();

        CleanResult r = new Cleaner().clean(page, Deadline.in(Duration.ofMillis(30)));

        assertEquals("time-budget", r.input().problem().code());
        // Processor time, which a loaded machine does not stretch: the stage stopped, it did not run on.
        long cpuMillis = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
        assertTrue(cpuMillis < 5_000, "stopped long after the deadline: " + cpuMillis + " ms of processor time");
    }

    @Test
    void noDeadlineAndAFarDeadlineCleanAsUsual() {
        assertFalse(Deadline.none().passed());
        CleanResult far = new Cleaner().clean(PAGE, Deadline.in(Duration.ofMinutes(1)));
        assertNull(far.input().problem());
        assertEquals(new Cleaner().clean(PAGE).article(), far.article());
    }
}
