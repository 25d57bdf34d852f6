package dev.scrapecleaner.cli;

import dev.scrapecleaner.clean.Cleaner;
import dev.scrapecleaner.clean.PageType;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code clean}: the core on local files, no S3. */
final class CleanCommand {
    static final List<String> FORMATS = List.of("json", "txt", "md", "html");
    /** The option that sets {@code EXPECTED_PAGE_TYPES} for a local run (clean, invoke, serve). */
    static final String EXPECTED_PAGE_TYPES = "--expected-page-types";
    static final String HELP = """
            Usage: java -jar target/scrape-cleaner.jar clean [--format json|txt|md|html] [--out DIR]
                                                             [--expected-page-types LIST] FILE|DIR...

            Cleans local scrapes (HTML pages or text dumps, gzipped or not: one block a line, a text
            browser's wrapped dump, Markdown, a WET record, a reader service's page with its Title:
            and URL Source: fields; or a page in a WARC response record) with the same core the
            Lambda runs. Folders are walked recursively (a folder given as a symbolic link, where
            it points); hidden files are skipped, and a folder with nothing else to clean is an
            error. Files are also checked against each other for duplicate articles, in the order given.

              --format F   json (default): the article document, as the function writes it;
                           txt: title, blank line, paragraphs; md: Markdown (headings, lists and
                           tables kept); html: the article as a small clean HTML document
              --out DIR    write, for every input, DIR/<path>.report.json and, when the page holds an
                           article (as the function writes one), DIR/<path>.<format>; <path> is the
                           input's path under the folder given (a file given by itself: its name),
                           so page.html gives page.html.json and page.html.report.json
              --expected-page-types LIST
                           the page types the ingest takes (EXPECTED_PAGE_TYPES, default article):
                           comma-separated among %s, or '*' for all; a page
                           confidently typed as another is flagged unexpected-page-type (review)
            Without --out, exactly one FILE is allowed: its article goes to stdout and its verdict to
            stderr. The verdict's other thresholds come from the environment variables the function
            reads (MIN_WORDS, EXPECTED_LANGUAGES...; README "Verdict thresholds").
            """.formatted(String.join(", ", PageType.LABELS));

    private final PrintStream out;
    private final PrintStream err;

    CleanCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** An input file and the path of its outputs under --out, without the format's extension. */
    record Input(Path file, String outputName) {
    }

