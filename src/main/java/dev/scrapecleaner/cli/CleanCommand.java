package dev.scrapecleaner.cli;

import dev.scrapecleaner.clean.Cleaner;
import dev.scrapecleaner.dedupe.InMemoryDuplicateIndex;
import dev.scrapecleaner.report.Json;
import dev.scrapecleaner.report.ProcessedScrape;
import dev.scrapecleaner.report.ScrapeProcessor;
import dev.scrapecleaner.report.Thresholds;
import dev.scrapecleaner.report.Source;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** {@code clean}: the core on local files, no S3. */
final class CleanCommand {
    static final String HELP = """
            Usage: java -jar target/scrape-cleaner.jar clean [--format json|txt] [--out DIR] FILE|DIR...

            Cleans local scrapes (HTML pages or text dumps, gzipped or not) with the same core the
            Lambda runs. Folders are walked recursively; hidden files are skipped. Files are also
            checked against each other for duplicate articles, in the order given.

              --format json|txt  json (default): the article document; txt: title, blank line, paragraphs
              --out DIR          write DIR/<name>.json or .txt (the body paragraphs, a blank line between
                                 them, no title) and DIR/<name>.report.json for every input, where <name>
                                 is the file name without its last extension
            Without --out, exactly one FILE is allowed and its article goes to stdout.
            """;

    private final PrintStream out;
    private final PrintStream err;

    CleanCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        String format = "json";
        Path outDir = null;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> {
                    out.print(HELP);
                    return 0;
                }
                case "--format" -> format = value(args, ++i, "--format");
                case "--out" -> outDir = Path.of(value(args, ++i, "--out"));
                default -> {
                    if (args[i].startsWith("--")) throw new UsageException("Unknown option " + args[i] + " for clean.");
                    inputs.add(Path.of(args[i]));
                }
            }
        }
        if (!format.equals("json") && !format.equals("txt")) {
            throw new UsageException("--format takes json or txt, not '" + format + "'.");
        }
        if (inputs.isEmpty()) throw new UsageException("clean needs at least one FILE or DIR.");
        List<Path> files;
        try {
            files = expand(inputs);
        } catch (IOException e) {
            err.println("Cannot read the inputs: " + e.getMessage());
            return 1;
        }
        if (outDir == null && (files.size() != 1 || Files.isDirectory(inputs.get(0)))) {
            throw new UsageException("Without --out, clean takes exactly one file (got " + files.size()
                    + "); add --out DIR to clean several.");
        }
        ScrapeProcessor processor = new ScrapeProcessor(new Cleaner(), new InMemoryDuplicateIndex(),
                Thresholds.fromEnv(System.getenv()));
        if (outDir == null) {
            return printOne(processor, files.get(0), format);
        }
        return writeAll(processor, files, outDir, format);
    }

    private int printOne(ScrapeProcessor processor, Path file, String format) {
        try {
            byte[] raw = Files.readAllBytes(file);
            ProcessedScrape p = processor.process(Source.localFile(file.toString(), raw.length), raw);
            if (format.equals("json")) {
                out.println(Json.write(p.article(), true));
            } else {
                // A reader's copy: the title when the metadata trusts one, else the headline the page shows.
                var a = p.result().article();
                out.print(asText(a.title() != null ? a.title() : a.headline(), a.paragraphs()));
            }
            if (!"accept".equals(p.verdict())) {
                err.println("verdict " + p.verdict() + ": " + p.report().get("reasons"));
            }
            return 0;
        } catch (IOException e) {
            err.println("Cannot read " + file + ": " + e.getMessage());
            return 1;
        }
    }

    private int writeAll(ScrapeProcessor processor, List<Path> files, Path outDir, String format) {
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            err.println("Cannot create the output folder " + outDir + ": " + e.getMessage());
            return 1;
        }
        Map<String, Integer> verdicts = new TreeMap<>();
        int failed = 0;
        int duplicates = 0;
        long start = System.nanoTime();
        Progress progress = new Progress(err, files.size());
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String name = stripExtension(file.getFileName().toString());
            try {
                byte[] raw = Files.readAllBytes(file);
                ProcessedScrape p = processor.process(Source.localFile(file.toString(), raw.length), raw);
                String body = format.equals("json")
                        ? Json.write(p.article(), true) + "\n"
                        : String.join("\n\n", p.result().article().paragraphs()) + "\n";
                Files.writeString(outDir.resolve(name + "." + format), body, StandardCharsets.UTF_8);
                Files.writeString(outDir.resolve(name + ".report.json"), Json.write(p.report(), true) + "\n",
                        StandardCharsets.UTF_8);
                verdicts.merge(p.verdict(), 1, Integer::sum);
                if (p.duplicate() != null && p.duplicate().isDuplicate()) duplicates++;
            } catch (IOException e) {
                failed++;
                err.println("\nCannot process " + file + ": " + e.getMessage());
            }
            progress.step(i + 1);
        }
        double secs = (System.nanoTime() - start) / 1e9;
        err.printf("cleaned %d file(s) in %.1fs: %s, %d cross-document duplicate(s), %d unreadable; outputs in %s%n",
                files.size() - failed, secs, verdicts, duplicates, failed, outDir);
        return failed == 0 ? 0 : 1;
    }

    static String asText(String title, List<String> paragraphs) {
        StringBuilder sb = new StringBuilder();
        if (title != null) sb.append(title).append("\n\n");
        sb.append(String.join("\n\n", paragraphs)).append('\n');
        return sb.toString();
    }

    static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> walk = Files.walk(in)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(files::add);
                }
            } else if (Files.isRegularFile(in)) {
                files.add(in);
            } else {
                throw new IOException(in + " is neither a file nor a folder");
            }
        }
        return files;
    }

    static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new UsageException(option + " needs a value.");
        return args[i];
    }
}
