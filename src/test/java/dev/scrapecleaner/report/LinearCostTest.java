package dev.scrapecleaner.report;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.scrapecleaner.clean.Cleaner;
import dev.scrapecleaner.clean.ScrapeDecoder;
import dev.scrapecleaner.dedupe.InMemoryDuplicateIndex;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every stage's cost grows with the input, not faster: an input and one four times its size are
 * processed (decode, clean, report) and the bytes allocated on the processing thread compared.
 * Allocation counts the work done whatever the load on the machine; a quadratic stage would
 * multiply it by 16, a linear one by 4, and the bar is 5. The thread's processor time is held to
 * a wider bar, for a quadratic stage that would not allocate.
 */
class LinearCostTest {
    /** How much more 4x the input may cost: linear (4x) with room for fixed costs' share shrinking the other way. */
    static final double MAX_GROWTH = 5.0;
    /** The same for processor time, which a busy machine blurs: still well under a quadratic stage's 16x. */
    static final double MAX_CPU_GROWTH = 9.0;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final ScrapeProcessor CORE = new ScrapeProcessor(new Cleaner(new ScrapeDecoder()), new InMemoryDuplicateIndex());
    private static final List<String> rows = new ArrayList<>();

    @BeforeAll
    static void warmUp() {
        assumeTrue(THREADS.isThreadAllocatedMemorySupported(), "this JVM does not count a thread's allocations: skipped");
        THREADS.setThreadAllocatedMemoryEnabled(true);
        // Models, classes and caches load once: not a cost of the input.
        for (int i = 0; i < 2; i++) {
            cost(lines(2_000));
            cost(distinctLines(2_000));
            cost(paragraphs(1_000));
            cost(nested(1_000));
        }
    }

    @Test
    void aTextDumpsCostGrowsLinearlyWithItsLines() {
        check("text dump, identical lines", 5_000, LinearCostTest::lines);
        check("text dump, distinct lines", 5_000, LinearCostTest::distinctLines);
    }

    @Test
    void anHtmlPagesCostGrowsLinearlyWithItsElements() {
        check("html, flat paragraphs", 2_000, LinearCostTest::paragraphs);
        check("html, nested divs", 2_000, LinearCostTest::nested);
    }

    private static void check(String shape, int n, IntFunction<byte[]> input) {
        long[] small = cost(input.apply(n));
        long[] large = cost(input.apply(4 * n));
        double growth = large[0] / (double) small[0];
        double cpuGrowth = large[1] / (double) Math.max(1, small[1]);
        rows.add(String.format("  %-28s n=%,d: %,d KB allocated, 4n: %,d KB, growth %.2fx (processor time %.1fx)",
                shape, n, small[0] >> 10, large[0] >> 10, growth, cpuGrowth));
        assertTrue(growth <= MAX_GROWTH, shape + ": " + small[0] + " bytes allocated for n=" + n + ", " + large[0]
                + " for 4n: " + String.format("%.2f", growth) + "x, more than linear");
        // Processor time catches a quadratic stage that allocates nothing (16x); noisier, so the bar is wider.
        assertTrue(cpuGrowth <= MAX_CPU_GROWTH, shape + ": processor time grew " + String.format("%.2f", cpuGrowth) + "x for 4n");
    }

    /** Bytes allocated and processor nanoseconds spent on this thread to process {@code raw}. */
    private static long[] cost(byte[] raw) {
        long bytes = THREADS.getCurrentThreadAllocatedBytes();
        long cpu = THREADS.getCurrentThreadCpuTime();
        ProcessedScrape p = CORE.process(Source.localFile("linear-cost", raw.length), raw);
        long[] cost = {THREADS.getCurrentThreadAllocatedBytes() - bytes, THREADS.getCurrentThreadCpuTime() - cpu};
        assertTrue(p.report() != null);
        return cost;
    }

    static byte[] lines(int n) {
        return "A line of the dump that repeats itself, as a broken scraper writes it.\n".repeat(n)
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] distinctLines(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("Line ").append(i).append(" of the dump says something of its own, number ").append(i * 7919 % 10007)
                    .append(i % 5 == 0 ? ".\n" : " and goes on a little longer than the others do.\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] paragraphs(int n) {
        StringBuilder sb = new StringBuilder("<html><head><title>T</title></head><body><article>");
        for (int i = 0; i < n; i++) sb.append("<p>Paragraph ").append(i).append(" of the article, with a few words.</p>");
        return sb.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] nested(int n) {
        StringBuilder sb = new StringBuilder("<html><body>");
        for (int i = 0; i < n; i++) sb.append("<div>level ").append(i).append(' ');
        return sb.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    @AfterAll
    static void summary() {
        System.out.println("LINEAR COST: bytes allocated to process n and 4n (bar " + MAX_GROWTH + "x)");
        rows.forEach(System.out::println);
    }
}
