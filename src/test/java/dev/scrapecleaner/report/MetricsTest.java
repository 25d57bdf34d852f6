package dev.scrapecleaner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MetricsTest {
    /** The expression word counts used to come from: the loop must count the same. */
    private static final Pattern OLD_WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

    @Test
    void joinedWordsCountOnce() {
        assertEquals(4, Metrics.wordCount("Don't stop the well-known"));
        assertEquals(2, Metrics.wordCount("a--b"));
        assertEquals(3, Metrics.wordCount("'quoted' - 42 ½"));
        assertEquals(0, Metrics.wordCount(" -- ' "));
        assertEquals(1, Metrics.wordCount("𝒳𝒴"));
    }

    @Test
    void countsAsTheOldExpressionDid() {
        for (String s : new String[] {"It’s 3-0 at half-time, isn't it?", "e-mail -- re-", "Zürich’s 2nd-largest", "a-'b c'-d",
                "l'été – 1er août", "中文 text 12,5 %", "x- -y 'z'"}) {
            Matcher m = OLD_WORD.matcher(s);
            int old = 0;
            while (m.find()) old++;
            assertEquals(old, Metrics.wordCount(s), s);
        }
    }

    /** Found by the regex audit: the old expression overflowed the stack on this. */
    @Test
    void longHyphenChainIsOneWordAndNoStackOverflow() {
        assertEquals(1, Metrics.wordCount("a-".repeat(200_000) + "a"));
    }
}
