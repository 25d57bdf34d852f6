package dev.scrapecleaner.bench;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import dev.scrapecleaner.clean.Cleaner;
import dev.scrapecleaner.clean.ScrapeDecoder;
import dev.scrapecleaner.dedupe.Fingerprinter;
import dev.scrapecleaner.dedupe.InMemoryDuplicateIndex;
import dev.scrapecleaner.eval.ShingleScore;
import dev.scrapecleaner.report.ProcessedScrape;
import dev.scrapecleaner.report.ScrapeProcessor;
import dev.scrapecleaner.report.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;

/**
 * Quality and speed of the whole path (clean, fingerprint and index, report) against the Java
 * peers, on the same pages, in one JVM, one thread: jsoup's parse alone (the floor), boilerpipe's
 * ArticleExtractor and Readability4J. Each system gets a warm-up pass (the one that scores it),
 * then {@value #WARM_UP_ROUNDS} untimed rounds in turn, then the systems are timed in turn on each
 * page, for several rounds. The table gives F1 / P / R
 * by the benchmark's metric, documents and MB per second, per-page p50 and p99, and the time
 * relative to the jsoup floor. Run: {@code mvn -q -Pbench test-compile exec:java}
 * (arguments with {@code -Dexec.args="EVAL_DIR ROUNDS"}; default {@code ../shared/eval/dev 3}).
 */
public final class ThroughputBenchmark {
    /** Untimed rounds of all systems in turn, after the scoring pass. */
    private static final int WARM_UP_ROUNDS = 3;
    /** A page as stored: every system starts from the bytes, as the function does, and decodes them itself. */
    private record Page(String id, byte[] raw, String truth) {
        String html() {
            return new String(raw, StandardCharsets.UTF_8);
        }
    }

    private record Row(String system, ShingleScore score, double docsPerSec, double mbPerSec, double p50, double p99,
                       double meanMs) {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/eval/dev");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        if (!Files.isDirectory(dir)) {
            System.err.println("No evaluation set at " + dir.toAbsolutePath() + ": pass its folder as the first argument.");
            System.exit(2);
        }
        List<Page> html = load(dir, false);
        List<Page> text = load(dir, true);
        Cleaner cleaner = new Cleaner();
        // The same path without the content model: what the model and its features cost, timed in the same turns.
        Cleaner rulesOnly = new Cleaner(new ScrapeDecoder(), null, null);
        List<String> names = List.of("jsoup: UTF-8 decode + parse (floor)", "scrape-cleaner (clean + dedupe + report)",
                "scrape-cleaner, rules alone (no content model)", "boilerpipe 1.1.0 ArticleExtractor", "Readability4J 1.0.8");
        List<Function<Page, String>> systems = List.of(p -> {
            Jsoup.parse(p.html());
            return null;
        }, wholePath(cleaner), wholePath(rulesOnly), p -> {
            try {
                return ArticleExtractor.INSTANCE.getText(p.html());
            } catch (Exception e) {
                return "";
            }
        }, p -> {
            try {
                return new Readability4J("https://example.org/" + p.id(), p.html()).parse().getTextContent();
            } catch (RuntimeException e) {
                return "";
            }
        });
        List<Row> rows = runInTurn(names, systems, html, rounds);
        List<Row> textRows = runInTurn(List.of("scrape-cleaner on text dumps", "scrape-cleaner on text dumps, rules alone"),
                List.of(wholePath(cleaner), wholePath(rulesOnly)), text, rounds);

