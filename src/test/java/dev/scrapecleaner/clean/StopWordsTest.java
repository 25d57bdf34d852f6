package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A word of a text is looked up in place as its lower-cased copy would be. */
class StopWordsTest {
    @Test
    void looksUpAWordInPlaceInAnyCase() {
        String text = "THE cat, Und der Hund; über alles";
        assertTrue(StopWords.contains(text, 0, 3));
        assertFalse(StopWords.contains(text, 4, 7));
        assertTrue(StopWords.contains(text, 9, 12));
        assertEquals(StopWords.contains("über"), StopWords.contains(text, 22, 26));
    }

    /** Random words of stop words' letters, in any case and with characters beyond ASCII, against the allocating lookup. */
    @Test
    void answersAsTheLowerCasedSubstringDoes() {
        String letters = "theandofdeluneinzurderlaetpourwasisdiesobreseuxyKİΣςéüß";
        Random random = new Random(20261203);
        int stopWords = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sb = new StringBuilder("x ");
            int length = 1 + random.nextInt(5);
            for (int i = 0; i < length; i++) {
                char c = letters.charAt(random.nextInt(letters.length()));
                sb.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
            }
            String text = sb.append(" y").toString();
            int end = text.length() - 2;
            boolean expected = StopWords.contains(text.substring(2, end).toLowerCase(Locale.ROOT));
            if (expected) stopWords++;
            assertEquals(expected, StopWords.contains(text, 2, end), text);
        }
        // The random words hit the lists often enough for the comparison to mean something.
        assertTrue(stopWords > 1_000, "only " + stopWords + " stop words drawn");
    }
}
