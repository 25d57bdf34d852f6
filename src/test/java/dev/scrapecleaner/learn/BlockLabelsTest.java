package dev.scrapecleaner.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How blocks are labelled against a page's truth: by their word triples, short ones by lines and neighbours. */
class BlockLabelsTest {
    private static final String TRUTH = """
            The council approved the new budget on Tuesday after a long debate.

            The plan

            Spending on schools rises by four percent, the mayor said.
            """;

    @Test
    void paragraphsOfTheTruthAreContentAndTheChromeIsNot() {
        int[] labels = new BlockLabels(TRUTH).label(List.of(
                "Home",
                "Sign up for our newsletter to get the news in your inbox",
                "The council approved the new budget on Tuesday after a long debate.",
                "The plan",
                "Spending on schools rises by four percent, the mayor said.",
                "Related: the mayor said it was a long debate about nothing"));
        assertArrayEquals(new int[] {0, 0, 1, 1, 1, 0}, labels);
    }

    @Test
    void aParagraphMostlyInTheTruthIsContentEvenWithAWordChanged() {
        int[] labels = new BlockLabels(TRUTH).label(List.of(
                "The council approved the new budget on Monday after a long debate."));
        assertArrayEquals(new int[] {1}, labels);
    }

    @Test
    void aShortWordOfTheTruthIsContentOnlyBetweenContent() {
        String truth = "First paragraph of the story goes here.\n\nMore\n\nSecond paragraph of the story goes here, and more.";
        int[] between = new BlockLabels(truth).label(List.of(
                "First paragraph of the story goes here.", "More", "Second paragraph of the story goes here, and more."));
        int[] atTheEdge = new BlockLabels("First paragraph of the story goes here, and more.").label(List.of(
                "more", "First paragraph of the story goes here, and more.", "Share"));
        assertArrayEquals(new int[] {1, 1, 1}, between);
        assertArrayEquals(new int[] {0, 1, 0}, atTheEdge);
    }

    @Test
    void aBlockWithoutWordsIsIgnored() {
        assertArrayEquals(new int[] {BlockLabels.IGNORED, 1}, new BlockLabels(TRUTH).label(List.of(
                "—", "Spending on schools rises by four percent, the mayor said.")));
    }
}
