package dev.scrapecleaner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scrapecleaner.clean.CleanResult;
import dev.scrapecleaner.clean.Cleaner;
import dev.scrapecleaner.clean.PageType;
import dev.scrapecleaner.report.Json;
import dev.scrapecleaner.report.ProcessedScrape;
import dev.scrapecleaner.report.ReportBuilder;
import dev.scrapecleaner.report.Source;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: help, clean, invoke. */
class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsEveryCommand() {
        assertEquals(0, run("--help"));
        for (String command : List.of("clean", "invoke", "bench", "bench --cv", "train")) assertTrue(out().contains(command), command);
    }

    @Test
    void trainAndCrossValidationExplainThemselvesAndRefuseBadSettings() {
        assertEquals(0, run("train", "--help"));
        assertTrue(out().contains("cross-validates") && out().contains("--no-cv"), out());
        assertEquals(0, run("bench", "--cv", "--help"));
        assertTrue(out().contains("folds"), out());
        assertEquals(2, run("train", "--folds", "1"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--folds needs 2 or more"));
        assertEquals(2, run("train", "--threshold", "1.5"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("between 0 and 1"));
        assertEquals(1, run("bench", "--cv", "no-such-folder"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("No evaluation data at"));
    }

    @Test
    void theMetadataBenchExplainsItsPagesAndSeedAndRefusesBadSettings() {
        assertEquals(0, run("bench", "--metadata", "--help"));
        assertTrue(out().contains("--pages FILE") && out().contains("--seed N"), out());
        assertEquals(2, run("bench", "--metadata", "--seed", "seven"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--seed needs a positive whole number, not 'seven'"));
        assertEquals(2, run("bench", "--metadata", "--folds", "1"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--folds takes 2 or more"));
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertEquals(2, run("frobnicate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--help"));
    }

    @Test
    void cleanOneFilePrintsTheArticleAsJson() {
        assertEquals(0, run("clean", "events/raw/harbour-wind-farm.html"));
        Map<String, Object> article = Json.parseObject(out());
        assertEquals("Harbour wind farm clears final planning hurdle", article.get("title"));
        assertTrue(((List<?>) article.get("paragraphs")).size() >= 5);
    }

    @Test
    void cleanAFolderWritesArticleAndReportPerFile(@TempDir Path dir) throws IOException {
        assertEquals(0, run("clean", "--format", "txt", "--out", dir.toString(), "events/raw"));
        String body = Files.readString(dir.resolve("harbour-wind-farm.html.txt"));
        assertTrue(body.startsWith("Harbour wind farm clears final planning hurdle\n\nA twelve-turbine wind farm"), body);
        assertTrue(body.contains("\n\n"), "paragraphs are separated by a blank line");
        Map<String, Object> report = Json.parseObject(Files.readString(dir.resolve("Zürich river report.txt.report.json")));
        assertEquals("accept", report.get("verdict"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cleaned 2 file(s)"));
    }

    @Test
    void cleanAFolderGivenAsASymbolicLinkCleansTheFilesItPointsTo(@TempDir Path dir) throws IOException {
        Path linked = dir.resolve("scrapes");
        Files.createSymbolicLink(linked, Path.of("events/raw").toAbsolutePath());
        Path out = dir.resolve("out");
        assertEquals(0, run("clean", "--format", "txt", "--out", out.toString(), linked.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cleaned 2 file(s)"), err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.readString(out.resolve("harbour-wind-farm.html.txt")).startsWith("Harbour wind farm clears final planning hurdle"));
        Map<String, Object> report = Json.parseObject(Files.readString(out.resolve("harbour-wind-farm.html.report.json")));
        assertEquals(linked.resolve("harbour-wind-farm.html").toString(), ((Map<?, ?>) report.get("source")).get("key"),
                "the report names the file by the path given");
    }

    @Test
    void cleanAFolderWithNothingToCleanFailsAndSaysWhy(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("scrapes/.cache"));
        Files.writeString(dir.resolve("scrapes/.cache/page.html"), "<p>hidden</p>");
        assertEquals(1, run("clean", "--out", dir.resolve("out").toString(), dir.resolve("scrapes").toString()));
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("No files to clean in") && said.contains("hidden files and folders"), said);
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }

    @Test
    void cleanWithoutOutRefusesSeveralFiles() {
        assertEquals(2, run("clean", "events/raw"));
    }

    @Test
    void invokeRunsTheHandlerOnTheSampleEventAgainstAnEmbeddedS3() {
        assertEquals(0, run("invoke", "events/s3-put.json"));
        String printed = out();
        assertTrue(printed.contains("s3://clean-articles/reports/scrapes/2026-03-02/Zürich river report.txt.json"), printed);
        assertTrue(printed.contains("Harbour wind farm clears final planning hurdle"), printed);
        assertTrue(printed.contains("verdict: accept"), printed);
    }

    @Test
    void invokeWithAMissingRawObjectSaysWhereItLooked(@TempDir Path empty) {
        assertEquals(1, run("invoke", "events/s3-put.json", "--raw", empty.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("put the raw scrape there"));
    }

    @Test
    void invokeOnALocalFileSendsTheNotificationS3WouldSend(@TempDir Path dir) throws IOException {
        Path file = Files.copy(Path.of("events/raw/harbour-wind-farm.html"), dir.resolve("wind farm, final.html"));
        assertEquals(0, run("invoke", "--object", file.toString()));
        String printed = out();
        assertTrue(printed.contains("\"key\":\"scrapes/wind farm, final.html\""), "the handler saw the decoded key: " + printed);
        assertTrue(printed.contains("s3://clean-articles/articles/scrapes/wind farm, final.html.json"), printed);
        assertTrue(printed.contains("Harbour wind farm clears final planning hurdle"), printed);
    }

    @Test
    void invokeTakesSeveralObjectsInOneNotification() {
        assertEquals(0, run("invoke", "--object", "events/raw/harbour-wind-farm.html", "events/raw/Zürich river report.txt"));
        String printed = out();
        assertTrue(printed.contains("Harbour wind farm clears final planning hurdle"), printed);
        assertTrue(printed.contains("s3://clean-articles/reports/scrapes/Zürich river report.txt.json"), printed);
    }

    @Test
    void invokeTakesAnEventOrObjectsNotBoth() {
        assertEquals(2, run("invoke", "events/s3-put.json", "--object", "events/raw/harbour-wind-farm.html"));
    }

    @Test
    void cleanTakesTheExpectedPageTypesAndRefusesAnUnknownOne() {
        assertEquals(0, run("clean", "--expected-page-types", "article,forum", "events/raw/harbour-wind-farm.html"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("verdict accept"), err.toString(StandardCharsets.UTF_8));
        for (String[] args : List.of(new String[] {"clean", "--expected-page-types", "blog", "events/raw/harbour-wind-farm.html"},
                new String[] {"invoke", "--object", "events/raw/harbour-wind-farm.html", "--expected-page-types", "blog"},
                new String[] {"serve", "--expected-page-types", "news,blog"})) {
            err.reset();
            assertEquals(2, run(args), String.join(" ", args));
            String message = err.toString(StandardCharsets.UTF_8);
            assertTrue(message.contains("--expected-page-types") && message.contains("documentation, forum, listing"), message);
        }
    }

    @Test
    void invokeRunsTheFunctionWithTheExpectedPageTypesGiven() {
        assertEquals(0, run("invoke", "--object", "events/raw/harbour-wind-farm.html", "--expected-page-types", "*"));
        String printed = out();
        assertTrue(printed.contains("verdict: accept"), printed);
        assertTrue(printed.contains("\"pageType\""), "the report names the page type, null while untyped: " + printed);
    }

    @Test
    void theVerdictLineNamesTheTypeOfATypedPage() throws IOException {
        byte[] page = Files.readAllBytes(Path.of("events/raw/harbour-wind-farm.html"));
        CleanResult r = new Cleaner().clean(page);
        CleanResult forum = new CleanResult(r.input(), r.article(), r.blocks(), r.header(), r.signals(), r.timingsNanos(),
                PageType.of(new double[] {0.1, 0.02, 0.02, 0.8, 0.02, 0.02, 0.02}));
        Map<String, Object> report = ReportBuilder.report(Source.localFile("p.html", page.length), forum, null);
        String line = CleanCommand.verdictLine(new ProcessedScrape(forum, null, Map.of(), report));
        assertTrue(line.startsWith("verdict review"), line);
        assertTrue(line.contains("unexpected-page-type") && line.contains("page type forum (confidence 0.8)"), line);
        // The shipped model types the sample story as an article; without a type the line says none.
        String article = CleanCommand.verdictLine(new ProcessedScrape(r, null, Map.of(),
                ReportBuilder.report(Source.localFile("p.html", page.length), r, null)));
        assertTrue(article.contains("page type article"), article);
        CleanResult bare = new CleanResult(r.input(), r.article(), r.blocks(), r.header(), r.signals(), r.timingsNanos(),
                PageType.UNTYPED);
        String untyped = CleanCommand.verdictLine(new ProcessedScrape(bare, null, Map.of(),
                ReportBuilder.report(Source.localFile("p.html", page.length), bare, null)));
        assertFalse(untyped.contains("page type"), untyped);
    }
}