    int run(String[] args) {
        String format = "json";
        Path outDir = null;
        String pageTypes = null;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> {
                    out.print(HELP);
                    return 0;
                }
                case "--format" -> format = value(args, ++i, "--format");
                case "--out" -> outDir = Path.of(value(args, ++i, "--out"));
                case EXPECTED_PAGE_TYPES -> pageTypes = expectedPageTypes(args, ++i);
                default -> {
                    if (args[i].startsWith("--")) throw new UsageException("Unknown option " + args[i] + " for clean.");
                    inputs.add(Path.of(args[i]));
                }
            }
        }
        if (!FORMATS.contains(format)) {
            throw new UsageException("--format takes json, txt, md or html, not '" + format + "'.");
        }
        if (inputs.isEmpty()) throw new UsageException("clean needs at least one FILE or DIR.");
        for (Path in : inputs) {
            if (!Files.exists(in)) throw new UsageException("No such file or folder: " + in);
        }
        List<Input> files;
        try {
            files = expand(inputs);
        } catch (IOException e) {
            err.println("Cannot read the inputs: " + e.getMessage());
            return 1;
        }
        if (files.isEmpty()) {
            // A folder that holds nothing to clean is most often the wrong folder: saying "cleaned 0 file(s)" and
            // succeeding hides that from a script.
            err.println("No files to clean in " + inputs.stream().map(Path::toString).collect(Collectors.joining(", "))
                    + " (hidden files and folders, starting with '.', are skipped):"
                    + " give the folder that holds the scrapes.");
            return 1;
        }
        if (outDir == null && (files.size() != 1 || Files.isDirectory(inputs.get(0)))) {
            throw new UsageException("Without --out, clean takes exactly one file (got " + files.size()
                    + "); add --out DIR to clean several.");
        }
        Thresholds thresholds = Thresholds.fromEnv(System.getenv());
        if (pageTypes != null) thresholds = thresholds.withExpectedPageTypes(Thresholds.pageTypes(pageTypes));
        ScrapeProcessor processor = new ScrapeProcessor(new Cleaner(), new InMemoryDuplicateIndex(), thresholds);
        if (outDir == null) {
            return printOne(processor, files.get(0).file(), format);
        }
        return writeAll(processor, files, outDir, format);
    }

    private int printOne(ScrapeProcessor processor, Path file, String format) {
        try {
            byte[] raw = Files.readAllBytes(file);
            ProcessedScrape p = processor.process(Source.localFile(file.toString(), raw.length), raw);
            if (p.writesArticle(false)) out.print(render(p, format));
            err.println(verdictLine(p));
            return 0;
        } catch (IOException e) {
            err.println("Cannot read " + file + ": " + e.getMessage());
            return 1;
        }
    }

    /**
     * One line: the verdict, its score, reasons and flags, the page type when the page was typed,
     * what an unreadable input's error says, and whether an article came out.
     */
    static String verdictLine(ProcessedScrape p) {
        Map<String, Object> r = p.report();
        StringBuilder sb = new StringBuilder("verdict ").append(p.verdict()).append(" (score ").append(r.get("score")).append(')');
        if (r.get("reasons") instanceof List<?> reasons && !reasons.isEmpty()) sb.append("  reasons ").append(reasons);
        if (r.get("flags") instanceof List<?> flags && !flags.isEmpty()) sb.append("  flags ").append(flags);
        if (r.get("pageType") != null) sb.append("  page type ").append(pageType(r));
        if (r.get("error") instanceof Map<?, ?> e) sb.append("  ").append(e.get("message"));
        if (!p.writesArticle(false)) sb.append("  (no article)");
        return sb.toString();
    }

    /** A report's page type as people read it: {@code forum (confidence 0.87)}, or {@code untyped}. */
    static String pageType(Map<?, ?> report) {
        Object type = report.get("pageType");
        return type == null ? "untyped" : type + " (confidence " + report.get("pageTypeConfidence") + ")";
    }

    /**
     * The value of {@code --expected-page-types}, checked as {@code EXPECTED_PAGE_TYPES} is: a bad
     * list is a usage error that names the valid page types.
     */
    static String expectedPageTypes(String[] args, int i) {
        String v = value(args, i, EXPECTED_PAGE_TYPES);
        try {
            Thresholds.pageTypes(v);
        } catch (IllegalArgumentException e) {
            throw new UsageException(EXPECTED_PAGE_TYPES + " (" + e.getMessage() + ")");
        }
        return v.strip();
    }

    static String render(ProcessedScrape p, String format) {
        return switch (format) {
            case "txt" -> asText(p.result().article().title() != null ? p.result().article().title() : p.result().article().headline(),
                    p.result().article().paragraphs());
            case "md" -> ArticleFormats.markdown(p.result());
            case "html" -> ArticleFormats.html(p.result());
            default -> Json.write(p.article(), true) + "\n";
        };
    }

    private int writeAll(ScrapeProcessor processor, List<Input> files, Path outDir, String format) {
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            err.println("Cannot create the output folder " + outDir + ": " + e.getMessage());
            return 1;
        }
        Map<String, Integer> verdicts = new TreeMap<>();
        int failed = 0;
        int duplicates = 0;
        int articles = 0;
        long start = System.nanoTime();
        Progress progress = new Progress(err, files.size());
        for (int i = 0; i < files.size(); i++) {
            Input input = files.get(i);
            try {
                byte[] raw = Files.readAllBytes(input.file());
                ProcessedScrape p = processor.process(Source.localFile(input.file().toString(), raw.length), raw);
                boolean article = p.writesArticle(false);
                Path reportFile = outDir.resolve(input.outputName() + ".report.json");
                Files.createDirectories(reportFile.getParent());
                if (article) {
                    Files.writeString(outDir.resolve(input.outputName() + "." + format), render(p, format), StandardCharsets.UTF_8);
                    articles++;
                }
                Files.writeString(reportFile, Json.write(p.storedReport(article), true) + "\n", StandardCharsets.UTF_8);
                verdicts.merge(p.verdict(), 1, Integer::sum);
                if (p.duplicate() != null && p.duplicate().isDuplicate()) duplicates++;
            } catch (IOException e) {
                failed++;
                err.println("\nCannot process " + input.file() + ": " + e.getMessage());
            }
            progress.step(i + 1);
        }
        double secs = (System.nanoTime() - start) / 1e9;
        err.printf("cleaned %d file(s) in %.1fs: %s, %d article(s) written, %d cross-document duplicate(s), %d unreadable;"
                        + " outputs in %s%n", files.size() - failed, secs, verdicts, articles, duplicates, failed, outDir);
        return failed == 0 ? 0 : 1;
    }

    static String asText(String title, List<String> paragraphs) {
        StringBuilder sb = new StringBuilder();
        if (title != null) sb.append(title).append("\n\n");
        sb.append(String.join("\n\n", paragraphs)).append('\n');
        return sb.toString();
    }

    /**
     * The files to clean and where their outputs go: a folder's files under their path in the
     * folder, a file given by itself under its name. Two inputs never share an output name: a
     * later one that would is given {@code ~2}, {@code ~3}... before its extension's suffix.
     */
    static List<Input> expand(List<Path> inputs) throws IOException {
        List<Input> files = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                // A folder given as a symbolic link (a mounted share linked into place) is walked where it points:
                // walked as the link itself, it held no files at all.
                Path root = in.toRealPath();
                List<Path> found;
                try (Stream<Path> walk = Files.walk(root)) {
                    found = walk.filter(Files::isRegularFile)
                            .filter(p -> !hidden(root.relativize(p)))
                            .sorted()
                            .toList();
                }
                for (Path f : found) {
                    Path relative = root.relativize(f);
                    files.add(new Input(in.resolve(relative.toString()), unique(slashed(relative), taken)));
                }
            } else if (Files.isRegularFile(in)) {
                files.add(new Input(in, unique(in.getFileName().toString(), taken)));
            } else {
                throw new IOException(in + " is neither a file nor a folder");
            }
        }
        return files;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }

    private static String slashed(Path relative) {
        StringBuilder sb = new StringBuilder();
        for (Path part : relative) sb.append(sb.length() == 0 ? "" : "/").append(part);
        return sb.toString();
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate.toLowerCase(java.util.Locale.ROOT)); n++) candidate = name + "~" + n;
        return candidate;
    }

    static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new UsageException(option + " needs a value.");
        return args[i];
    }
}
