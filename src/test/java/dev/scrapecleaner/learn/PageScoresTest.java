package dev.scrapecleaner.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-page figures and their aggregation, on hand-made pages with known values, and against
 * {@code score.py} itself on real truths where Python and the shared data are at hand.
 */
class PageScoresTest {
    private static final double EXACT = 1e-12;
    /** Lines of boilerplate with the characters where Python's and Java's ideas of a word part. */
    private static final List<String> BOILERPLATE = List.of(
            "Share this article · Teilen · Поделиться",
            "½ price today², offer ① ends soon",
            "नमस्ते दुनिया — subscribe to our newsletter",
            "Cookie\u00a0settings \u200dAccept\u2009all\u00a0cookies",
            "ΟΔΟΣ Straße İstanbul: read_more here",
            "Related: 10 things you need to know today");

    @TempDir
    Path tmp;

    @Test
    void shinglesCountFourTokenRunsAsAMultiset() {
        assertArrayEquals(new double[] {0.5, 0, 0.5}, PageScores.shingles("a b c d e", "a b c d"), EXACT);
        assertArrayEquals(new double[] {0.5, 0, 0.5}, PageScores.shingles("x x x x x", "x x x x"), EXACT);
        assertArrayEquals(new double[] {0.25, 0.5, 0.25}, PageScores.shingles("a b c d e", "a b c d, z z"), EXACT);
    }

    @Test
    void shortTextsAreOneShorterShingleAndKeepTheirCase() {
        assertArrayEquals(new double[] {1, 0, 0}, PageScores.shingles("hello world", "hello, world!"), 0);
        assertArrayEquals(new double[] {0, 0.5, 0.5}, PageScores.shingles("hello world", "hello there"), 0);
        assertArrayEquals(new double[] {0, 0.5, 0.5}, PageScores.shingles("Hello world", "hello world"), 0);
    }

    @Test
    void emptyTextsHaveNoShingles() {
        assertArrayEquals(new double[] {0, 0, 0}, PageScores.shingles("", ""), 0);
        assertArrayEquals(new double[] {0, 0, 0}, PageScores.shingles(null, "..."), 0);
        assertArrayEquals(new double[] {0, 1, 0}, PageScores.shingles("", "a b c d"), 0);
        assertArrayEquals(new double[] {0, 0, 1}, PageScores.shingles("a b c d", ""), 0);
    }

    @Test
    void pagePrecisionAndRecallFollowScorePy() {
        assertTrue(Double.isNaN(PageScores.precision(new double[] {0, 0, 1})),
                "nothing predicted: out of the precision mean");
        assertEquals(0, PageScores.recall(new double[] {0, 0, 1}));
        assertTrue(Double.isNaN(PageScores.recall(new double[] {0, 1, 0})), "nothing true: out of the recall mean");
        assertEquals(0, PageScores.precision(new double[] {0, 1, 0}));
        assertEquals(1, PageScores.precision(new double[] {1, 0, 0}));
        assertEquals(1.0 / 3, PageScores.precision(new double[] {0.25, 0.5, 0.25}), EXACT);
    }

    @Test
    void wordsAreALowercasedBag() {
        assertArrayEquals(new double[] {0.5, 1, 2.0 / 3}, PageScores.words("The cat sat", "the cat sat on the mat"), EXACT);
        assertArrayEquals(new double[] {1, 1, 1}, PageScores.words("", ""), 0);
        assertArrayEquals(new double[] {1, 1, 1}, PageScores.words("", "— · —"), 0);
        assertArrayEquals(new double[] {0, 0, 0}, PageScores.words("", "x"), 0);
        assertArrayEquals(new double[] {0, 0, 0}, PageScores.words("x", ""), 0);
        assertArrayEquals(new double[] {0, 0, 0}, PageScores.words("x", "y"), 0);
    }

    @Test
    void tokensAreThoseOfPythonsRegex() {
        assertEquals(List.of("½", "price", "x²", "under_score"), PageScores.tokens("½ price, x² under_score"));
        // A virama and a vowel sign are combining marks: Python's \w ends a word there.
        assertEquals(List.of("नमस", "त"), PageScores.tokens("नमस्ते"));
        assertEquals(List.of("a", "b"), PageScores.tokens("a\u200db"));
        assertArrayEquals(new double[] {1, 0.5, 2.0 / 3}, PageScores.words("½ price", "PRICE"), EXACT);
    }

