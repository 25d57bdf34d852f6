package dev.scrapecleaner.learn;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scrapecleaner.clean.MetadataCandidate.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataTruthTest {
    private final MetadataTruth truth = new MetadataTruth("Top Nutrition Trends for Fall 2025: What Experts Eat",
            "Jillian Kubala, MS, RD", "2025-09-04");

    @Test
    void aTitleIsRightWithTheSameWordsWhateverTheCaseAndPunctuation() {
        assertTrue(truth.right(Field.TITLE, List.of("top nutrition trends for fall 2025 — what experts eat")));
        assertFalse(truth.right(Field.TITLE, List.of("Top Nutrition Trends for Fall 2025")));
    }

    @Test
    void aDateIsRightOnTheSameDay() {
        assertTrue(truth.right(Field.DATE, List.of("2025-09-04T05:50:00-04:00")));
        assertFalse(truth.right(Field.DATE, List.of("2025-09-05")));
    }

    @Test
    void anAuthorIsRightWhenContainedOrContaining() {
        assertTrue(truth.right(Field.AUTHOR, List.of("Jillian Kubala")));
        assertFalse(truth.right(Field.AUTHOR, List.of("Jill")));
        assertTrue(MetadataTruth.sameAuthor("Julie Weisenhorn and Natalie Hoidal", List.of("Julie Weisenhorn", "Natalie Hoidal")));
        // Names that contain the truth's are right by the rule, however many more they hold; others are not.
        assertTrue(MetadataTruth.sameAuthor("Julie Weisenhorn", List.of("Julie Weisenhorn", "Natalie Hoidal")));
        assertFalse(MetadataTruth.sameAuthor("Julie Weisenhorn", List.of("Natalie Hoidal")));
    }

    @Test
    void aPageWithoutTheFieldHasNoRightValue() {
        assertFalse(new MetadataTruth("T", null, null).right(Field.AUTHOR, List.of("Jane Doe")));
    }
}
