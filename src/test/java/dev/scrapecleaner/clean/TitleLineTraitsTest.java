package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scrapecleaner.clean.MetadataCandidate.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TitleLineTraitsTest {
    private static final String HEADLINE = "Harbour Plan Approved After Long Council Debate";
    private static final String P1 = "The regional council approved the new harbour plan on Tuesday, after a debate that lasted most of the afternoon.";
    private static final String P2 = "Residents had raised concerns about noise and traffic, and the council changed the plan twice before the vote.";

    /** A dump's blocks: menu, the headline, a share bar, then the article's two paragraphs (kept). */
    private static List<Block> dump() {
        String[] lines = {"Home", HEADLINE, "Home", "Share on Facebook Share on Twitter Email",
                "https://example.com/harbour-plan", P1, P2};
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Block b = new Block(i, lines[i], "p", 0);
            if (i >= 5) b.keep();
            else b.remove(Reason.OUTSIDE_MAIN_CONTENT);
            blocks.add(b);
        }
        return blocks;
    }

    @Test
    void aHeadlineSharesItsWordsWithTheArticleAndAShareBarDoesNot() {
        TitleLineTraits traits = TitleLineTraits.of(dump(), 5);
        assertEquals(List.of(TitleLineTraits.MOST_IN_ARTICLE, TitleLineTraits.TITLE_CASE), traits.traits(HEADLINE));
        assertEquals(List.of(TitleLineTraits.NONE_IN_ARTICLE, TitleLineTraits.TITLE_CASE),
                traits.traits("Share on Facebook Share on Twitter Email"));
        assertTrue(traits.traits("https://example.com/harbour-plan").contains(TitleLineTraits.ADDRESS));
    }

    @Test
    void aLineSaidTwiceBeforeTheArticleIsMarked() {
        TitleLineTraits traits = TitleLineTraits.of(dump(), 5);
        assertTrue(traits.traits("Home").contains(TitleLineTraits.REPEATED));
        assertFalse(traits.traits(HEADLINE).contains(TitleLineTraits.REPEATED));
    }

    @Test
    void anAuthorsNameACreditAndAQuestionSayWhatTheyAre() {
        TitleLineTraits traits = TitleLineTraits.of(dump(), 5);
        assertTrue(traits.traits("Jane Doe").contains(TitleLineTraits.PERSON));
        assertFalse(traits.traits("Harbour plan approved").contains(TitleLineTraits.PERSON), "a name's words are capitalised");
        assertTrue(traits.traits("Guide by Jane Doe, Deputy Editor").contains(TitleLineTraits.CREDIT));
        assertTrue(traits.traits("Edited by Jane Doe").contains(TitleLineTraits.CREDIT));
        assertFalse(traits.traits("Standing by the harbour for forty years").contains(TitleLineTraits.CREDIT));
        assertTrue(traits.traits("What does the harbour plan change?").contains(TitleLineTraits.QUESTION));
        assertFalse(traits.traits(HEADLINE).contains(TitleLineTraits.QUESTION));
    }

    @Test
    void aLineWithoutALetterIsNoTitle() {
        assertFalse(TextDumpMetadata.isTitleLike("36"), "a share count");
        assertTrue(TextDumpMetadata.isTitleLike("2025 in review"));
    }

    @Test
    void aHeadlineWithAYearAndANumberIsNoDateLine() {
        assertTrue(TextDumpMetadata.isTitleLike("7 Mental Health Trends to Watch in 2025"));
        assertTrue(TextDumpMetadata.isTitleLike("Top 10 Cameras of 2025"));
        assertFalse(TextDumpMetadata.isTitleLike("March 20, 2023"), "a date reads in it");
        assertFalse(TextDumpMetadata.isTitleLike("Updated 20 March 2023"));
    }

    @Test
    void aMenuRunTogetherACutSentenceAndALowerCaseStartAreMarked() {
        TitleLineTraits traits = TitleLineTraits.of(dump(), 5);
        assertTrue(traits.traits("Contact SalesSign InSign Up for Free").contains(TitleLineTraits.RUN_TOGETHER));
        assertFalse(traits.traits("Watch it on YouTube with WordPress and LinkedIn").contains(TitleLineTraits.RUN_TOGETHER),
                "a brand's inner capital is no run of menu items");
        assertTrue(traits.traits("I will help you build a program,").contains(TitleLineTraits.CUT));
        assertTrue(traits.traits("Listen to my latest episode:").contains(TitleLineTraits.CUT));
        assertFalse(traits.traits(HEADLINE).contains(TitleLineTraits.CUT));
        assertTrue(traits.traits("“and then the harbour flooded").contains(TitleLineTraits.LOWER_START), "the first letter counts, not a quote");
        assertFalse(traits.traits(HEADLINE).contains(TitleLineTraits.LOWER_START));
    }

    @Test
    void aLineTheCleanerRemovedForItsWordsIsMarkedAndOneRemovedForWhereItStandsIsNot() {
        List<Block> blocks = dump();
        blocks.get(3).remove(Reason.SHARE_BAR);
        TitleLineTraits traits = TitleLineTraits.of(blocks, 5);
        assertTrue(traits.traits("Share on Facebook Share on Twitter Email").contains(TitleLineTraits.NAMED_BOILERPLATE));
        assertFalse(traits.traits(HEADLINE).contains(TitleLineTraits.NAMED_BOILERPLATE), "outside the article, no more");
    }

    @Test
    void titleCaseIsMostLongWordsCapitalisedButNotAllInCapitals() {
        assertTrue(TitleLineTraits.isTitleCase("Harbour Plan Approved After Long Debate"));
        assertFalse(TitleLineTraits.isTitleCase("Harbour plan approved after long debate"));
        assertFalse(TitleLineTraits.isTitleCase("HARBOUR PLAN APPROVED AFTER LONG DEBATE"));
        assertFalse(TitleLineTraits.isTitleCase("Home News"));
    }

    @Test
    void onlyTitlesGetTraits() {
        List<MetadataCandidate> out = TitleLineTraits.of(dump(), 5).apply(List.of(
                new MetadataCandidate(Field.TITLE, "title-like line 1 before the article", List.of(HEADLINE)),
                new MetadataCandidate(Field.AUTHOR, "byline near the article's start", List.of("Jane Doe"))));
        assertTrue(out.get(0).traits().contains(TitleLineTraits.MOST_IN_ARTICLE));
        assertEquals(List.of(), out.get(1).traits());
    }
}