    @Test
    void snippetShareIgnoresCaseAndSpacing() {
        assertEquals(0.5, PageScores.snippetShare("Hello   World\nfoo", List.of("hello world", "bar")));
        assertEquals(1.0, PageScores.snippetShare("a\u00a0 HELLO\tworld b", List.of("Hello\n World")));
        assertEquals(0.0, PageScores.snippetShare(null, List.of("x")));
        assertTrue(Double.isNaN(PageScores.snippetShare("x", List.of())));
    }

    @Test
    void duplicateParagraphIsALongLineSeenTwice() {
        String para = "This paragraph is long enough to count as a capture.";
        assertTrue(PageScores.hasDuplicateParagraph(para + "\n\nmiddle\n\n" + para.replace(" ", "  ")));
        assertTrue(PageScores.hasDuplicateParagraph(para + "\r\n" + para + "\r"));
        assertFalse(PageScores.hasDuplicateParagraph("Too short to count.\nToo short to count."));
        assertFalse(PageScores.hasDuplicateParagraph(para + " " + para));
        assertFalse(PageScores.hasDuplicateParagraph(null));
        // 40 characters once stripped, but fewer once inner spaces are collapsed: score.py still counts it.
        String spaced = "a" + " ".repeat(30) + "b23456789";
        assertTrue(PageScores.hasDuplicateParagraph(spaced + "\n" + spaced));
    }

    @Test
    void shingleAggregationAveragesWhereDefined() throws IOException {
        Scoreboard board = new Scoreboard();
        board.add(page("dev", "a", "a b c d e"), Form.HTML, 0, "a b c d");   // p 1, r 0.5
        board.add(page("dev", "b", "x y z w"), Form.HTML, 1, "");           // p left out, r 0
        board.add(page("dev", "c", ""), Form.HTML, 1, "q r s t");           // p 0, r left out
        Scoreboard.Summary s = board.summary("dev", Form.HTML, null);
        assertEquals(0.5, s.shingles().precision(), EXACT);
        assertEquals(0.25, s.shingles().recall(), EXACT);
        assertEquals(1.0 / 3, board.f1("dev", Form.HTML, null), EXACT);
        assertEquals(3, board.pages("dev", Form.HTML, null));
        // Fold 0: P 1, R 0.5, F1 2/3; fold 1: P 0, R 0, F1 0.
        assertEquals(Math.sqrt(2) / 3, board.foldSpread("dev", Form.HTML, null), EXACT);
        assertTrue(board.table().contains("| dev "), board.table());
    }

    @Test
    void wordAggregationIsTheMeanOfPageF1PerType() throws IOException {
        Scoreboard board = new Scoreboard();
        board.add(page("wcxb-dev", "1", "one two", "article"), Form.TEXT, 0, "one two");
        board.add(page("wcxb-dev", "2", "three four", "article"), Form.TEXT, 1, "");
        board.add(page("wcxb-dev", "3", "five six", "forum"), Form.TEXT, 1, "five");
        assertEquals((1 + 0 + 2.0 / 3) / 3, board.f1("wcxb-dev", Form.TEXT, null), EXACT);
        assertEquals(0.5, board.f1("wcxb-dev", Form.TEXT, "article"), EXACT);
        assertEquals(Math.sqrt(0.5), board.foldSpread("wcxb-dev", Form.TEXT, "article"), EXACT);
        assertTrue(Double.isNaN(board.foldSpread("wcxb-dev", Form.TEXT, "forum")), "one fold: no spread");
        assertEquals(0, board.pages("wcxb-dev", Form.HTML, null));
        String table = board.table();
        assertTrue(table.contains("· article") && table.contains("· forum"), table);
        Map<String, Object> json = JSON.std.mapFrom(board.json());
        assertEquals(3, ((List<?>) json.get("groups")).size(), board.json());
    }

