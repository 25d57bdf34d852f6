package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** A dump's lines read by their own words: a headline glued to its summary is a teaser. */
class TextDumpClassifierTest {
    @Test
    void aHeadlineGluedToItsSummaryIsATeaser() {
        assertTrue(TextDumpClassifier.isGluedTeaser("Five Takeaways From The Win Over Strong WR OptionsThe 49ers and their fans"));
        assertFalse(TextDumpClassifier.isGluedTeaser("The new iPhone sold out within hours of its launch on Friday."));
    }

    @Test
    void findsTheGlueWhereThePatternDoes() {
        // Letters of every case and script the pattern's classes tell apart, the closing marks, and surrogate pairs.
        String alphabet = "abcxyzABCXYZ ?!”\"’).,'éÉßǅσΣ\u00aa1";
        String[] pairs = {"\uD835\uDC00", "\uD835\uDC1A", "\uD83D\uDE00"};
        Random random = new Random(20261202L);
        int found = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                if (random.nextInt(40) == 0) text.append(pairs[random.nextInt(pairs.length)]);
                else text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            int end = random.nextInt(s.length() + 1);
            Matcher m = TextDumpClassifier.GLUE.matcher(s).region(0, end).useTransparentBounds(true);
            int expected = m.find() ? m.end() : -1;
            assertEquals(expected, TextDumpClassifier.glueEnd(s, end), () -> "'" + s + "' to " + end);
            if (expected >= 0) found++;
        }
        assertTrue(found > 1_000, "glue found in " + found + " texts");
    }
}
