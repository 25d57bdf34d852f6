package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scrapecleaner.eval.DevSet;
import dev.scrapecleaner.eval.ShingleScore;
import org.junit.jupiter.api.Test;

/**
 * The core on the shared development set, scored with the benchmark's own metric against the bars
 * of the cleaning issue (HTML F1 0.965 and precision 0.95, text dumps F1 0.93, no double capture
 * kept), so a change that loses quality fails here. Skipped without the set.
 */
class DevSetQualityTest {
    @Test
    void htmlPagesKeepTheirBodyAndLittleElse() throws Exception {
        ShingleScore score = DevSet.score(new Cleaner(), false);
        System.out.println("DEV-SET html: " + score);
        assertEquals(121, score.pages());
        assertTrue(score.f1() >= 0.965, "HTML F1 " + score);
        assertTrue(score.precision() >= 0.95, "HTML precision " + score);
        assertEquals(0.0, score.duplicateRate(), "no HTML prediction repeats a paragraph: " + score);
    }

    @Test
    void textDumpsKeepTheirBodyOnce() throws Exception {
        ShingleScore score = DevSet.score(new Cleaner(), true);
        System.out.println("DEV-SET text: " + score);
        assertTrue(score.f1() >= 0.93, "text-dump F1 " + score);
        assertEquals(0.0, score.duplicateRate(), "no text-dump prediction keeps a double capture: " + score);
    }
}
