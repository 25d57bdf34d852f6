package dev.scrapecleaner.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.scrapecleaner.clean.PageType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Held-out predictions filed by set, form, type and fold, summed as score.py sums them, and listed page by page. */
class ScoreboardTest {
    @TempDir
    Path dir;

    private EvalPage page(String id, String type, String truth) throws IOException {
        Path file = dir.resolve(id + ".truth.txt");
        Files.writeString(file, truth);
        return new EvalPage("wcxb-dev", id, id + ".example", type, "", file, List.of(), List.of());
    }

    @Test
    void averagesWordF1OverPagesAndListsEachPage() throws IOException {
        Scoreboard board = new Scoreboard();
        board.add(page("0002", "forum", "one two three four"), Form.TEXT, 1, "one two three four");
        // The cleaner typed page 0001 an article, with probability 0.8.
        PageType typedArticle = PageType.of(new double[] {0.8, 0, 0, 0.2, 0, 0, 0});
        board.add(page("0001", "forum", "one two three four"), Form.TEXT, 0, "one two", typedArticle);
        // Page 0001: precision 1, recall 0.5, F1 2/3; page 0002 exact; the group's F1 is the pages' mean.
        assertEquals((2 / 3.0 + 1) / 2, board.f1("wcxb-dev", Form.TEXT, "forum"), 1e-9);
        List<String> lines = board.pagesTsv().lines().toList();
        assertEquals("set\tid\tform\ttype\tfold\tf1\tprecision\trecall\ttyped\ttyped_confidence", lines.get(0));
        assertEquals("wcxb-dev\t0001\ttext\tforum\t0\t0.667\t1.000\t0.500\tarticle\t0.800", lines.get(1));
        assertEquals("wcxb-dev\t0002\ttext\tforum\t1\t1.000\t1.000\t1.000\t\t", lines.get(2));
        assertEquals(3, lines.size());
    }

    @Test
    void writesEachHeldOutArticleUnderItsSetAndForm() throws IOException {
        Scoreboard board = new Scoreboard();
        board.add(page("0001", "article", "one two three"), Form.TEXT_W3M, 2, "one two\n\nmenu");
        board.add(page("0002", "article", "four five"), Form.HTML, 0, "four five");
        Path out = dir.resolve("articles");
        assertEquals(2, board.writeArticles(out));
        assertEquals("one two\n\nmenu", Files.readString(out.resolve("wcxb-dev/text-w3m/0001.txt")));
        assertEquals("four five", Files.readString(out.resolve("wcxb-dev/html/0002.txt")));
    }

    @Test
    void refusesAPageScoredTwiceInOneForm() throws IOException {
        Scoreboard board = new Scoreboard();
        EvalPage p = page("0001", "article", "a b c");
        board.add(p, Form.HTML, 0, "a b c");
        board.add(p, Form.TEXT, 0, "a b c");
        assertThrows(IllegalArgumentException.class, () -> board.add(p, Form.HTML, 0, "a b"));
    }
}
