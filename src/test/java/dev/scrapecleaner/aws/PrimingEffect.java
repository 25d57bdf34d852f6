package dev.scrapecleaner.aws;

import dev.scrapecleaner.clean.Cleaner;
import dev.scrapecleaner.dedupe.InMemoryDuplicateIndex;
import dev.scrapecleaner.report.ScrapeProcessor;
import dev.scrapecleaner.report.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What priming buys the first events, in a fresh JVM (run by {@code scripts/priming.sh}): primes
 * {@code ROUNDS} times as the handler's init does, then cleans the first ten HTML pages of a
 * folder, as the first events after a SnapStart restore would. Prints
 * {@code PRIMING <rounds> <init ms> <first page ms> <first ten pages ms>}.
 */
public final class PrimingEffect {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        List<Path> pages;
        try (var files = Files.list(dir)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().limit(10).toList();
        }
        if (pages.isEmpty()) throw new IllegalArgumentException("no .html pages in " + dir.toAbsolutePath());
        long start = System.nanoTime();
        Priming.prime(rounds);
        long init = System.nanoTime() - start;
        long first = 0;
        long all = 0;
        for (Path page : pages) {
            byte[] raw = Files.readAllBytes(page);
            long t = System.nanoTime();
            new ScrapeProcessor(new Cleaner(), new InMemoryDuplicateIndex()).process(Source.localFile(page.toString(), raw.length), raw);
            long took = System.nanoTime() - t;
            if (all == 0) first = took;
            all += took;
        }
        System.out.printf("PRIMING %d %d %d %d%n", rounds, init / 1_000_000, first / 1_000_000, all / 1_000_000);
    }
}
