package dev.scrapecleaner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scrapecleaner.report.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user's first hour with the command line: nothing written over, results kept, commands that
 * work from any folder, the command line and the function in agreement, and errors that say what
 * to do.
 */
class FirstHourTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private static final byte[] PAGE = read(Path.of("events", "raw", "harbour-wind-farm.html"));

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static List<String> filesUnder(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    // 1. clean --out mirrors the input tree and never writes two inputs to one name.
    @Test
    void cleanOutMirrorsTheTreeAndNeverWritesTwoInputsToOneName(@TempDir Path in, @TempDir Path outDir) throws IOException {
        Files.createDirectories(in.resolve("a"));
        Files.createDirectories(in.resolve("b"));
        Files.write(in.resolve("a/page.html"), PAGE);
        Files.write(in.resolve("b/page.html"), PAGE);
        Files.write(in.resolve("a/page.txt"), read(Path.of("events", "raw", "Zürich river report.txt")));
        Files.write(in.resolve("a/page.url"), "https://example.org/page".getBytes(StandardCharsets.UTF_8));

        assertEquals(0, run("clean", "--out", outDir.toString(), in.toString()));

        List<String> written = filesUnder(outDir);
        for (String input : List.of("a/page.html", "b/page.html", "a/page.txt", "a/page.url")) {
            assertTrue(written.contains(input + ".report.json"), input + " has no report of its own: " + written);
        }
        assertTrue(written.contains("a/page.html.json") && written.contains("b/page.html.json") && written.contains("a/page.txt.json"),
                written.toString());
        assertTrue(err().contains("cleaned 4 file(s)"), err());
    }

    @Test
    void filesGivenByNameWithTheSameNameGetTwoOutputs(@TempDir Path in, @TempDir Path outDir) throws IOException {
        Files.createDirectories(in.resolve("x"));
        Files.createDirectories(in.resolve("y"));
        Files.write(in.resolve("x/page.html"), PAGE);
        Files.write(in.resolve("y/page.html"), PAGE);
        assertEquals(0, run("clean", "--out", outDir.toString(), in.resolve("x/page.html").toString(),
                in.resolve("y/page.html").toString()));
        assertEquals(List.of("page.html.json", "page.html.report.json", "page.html~2.json", "page.html~2.report.json"),
                filesUnder(outDir));
    }

    // 5. The command line and the function agree: verdict printed, no article for a reject, articleWritten.
    @Test
    void cleanPrintsTheVerdictAndWritesNoArticleForAReject(@TempDir Path in, @TempDir Path outDir) throws IOException {
        Files.write(in.resolve("empty.html"), new byte[0]);
        Files.write(in.resolve("good.html"), PAGE);

        assertEquals(0, run("clean", in.resolve("good.html").toString()));
        assertTrue(err().startsWith("verdict accept (score "), err());

        assertEquals(0, run("clean", "--out", outDir.toString(), in.toString()));
        assertEquals(List.of("empty.html.report.json", "good.html.json", "good.html.report.json"), filesUnder(outDir));
        Map<?, ?> rejected = (Map<?, ?>) Json.parseObject(Files.readString(outDir.resolve("empty.html.report.json"))).get("output");
        assertEquals(false, rejected.get("articleWritten"));
        Map<?, ?> accepted = (Map<?, ?>) Json.parseObject(Files.readString(outDir.resolve("good.html.report.json"))).get("output");
        assertEquals(true, accepted.get("articleWritten"));
    }

    @Test
    void cleanOneRejectedFilePrintsNoArticleAndSaysWhy(@TempDir Path in) throws IOException {
        Files.write(in.resolve("pixel.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        assertEquals(0, run("clean", in.resolve("pixel.png").toString()));
        assertEquals("", out());
        assertTrue(err().contains("verdict reject") && err().contains("binary") && err().contains("(no article)"), err());
    }

    // --format md and html: the article as a person reads it.
    @Test
    void markdownAndHtmlKeepHeadingsListsAndTables(@TempDir Path in) throws IOException {
        StringBuilder html = new StringBuilder("<html><head><title>Tide tables</title></head><body><article><h1>Tide tables for the harbour</h1>");
        for (int i = 0; i < 4; i++) {
            html.append("<p>The harbour master published the new tide tables on Monday, and the ferry company changed its timetable to match them. ")
                    .append(i).append("</p>");
        }
        html.append("<p>The timetable is on <a href='https://ferry.example/timetable'>the company's site</a>, the notice says.</p>");
        html.append("<h2>What changes for the ferry</h2><ul><li>The first crossing leaves at six in the morning on weekdays.</li>")
                .append("<li>The last crossing leaves at eleven at night on Fridays and Saturdays.</li></ul>")
                .append("<table><tr><th>Day</th><th>High tide</th></tr><tr><td>Monday</td><td>06:12</td></tr></table>")
                .append("<p>Passengers with season tickets keep them; the company said the change costs nothing. Fares stay the same.</p>")
                .append("</article></body></html>");
        Files.writeString(in.resolve("tides.html"), html);

        assertEquals(0, run("clean", "--format", "md", in.resolve("tides.html").toString()));
        String md = out();
        assertTrue(md.startsWith("# Tide tables for the harbour\n\n"), md);
        assertTrue(md.contains("[the company's site](https://ferry.example/timetable)"), md);
        assertTrue(md.contains("\n## What changes for the ferry\n"), md);
        assertTrue(md.contains("\n- The first crossing leaves at six in the morning on weekdays.\n- The last crossing"), md);
        assertTrue(md.contains("| Day | High tide |\n| --- | --- |\n| Monday | 06:12 |"), md);

        out.reset();
        assertEquals(0, run("clean", "--format", "html", in.resolve("tides.html").toString()));
        String page = out();
        assertTrue(page.contains("<h1>Tide tables for the harbour</h1>") && page.contains("<h2>What changes for the ferry</h2>"), page);
        assertTrue(page.contains("<ul>\n<li>The first crossing"), page);
        assertTrue(page.contains("<td>Monday</td><td>06:12</td>"), page);
        assertTrue(page.contains("<a href=\"https://ferry.example/timetable\">the company's site</a>"), page);
        assertEquals(2, run("clean", "--format", "pdf", in.resolve("tides.html").toString()));
    }

    // 3. invoke's results can be looked at afterwards, and the report is printed.
    @Test
    void invokeKeepsWhatTheFunctionWroteAndPrintsTheReport(@TempDir Path outDir) throws IOException {
        assertEquals(0, run("invoke", "--object", "events/raw/harbour-wind-farm.html", "--out", outDir.toString()));
        assertEquals(List.of("articles/scrapes/harbour-wind-farm.html.json", "reports/scrapes/harbour-wind-farm.html.json"),
                filesUnder(outDir));
        Map<String, Object> report = Json.parseObject(Files.readString(outDir.resolve("reports/scrapes/harbour-wind-farm.html.json")));
        assertEquals("accept", report.get("verdict"));
        assertTrue(out().contains("\"schemaVersion\"") && out().contains("\"cleanerVersion\""), "the report is printed: " + out());
    }

    // 4. invoke works from any folder: sample objects are found beside the event file.
    @Test
    void invokeFindsTheSampleObjectsBesideTheEventFile(@TempDir Path elsewhere) throws IOException {
        Path events = elsewhere.resolve("events");
        Files.createDirectories(events.resolve("raw"));
        Files.copy(Path.of("events", "s3-put.json"), events.resolve("s3-put.json"));
        for (String name : List.of("harbour-wind-farm.html", "Zürich river report.txt")) {
            Files.copy(Path.of("events", "raw", name), events.resolve("raw").resolve(name));
        }
        assertEquals(0, run("invoke", events.resolve("s3-put.json").toString()));
        assertFalse(err().contains("not staged"), err());
        assertTrue(out().contains("verdict: accept"), out());
    }

    // 4. ... and from a shell without a UTF-8 locale (LANG unset, as in many containers), where Java
    // cannot spell the sample key "Zürich river report.txt" as a file name.
    @Test
    void invokeStagesANonAsciiKeyFromAShellWithoutAUtf8Locale() throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "invoke", "events/s3-put.json");
        pb.environment().keySet().removeIf(k -> k.equals("LANG") || k.startsWith("LC_"));
        pb.environment().put("LC_ALL", "C");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        assertFalse(output.contains("not staged"), output);
        assertEquals(2, output.split("verdict: accept", -1).length - 1, "both sample objects cleaned: " + output);
    }

    // 6. Errors that say what to do, with the exit status the README gives.
    @Test
    void errorsSayWhatToDo(@TempDir Path dir) throws IOException {
        assertEquals(2, run("invoke", "nonexistent.json"));
        assertTrue(err().contains("No such event file: nonexistent.json") && err().contains("events/s3-put.json"), err());

        err.reset();
        assertEquals(2, run("invoke", "events/raw/harbour-wind-farm.html"));
        assertTrue(err().contains("not valid JSON (line 1, column 1)") && err().contains("invoke --object events/raw/harbour-wind-farm.html"),
                err());
        assertFalse(err().contains("REDACTED") || err().contains("StreamReadFeature"), err());

        err.reset();
        assertEquals(2, run("invoke", "--object", dir.toString()));
        assertTrue(err().contains(dir + " is a folder"), err());

        err.reset();
        assertEquals(2, run("clean", "no-such-page.html"));
        assertTrue(err().contains("No such file or folder: no-such-page.html"), err());
    }

    @Test
    void aPortInUseSuggestsAnother(@TempDir Path data) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertEquals(1, run("serve", "--port", String.valueOf(taken.getLocalPort()), "--data", data.toString()));
        }
        assertTrue(err().contains("is in use") && err().contains("--port"), err());
    }

    // 8. Summaries show what matters: a reject's message, a duplicate's status.
    @Test
    void invokeSummaryOfARejectShowsItsMessage(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("pixel.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertEquals(0, run("invoke", "--object", png.toString()));
        assertTrue(out().contains("   error:   The object is a PNG image"), out());
        String input = out().lines().filter(l -> l.startsWith("   input:")).findFirst().orElse("");
        assertEquals("   input:   16 bytes", input, "no 'none, null, 0 blocks' for a page that was not read");
    }

    @Test
    void serveSaysWhenAnUploadDuplicatesAnEarlierArticle() {
        Map<String, Object> line = Map.of("status", "processed", "verdict", "accept", "duplicate", "exact");
        assertEquals("accept, exact duplicate", ServeCommand.verdict(line));
        assertEquals("reject [binary]: The object is a PNG image", ServeCommand.verdict(Map.of("verdict", "reject",
                "reasons", List.of("binary"), "duplicate", "not-checked", "message", "The object is a PNG image")));
    }
}