    /**
     * Twenty real truths with made-up predictions (paragraphs dropped, boilerplate added, a paragraph
     * doubled, Windows line ends, one missing file, one exact copy), scored by score.py and by the
     * scoreboard: every figure agrees.
     */
    @Test
    void agreesWithScorePy() throws Exception {
        Path scorePy = EvalCorpus.DEFAULT_DIR.resolve("score.py");
        assumeTrue(Files.isRegularFile(scorePy), "score.py is absent at " + scorePy.toAbsolutePath().normalize()
                + " (the shared data sits beside the clone): skipped");
        assumeTrue(hasPython(), "python3 is not on the PATH: the cross-check with score.py is skipped");
        EvalCorpus corpus = EvalCorpus.load(EvalCorpus.DEFAULT_DIR);
        Scoreboard board = new Scoreboard();
        int k = 0;
        for (String set : List.of("dev", "wcxb-dev")) {
            List<EvalPage> pages = corpus.pages().stream().filter(p -> p.set().equals(set)).toList();
            assumeTrue(pages.size() >= 100, "the set " + set + " is absent or incomplete: skipped");
            Path split = Files.createDirectories(tmp.resolve(set).resolve("split"));
            Path pred = Files.createDirectories(tmp.resolve(set).resolve("pred"));
            for (int i = 0; i < 10; i++, k++) {
                EvalPage page = pages.get(i * (pages.size() / 10));
                Files.copy(page.truth(), split.resolve(page.id() + ".truth.txt"));
                Path json = page.truth().resolveSibling(page.id() + ".json");
                if (Files.isRegularFile(json)) Files.copy(json, split.resolve(page.id() + ".json"));
                String prediction = prediction(page, k);
                if (k != 3) Files.writeString(pred.resolve(page.id() + ".txt"), prediction, StandardCharsets.UTF_8);
                board.add(page, Form.HTML, k % 5, prediction);
            }
            for (String metric : List.of("shingles", "words")) {
                Map<String, Object> py = scorePy(scorePy, split, pred, metric);
                assertEquals(10, ((Number) py.get("pages")).intValue());
                assertAgrees(set + " " + metric, py, board.summary(set, Form.HTML, null), metric);
                Map<?, ?> types = (Map<?, ?>) py.getOrDefault("types", Map.of());
                for (Map.Entry<?, ?> type : types.entrySet()) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> typed = (Map<String, Object>) type.getValue();
                    assertAgrees(set + " " + metric + " " + type.getKey(), typed,
                            board.summary(set, Form.HTML, (String) type.getKey()), metric);
                }
                assertEquals(set.equals("wcxb-dev"), !types.isEmpty(), "types only where the pages have json");
            }
        }
    }

    /** The truth with some paragraphs dropped and boilerplate around it; the k-th page's own variant. */
    private static String prediction(EvalPage page, int k) {
        String truth = page.truthText();
        if (k == 3) return "";
        if (k == 7) return truth;
        if (k == 12) return String.join("\n", BOILERPLATE);
        List<String> kept = new ArrayList<>();
        kept.add(BOILERPLATE.get(k % BOILERPLATE.size()));
        String[] paragraphs = truth.split("\n\n");
        for (int j = 0; j < paragraphs.length; j++) {
            if ((j + k) % 3 != 0 || paragraphs.length == 1) kept.add(paragraphs[j]);
        }
        if (k % 4 == 1) kept.add(kept.stream().max((a, b) -> a.length() - b.length()).orElseThrow());
        if (k % 2 == 0 && !page.without().isEmpty()) kept.add(page.without().get(0));
        kept.add(BOILERPLATE.get((k + 2) % BOILERPLATE.size()));
        String text = String.join("\n\n", kept);
        return k % 6 == 5 ? text.replace("\n", "\r\n") : text;
    }

    private static void assertAgrees(String what, Map<String, Object> py, Scoreboard.Summary java, String metric) {
        Scoreboard.Prf prf = metric.equals("words") ? java.words() : java.shingles();
        assertEquals(number(py, "f1"), prf.f1(), 1e-9, what + " F1");
        assertEquals(number(py, "precision"), prf.precision(), 1e-9, what + " P");
        assertEquals(number(py, "recall"), prf.recall(), 1e-9, what + " R");
        assertEquals(number(py, "dup"), java.dup(), 1e-9, what + " dup");
        assertEquals(((Number) py.get("pages")).intValue(), java.pages(), what + " pages");
        if (py.containsKey("with")) assertEquals(number(py, "with"), java.with(), 1e-9, what + " with");
        if (py.containsKey("without")) assertEquals(number(py, "without"), java.without(), 1e-9, what + " without");
        assertEquals(py.containsKey("with"), !Double.isNaN(java.with()), what + " with present");
    }

    private static double number(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    private static Map<String, Object> scorePy(Path scorePy, Path split, Path pred, String metric) throws Exception {
        Process process = new ProcessBuilder("python3", scorePy.toString(), split.toString(), pred.toString(),
                "--metric", metric, "--json").redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "score.py did not finish");
        assertEquals(0, process.exitValue(), out);
        String json = out.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError(out));
        return JSON.std.mapFrom(json);
    }

    private static boolean hasPython() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private EvalPage page(String set, String id, String truth) throws IOException {
        return page(set, id, truth, "article");
    }

    private EvalPage page(String set, String id, String truth, String type) throws IOException {
        Path file = Files.createDirectories(tmp.resolve(set)).resolve(id + ".truth.txt");
        Files.writeString(file, truth);
        return new EvalPage(set, id, "example.org", type, "https://example.org/" + id, file, List.of(), List.of());
    }
}
