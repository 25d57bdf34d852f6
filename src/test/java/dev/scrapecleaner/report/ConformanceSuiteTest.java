package dev.scrapecleaner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.scrapecleaner.clean.Cleaner;
import dev.scrapecleaner.clean.ScrapeDecoder;
import dev.scrapecleaner.dedupe.InMemoryDuplicateIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every input of the html5lib conformance suite (tree construction, tokenizer and encoding: about
 * 8,700 documents written to break parsers) through the whole core path, as bytes from a bucket
 * would arrive: each gets a report that keeps its schema, and an article that keeps its schema
 * where one is written. Nothing may throw.
 */
class ConformanceSuiteTest {
    static final Path SUITE = Path.of("..", "shared", "eval", "html5lib-tests");
    /** A tokenizer test's {@code doubleEscaped} input spells its characters as JSON escapes. */
    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

    private final ScrapeProcessor core = new ScrapeProcessor(new Cleaner(new ScrapeDecoder()), new InMemoryDuplicateIndex());

    /** One input of the suite: where it comes from, and its bytes. */
    record Input(String name, byte[] bytes) {
    }

    @Test
    void everyInputOfTheSuiteGetsAReportThatKeepsItsSchema() throws IOException {
        assumeTrue(Files.isDirectory(SUITE), "the html5lib tests are absent at " + SUITE.toAbsolutePath().normalize()
                + " (shared data beside the clone): skipped");
        List<Input> inputs = new ArrayList<>();
        inputs.addAll(datInputs(SUITE.resolve("tree-construction"), "#errors"));
        int tree = inputs.size();
        inputs.addAll(tokenizerInputs());
        int tokenizer = inputs.size() - tree;
        inputs.addAll(datInputs(SUITE.resolve("encoding"), "#encoding"));
        int encoding = inputs.size() - tree - tokenizer;
        // The suite's own counts when this test was written: a reader that found fewer has lost inputs.
        assertTrue(tree >= 1_700 && tokenizer >= 6_500 && encoding >= 80,
                "inputs read: " + tree + " tree-construction, " + tokenizer + " tokenizer, " + encoding + " encoding");

        List<String> failures = new ArrayList<>();
        int articles = 0;
        int rejects = 0;
        for (Input in : inputs) {
            try {
                ProcessedScrape p = core.process(Source.localFile("html5lib/" + in.name() + ".html", in.bytes().length),
                        in.bytes());
                boolean written = p.writesArticle(false);
                Schemas.assertValidReport(p.storedReport(written));
                if (written) {
                    Schemas.assertValidArticle(p.article());
                    articles++;
                }
                List<?> reasons = (List<?>) p.report().get("reasons");
                // The processor turns a crash into a reject of its own: that counts as a crash here.
                assertTrue(!reasons.contains("internal-error"), "the cleaner failed: " + p.report().get("error"));
                if ("reject".equals(p.verdict())) {
                    assertTrue(!reasons.isEmpty(), "a reject says why");
                    rejects++;
                }
            } catch (Throwable t) {
                failures.add(in.name() + ": " + t);
            }
        }
        System.out.printf("CONFORMANCE SUMMARY: %d html5lib inputs (%d tree-construction, %d tokenizer, %d encoding), "
                        + "%d reports, %d articles written, %d rejected with a reason, %d failed%n",
                inputs.size(), tree, tokenizer, encoding, inputs.size() - failures.size(), articles, rejects, failures.size());
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())),
                failures.size() + " inputs threw or broke a schema");
    }

    /** The {@code #data} sections of every {@code .dat} file under a folder, as the bytes they hold. */
    static List<Input> datInputs(Path dir, String endMarker) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".dat")).sorted().toList();
        }
        List<Input> inputs = new ArrayList<>();
        for (Path file : files) {
            // Latin-1 maps each byte to one char and back: an encoding case's bytes stay as written.
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            int n = 0;
            for (int at = lineStart(text, "#data\n", 0); at >= 0;
                    at = lineStart(text, "#data\n", at + 1)) {
                int start = at + "#data\n".length();
                int end = lineStart(text, endMarker, start);
                if (end < 0) break;
                // The newline before the marker ends the line; it is not the document's.
                String data = text.substring(start, Math.max(start, end - 1));
                inputs.add(new Input(dir.getFileName() + "/" + dir.relativize(file) + " #" + ++n,
                        data.getBytes(StandardCharsets.ISO_8859_1)));
            }
        }
        return inputs;
    }

    /** Where a line that opens with {@code marker} starts, at or after {@code from}; -1 if none. */
    private static int lineStart(String text, String marker, int from) {
        if (from == 0 && text.startsWith(marker)) return 0;
        int i = text.indexOf("\n" + marker, Math.max(0, from - 1));
        return i < 0 ? -1 : i + 1;
    }

    /** The {@code input} of every tokenizer test, unescaped where the test says so, as UTF-8 bytes. */
    @SuppressWarnings("unchecked")
    static List<Input> tokenizerInputs() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(SUITE.resolve("tokenizer"))) {
            files = s.filter(p -> p.toString().endsWith(".test")).sorted().toList();
        }
        List<Input> inputs = new ArrayList<>();
        for (Path file : files) {
            Map<String, Object> doc = Json.parseObject(Files.readString(file, StandardCharsets.UTF_8));
            for (Object group : doc.values()) {
                int n = 0;
                for (Object t : (List<Object>) group) {
                    Map<String, Object> test = (Map<String, Object>) t;
                    String input = (String) test.get("input");
                    if (Boolean.TRUE.equals(test.get("doubleEscaped"))) input = unescape(input);
                    inputs.add(new Input("tokenizer/" + file.getFileName() + " #" + ++n,
                            input.getBytes(StandardCharsets.UTF_8)));
                }
            }
        }
        return inputs;
    }

    private static String unescape(String s) {
        Matcher m = ESCAPE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(out).toString();
    }
}
