package dev.scrapecleaner.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scrapecleaner.clean.Cleaner;
import dev.scrapecleaner.clean.ScrapeDecoder;
import dev.scrapecleaner.dedupe.InMemoryDuplicateIndex;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every hostile input of {@link HostileCorpus} through the whole core path: each gets a report
 * within its processor-time budget, rejects say why in words, fine pages decode right, nothing throws and
 * the raw bytes are left as they were. Prints one summary line for the README.
 */
class HostileInputTest {
    /**
     * The processor time one input may take on the thread that cleans it. Processor time, not
     * wall-clock time, so that a loaded machine cannot fail the test; generous (the slowest case
     * takes about a second), since the aim is to catch a runaway, not to time the code.
     */
    static final Duration CPU_BUDGET = Duration.ofSeconds(15);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static final ScrapeProcessor CORE = new ScrapeProcessor(
            new Cleaner(new ScrapeDecoder(HostileCorpus.DECODED_CAP)), new InMemoryDuplicateIndex());
    private static final List<String> rows = new ArrayList<>();
    private static final List<String> failed = new ArrayList<>();
    private static int tried;
    private static int rejected;
    private static int cleaned;
    private static long slowestMillis;
    private static long peakHeapMb;

    @TestFactory
    Stream<DynamicTest> everyHostileInputGetsAReport() {
        return HostileCorpus.all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            try {
                run(c);
            } catch (Throwable t) {
                failed.add(c.name() + " (" + t.getClass().getSimpleName() + ")");
                throw t;
            }
        }));
    }

    private static void run(HostileCorpus.Case c) {
        byte[] raw = c.bytes().get();
        byte[] before = raw.clone();
        resetPeaks();
        long start = THREADS.getCurrentThreadCpuTime();
        ProcessedScrape p = CORE.process(Source.localFile("hostile/" + c.name(), raw.length), raw);
        long millis = (THREADS.getCurrentThreadCpuTime() - start) / 1_000_000;
        assertTrue(millis <= CPU_BUDGET.toMillis(), c.name() + " took " + millis + " ms of processor time");
        long heapMb = peakHeapBytes() / (1024 * 1024);
        tried++;

        assertArrayEquals(before, raw, "the raw input was changed");
        Map<String, Object> report = p.report();
        assertNotNull(Json.write(report, true), "the report must serialise");
        @SuppressWarnings("unchecked")
        List<String> reasons = (List<String>) report.get("reasons");
        if (c.expectsReject()) {
            assertEquals("reject", p.verdict(), c.name() + ": " + reasons);
            assertTrue(reasons.contains(c.rejectCode()), c.name() + ": reasons " + reasons);
        }
        if ("reject".equals(p.verdict())) {
            rejected++;
            assertFalse(reasons.isEmpty(), "a reject must say why");
            if (report.get("error") instanceof Map<?, ?> error) {
                assertTrue(((String) error.get("message")).length() > 20, "a sentence a person can act on");
            }
        } else {
            cleaned++;
        }
        c.check().accept(p);
        slowestMillis = Math.max(slowestMillis, millis);
        peakHeapMb = Math.max(peakHeapMb, heapMb);
        rows.add(String.format("  %-46s %-7s %-18s %6d ms cpu %6d MB peak heap", c.name(), p.verdict(),
                reasons.isEmpty() ? "-" : String.join(",", reasons), millis, heapMb));
    }

    @AfterAll
    static void summary() {
        rows.forEach(System.out::println);
        System.out.printf("HOSTILE SUMMARY: %d hostile inputs tried, %d rejected with a reason, %d cleaned, "
                        + "%d failed %s, slowest %d ms of processor time (budget %d s), peak heap %d MB%n",
                tried, rejected, cleaned, failed.size(), failed, slowestMillis, CPU_BUDGET.toSeconds(), peakHeapMb);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peaks since the reset: an upper bound on what the case needed at once. */
    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }
}