        double floor = rows.get(0).meanMs();
        StringBuilder md = new StringBuilder();
        md.append(String.format("HTML: %d pages, %.1f MB; text dumps: %d pages, %.1f MB; %d timed rounds after %d untimed ones; one thread; %s, %d cores%n%n",
                html.size(), mb(html), text.size(), mb(text), rounds, WARM_UP_ROUNDS + 1, System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.version"), Runtime.getRuntime().availableProcessors()));
        md.append("| system | F1 | P | R | docs/s | MB/s | p50 ms | p99 ms | time vs jsoup parse |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) md.append(line(r, floor));
        for (Row r : textRows) md.append(line(r, Double.NaN));
        md.append(fingerprintCost(cleaner, html));
        System.out.print(md);
        Path out = Path.of("target", "bench", "throughput.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString());
        System.out.println("(written to " + out + ")");
    }

    private static Function<Page, String> wholePath(Cleaner cleaner) {
        return p -> {
            ScrapeProcessor processor = new ScrapeProcessor(cleaner, new InMemoryDuplicateIndex());
            ProcessedScrape s = processor.process(Source.localFile(p.id(), p.raw().length), p.raw());
            return s.result().article().text();
        };
    }

    /**
     * Scores each system on every page (its warm-up pass), then times them in turn, page by page:
     * every system meets the same moments of the machine, and none is timed while another's code
     * is still being compiled.
     */
    private static List<Row> runInTurn(List<String> names, List<Function<Page, String>> systems, List<Page> pages, int rounds) {
        int n = systems.size();
        List<ShingleScore> scores = new ArrayList<>();
        for (Function<Page, String> extract : systems) {
            ShingleScore score = new ShingleScore();
            for (Page p : pages) {
                String body = extract.apply(p);
                if (body != null) score.add(p.truth(), body);
            }
            scores.add(score);
        }
        // Untimed rounds in turn first: the JIT settles every system's code before the clock runs.
        for (int r = 0; r < WARM_UP_ROUNDS; r++) {
            for (Page p : pages) {
                for (Function<Page, String> system : systems) system.apply(p);
            }
        }
        double[][] perPage = new double[n][pages.size() * rounds];
        long[] total = new long[n];
        int k = 0;
        for (int r = 0; r < rounds; r++) {
            for (Page p : pages) {
                for (int s = 0; s < n; s++) {
                    long t = System.nanoTime();
                    systems.get(s).apply(p);
                    long dt = System.nanoTime() - t;
                    total[s] += dt;
                    perPage[s][k] = dt / 1e6;
                }
                k++;
            }
        }
        List<Row> rows = new ArrayList<>();
        double docs = pages.size() * (double) rounds;
        for (int s = 0; s < n; s++) {
            Arrays.sort(perPage[s]);
            double secs = total[s] / 1e9;
            ShingleScore score = scores.get(s);
            rows.add(new Row(names.get(s), score.pages() == 0 ? null : score, docs / secs, mb(pages) * rounds / secs,
                    perPage[s][(int) (perPage[s].length * 0.5)],
                    perPage[s][Math.min(perPage[s].length - 1, (int) (perPage[s].length * 0.99))], total[s] / 1e6 / docs));
        }
        return rows;
    }

    /** Fingerprinting alone, against cleaning alone, on the same articles. */
    private static String fingerprintCost(Cleaner cleaner, List<Page> pages) {
        List<String> texts = new ArrayList<>();
        long clean = 0;
        for (Page p : pages) {
            long t = System.nanoTime();
            texts.add(cleaner.clean(p.raw()).article().text());
            clean += System.nanoTime() - t;
        }
        long fp = 0;
        for (int r = 0; r < 3; r++) {
            for (String t : texts) {
                long s = System.nanoTime();
                Fingerprinter.of(t);
                fp += System.nanoTime() - s;
            }
        }
        return String.format("%nFingerprinting (SHA-256 + MinHash) costs %.1f%% of cleaning time on these pages (%.3f ms vs %.2f ms a page).%n",
                100.0 * fp / 3 / clean, fp / 3 / 1e6 / pages.size(), clean / 1e6 / pages.size());
    }

    private static String line(Row r, double floorMs) {
        String quality = r.score() == null ? "– | – | –" : String.format("%.3f | %.3f | %.3f", r.score().f1(),
                r.score().precision(), r.score().recall());
        String ratio = Double.isNaN(floorMs) ? "–" : String.format("%.1fx", r.meanMs() / floorMs);
        return String.format("| %s | %s | %.1f | %.2f | %.2f | %.2f | %s |%n", r.system(), quality, r.docsPerSec(),
                r.mbPerSec(), r.p50(), r.p99(), ratio);
    }

    private static double mb(List<Page> pages) {
        return pages.stream().mapToLong(p -> p.raw().length).sum() / 1e6;
    }

    private static List<Page> load(Path dir, boolean textDumps) throws IOException {
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path truth : files.filter(f -> f.getFileName().toString().endsWith(".truth.txt")).sorted().toList()) {
                String name = truth.getFileName().toString();
                String id = name.substring(0, name.length() - ".truth.txt".length());
                Path raw = textDumps ? dir.resolve("text").resolve(id + ".scrape.txt") : dir.resolve(id + ".html");
                byte[] bytes = Files.readAllBytes(raw);
                pages.add(new Page(id, bytes, Files.readString(truth)));
            }
        }
        return pages;
    }
}
