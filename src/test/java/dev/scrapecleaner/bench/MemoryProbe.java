package dev.scrapecleaner.bench;

import dev.scrapecleaner.dedupe.InMemoryDuplicateIndex;
import dev.scrapecleaner.clean.Cleaner;
import dev.scrapecleaner.clean.ScrapeDecoder;
import dev.scrapecleaner.report.ProcessedScrape;
import dev.scrapecleaner.report.ScrapeProcessor;
import dev.scrapecleaner.report.Source;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Cleans one synthetic news page of a given size in this JVM and prints the peak heap it took
 * (run by {@code scripts/memory.sh}, which also reads the process's peak RSS). The page is an
 * article of many paragraphs inside the usual chrome: navigation, a related-stories rail of
 * teaser cards, share bars and a footer, repeated to the size asked for. A second argument cleans
 * that many copies at once, on as many threads, as a standard SQS batch is cleaned. With
 * {@code lines N} it cleans a text dump of N identical lines instead. Prints
 * {@code MEMORY <bytes> <peak heap MB> <ms> <paragraphs> <verdict>} (paragraphs of one copy).
 */
public final class MemoryProbe {
    public static void main(String[] args) throws Exception {
        boolean dump = args[0].equals("lines");
        int bytes = dump ? 0 : Integer.parseInt(args[0]);
        int copies = dump ? 1 : args.length > 1 ? Integer.parseInt(args[1]) : 1;
        byte[] page = dump ? dump(Integer.parseInt(args[1])) : page(bytes);
        long t = System.nanoTime();
        ScrapeProcessor processor = new ScrapeProcessor(new Cleaner(new ScrapeDecoder(64L << 20)), new InMemoryDuplicateIndex());
        ExecutorService threads = Executors.newFixedThreadPool(copies);
        List<Future<ProcessedScrape>> cleaned = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            String name = "synthetic-" + i + (dump ? ".txt" : ".html");
            cleaned.add(threads.submit(() -> processor.process(Source.localFile(name, page.length), page)));
        }
        ProcessedScrape p = null;
        for (Future<ProcessedScrape> f : cleaned) p = f.get();
        threads.shutdown();
        long ms = (System.nanoTime() - t) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        String reasons = String.valueOf(p.report().get("reasons")).replace(" ", "");
        System.out.printf("MEMORY %d %d %d %d %s%s%n", page.length, peak >> 20, ms, p.result().article().paragraphs().size(),
                p.verdict(), "reject".equals(p.verdict()) ? reasons : "");
    }

    static byte[] page(int size) {
        StringBuilder sb = new StringBuilder(size + 4096);
        sb.append("<!doctype html><html lang=en><head><meta charset=utf-8><title>Harbour report | Example News</title></head><body>");
        sb.append("<nav><ul>");
        for (int i = 0; i < 30; i++) sb.append("<li><a href=/section/").append(i).append(">Section ").append(i).append("</a></li>");
        sb.append("</ul></nav><main><article><h1>Harbour report</h1>");
        String rail = railOf(12);
        int n = 0;
        while (sb.length() < size - 2000) {
            sb.append("<p>Paragraph ").append(n++).append(" of the report: the council met again on Tuesday to discuss the")
                    .append(" harbour plan, and residents asked about noise, traffic and the cost of the new quay, which")
                    .append(" the engineers said would be known by the spring.</p>");
            if (n % 40 == 0) sb.append("<div class=share-bar><a href=#>Share</a> <a href=#>Tweet</a></div>").append(rail);
        }
        sb.append("</article></main><footer><p>© 2026 Example News. All rights reserved.</p></footer></body></html>");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A text dump of {@code lines} identical lines, as a scraper stuck on one line writes it. */
    static byte[] dump(int lines) {
        return "A line of the dump that repeats itself, as a broken scraper writes it\n".repeat(lines)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String railOf(int cards) {
        StringBuilder sb = new StringBuilder("<aside class=related><h3>Related stories</h3>");
        for (int i = 0; i < cards; i++) {
            sb.append("<div class=card><h4><a href=/story/").append(i).append(">Another story about the coast, number ").append(i)
                    .append("</a></h4><p>A short summary of that other story, which is not part of this one.</p></div>");
        }
        return sb.append("</aside>").toString();
    }
}
