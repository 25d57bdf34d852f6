package dev.scrapecleaner.cli;

import dev.scrapecleaner.clean.CleanResult;
import dev.scrapecleaner.clean.Cleaner;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code bench}: cleans every page of an evaluation set in both variants (HTML and text dump),
 * writes the predicted bodies, and runs the benchmark's scorer on them.
 */
final class BenchCommand {
    static final String HELP = """
            Usage: java -jar target/scrape-cleaner.jar bench [--out DIR] [--scorer PATH] EVAL_DIR

            EVAL_DIR holds <id>.html and <id>.truth.txt, and text/<id>.scrape.txt with text/<id>.truth.txt
            (the layout of ../shared/eval/dev). Predicted bodies go to DIR/html/<id>.txt and
            DIR/text/<id>.txt (default DIR: target/bench), then the scorer (default: EVAL_DIR/../score.py,
            run with python3) prints F1, precision, recall, exact accuracy and the duplicate-paragraph rate.
            Throughput (documents/s, MB/s, single thread, after one warm-up pass) is printed for each variant.
            """;

    private final PrintStream out;
    private final PrintStream err;

    BenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        Path outDir = Path.of("target", "bench");
        Path scorer = null;
        Path evalDir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> {
                    out.print(HELP);
                    return 0;
                }
                case "--out" -> outDir = Path.of(CleanCommand.value(args, ++i, "--out"));
                case "--scorer" -> scorer = Path.of(CleanCommand.value(args, ++i, "--scorer"));
                default -> {
                    if (args[i].startsWith("--") || evalDir != null) {
                        throw new UsageException("Unexpected argument " + args[i] + " for bench.");
                    }
                    evalDir = Path.of(args[i]);
                }
            }
        }
        if (evalDir == null) throw new UsageException("bench needs EVAL_DIR (for example ../shared/eval/dev).");
        if (!Files.isDirectory(evalDir)) {
            err.println("No evaluation set at " + evalDir + ": pass the folder that holds <id>.html and <id>.truth.txt.");
            return 1;
        }
        if (scorer == null) scorer = evalDir.toAbsolutePath().getParent().resolve("score.py");
        try {
            Cleaner cleaner = new Cleaner();
            int rc = 0;
            rc |= variant(cleaner, "html", evalDir, ".html", outDir.resolve("html"), scorer);
            Path textDir = evalDir.resolve("text");
            if (Files.isDirectory(textDir)) {
                rc |= variant(cleaner, "text", textDir, ".scrape.txt", outDir.resolve("text"), scorer);
            }
            return rc;
        } catch (IOException e) {
            err.println("bench failed: " + e.getMessage());
            return 1;
        }
    }

    private int variant(Cleaner cleaner, String name, Path dir, String suffix, Path predDir, Path scorer)
            throws IOException {
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().forEach(pages::add);
        }
        List<byte[]> raws = new ArrayList<>();
        long bytes = 0;
        for (Path p : pages) {
            byte[] b = Files.readAllBytes(p);
            raws.add(b);
            bytes += b.length;
        }
        Files.createDirectories(predDir);
        for (byte[] raw : raws) cleaner.clean(raw); // warm-up pass
        Progress progress = new Progress(err, pages.size());
        long start = System.nanoTime();
        List<CleanResult> results = new ArrayList<>(pages.size());
        for (int i = 0; i < raws.size(); i++) {
            results.add(cleaner.clean(raws.get(i)));
            progress.step(i + 1);
        }
        double secs = (System.nanoTime() - start) / 1e9;
        for (int i = 0; i < pages.size(); i++) {
            String file = pages.get(i).getFileName().toString();
            String id = file.substring(0, file.length() - suffix.length());
            Files.writeString(predDir.resolve(id + ".txt"), results.get(i).article().text(), StandardCharsets.UTF_8);
        }
        out.printf("%-5s %d pages, %.1f MB: %.1f docs/s, %.2f MB/s (one thread)%n", name, pages.size(),
                bytes / 1e6, pages.size() / secs, bytes / 1e6 / secs);
        return score(scorer, dir, predDir, name);
    }

    private int score(Path scorer, Path truthDir, Path predDir, String name) throws IOException {
        if (!Files.isRegularFile(scorer)) {
            err.println("No scorer at " + scorer + " (pass --scorer PATH); predictions are in " + predDir);
            return 1;
        }
        ProcessBuilder pb = new ProcessBuilder("python3", scorer.toString(), truthDir.toString(), predDir.toString(),
                "--name", name).redirectErrorStream(true);
        Process proc = pb.start();
        try (InputStream in = proc.getInputStream()) {
            out.print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        try {
            return proc.waitFor() == 0 ? 0 : 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
