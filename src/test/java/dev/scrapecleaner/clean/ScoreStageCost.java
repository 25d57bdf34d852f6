package dev.scrapecleaner.clean;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the content model's time goes on a folder's pages: the blocks' feature rows, the first stage's
 * trees, and the second stage's rows (neighbours' and containers' scores) and trees, in milliseconds of
 * the thread's processor time a page. The pages are parsed and classified by the rules once; each part
 * is then timed over them for several rounds after untimed ones, so that what is printed is compiled
 * code's cost, not the rest of the path's. The throughput benchmark gives the whole path; this says
 * which part of the model's share to work on. Run: {@code mvn -q -Pbench test-compile exec:java
 * -Dexec.mainClass=dev.scrapecleaner.clean.ScoreStageCost -Dexec.args="../shared/eval/dev"}.
 */
public final class ScoreStageCost {
    private static final int WARM_UP_ROUNDS = 100;
    private static final int TIMED_ROUNDS = 30;

    private ScoreStageCost() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/eval/dev");
        if (!Files.isDirectory(dir)) {
            System.err.println("No evaluation set at " + dir.toAbsolutePath() + ": pass its folder (HTML pages, dumps in text/) as the argument.");
            System.exit(2);
        }
        for (Format format : List.of(Format.HTML, Format.TEXT)) {
            List<Page> pages = prepared(format == Format.HTML ? dir : dir.resolve("text"), format);
            if (pages.isEmpty()) continue;
            double[] ms = time(pages, ContentModel.bundled(format));
            int blocks = 0;
            for (Page p : pages) blocks += p.blocks().size();
            System.out.printf("%-5s %d pages, %.0f blocks a page: feature rows %.3f ms, first stage's trees %.3f ms, "
                    + "second stage's rows %.3f ms and trees %.3f ms a page (%d rounds after %d untimed)%n", format, pages.size(),
                    blocks / (double) pages.size(), ms[0], ms[1], ms[2], ms[3], TIMED_ROUNDS, WARM_UP_ROUNDS);
        }
    }

    /** The folder's pages of one format, through every stage before the content model's. */
    private static List<Page> prepared(Path folder, Format format) throws Exception {
        List<Page> pages = new ArrayList<>();
        if (!Files.isDirectory(folder)) return pages;
        ScrapeDecoder decoder = new ScrapeDecoder();
        List<Stage> stages = Cleaner.stagesFor(format, ContentModel.bundled(format), false, PageTypeModel.bundled(format));
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> isScrape(p, format)).sorted().toList();
        }
        for (Path file : files) {
            Page page = new Page(decoder.decode(Files.readAllBytes(file)));
            if (!page.input().ok() || page.input().format() != format) continue;
            for (Stage stage : stages) {
                if (stage instanceof ContentScoring) break;
                stage.apply(page);
            }
            if (page.featureRows() != null) pages.add(page);
        }
        return pages;
    }

    private static boolean isScrape(Path p, Format format) {
        String name = p.getFileName().toString();
        return format == Format.HTML ? name.endsWith(".html") || name.endsWith(".html.gz") : name.endsWith(".scrape.txt");
    }

    /** Processor milliseconds a page for each part, in the order the class's javadoc names them. */
    private static double[] time(List<Page> pages, ContentModel model) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[4];
        double sink = 0;
        for (int round = 0; round < WARM_UP_ROUNDS + TIMED_ROUNDS; round++) {
            boolean timed = round >= WARM_UP_ROUNDS;
            for (Page page : pages) {
                long t0 = threads.getCurrentThreadCpuTime();
                FeatureRows rows = page.featureRows().get();
                List<Block> scored = new ArrayList<>();
                List<Integer> at = new ArrayList<>();
                for (int i = 0; i < page.blocks().size(); i++) {
                    if (ContentScoring.isFixed(page.blocks().get(i))) continue;
                    scored.add(page.blocks().get(i));
                    at.add(i);
                }
                // Rows first, then trees: the clock is read five times a page, not twice a block.
                double[][] firstRows = new double[scored.size()][rows.width()];
                for (int s = 0; s < scored.size(); s++) rows.row(at.get(s), firstRows[s]);
                long t2 = threads.getCurrentThreadCpuTime();
                double[] first = new double[scored.size()];
                for (int s = 0; s < scored.size(); s++) first[s] = model.probability(firstRows[s]);
                long t3 = threads.getCurrentThreadCpuTime();
                boolean html = model.format() == Format.HTML;
                int width = rows.width() + NeighbourScores.NAMES.size() + (html ? ContainerScores.NAMES.size() : 0);
                double[][] secondRows = new double[scored.size()][width];
                double pageMean = NeighbourScores.mean(first);
                ContainerScores containers = html ? new ContainerScores(scored, first) : null;
                for (int s = 0; s < scored.size(); s++) {
                    rows.row(at.get(s), secondRows[s]);
                    NeighbourScores.write(first, s, pageMean, secondRows[s], rows.width());
                    if (containers != null) containers.write(s, secondRows[s], rows.width() + NeighbourScores.NAMES.size());
                }
                long t4 = threads.getCurrentThreadCpuTime();
                for (int s = 0; s < scored.size(); s++) sink += model.secondProbability(secondRows[s], false);
                long t5 = threads.getCurrentThreadCpuTime();
                if (timed) {
                    // The base rows and the first stage's full rows, which the scoring stage assembles too: the features.
                    nanos[0] += t2 - t0;
                    nanos[1] += t3 - t2;
                    nanos[2] += t4 - t3;
                    nanos[3] += t5 - t4;
                }
            }
        }
        if (Double.isNaN(sink)) System.out.println();
        double[] ms = new double[4];
        for (int k = 0; k < 4; k++) ms[k] = nanos[k] / 1e6 / TIMED_ROUNDS / pages.size();
        return ms;
    }
}
