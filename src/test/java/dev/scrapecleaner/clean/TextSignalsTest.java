package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * What a short block's own words announce. The patterns run only on text that holds one of their words
 * or opens as they do; these are the openings and words of each, in the cases pages write them.
 */
class TextSignalsTest {
    @Test
    void relatedListsOpenWithTheirHeading() {
        for (String s : new String[] {"Most popular", "MOST READ", "Related", "Related Stories", "More from Sport", "Read more",
                "See also", "You may also like", "Recommended", "Trending", "Top Stories", "Popular now", "Latest News",
                "Editor's Picks", "Also read: the budget"}) {
            assertEquals(Reason.RELATED_LINKS, TextSignals.reasonForShortText(s), s);
        }
        assertNull(TextSignals.reasonForShortText("The most popular choice was related to cost"));
    }

    @Test
    void commentSectionsInTheirLanguages() {
        for (String s : new String[] {"Comments", "» 12 Comments", "3 replies", "12 responses", "No comments", "Leave a Reply",
                "Join the conversation", "Join the discussion", "Add a comment", "Show all comments", "Post a comment",
                "Top rated comments", "Deja un comentario", "Deixe um comentário", "Laissez un commentaire",
                "Schreibe einen Kommentar", "Lascia un commento", "Commenti", "Reacties"}) {
            assertEquals(Reason.COMMENTS, TextSignals.reasonForShortText(s), s);
        }
    }

    @Test
    void shareBarsAndAdvertisingLabels() {
        for (String s : new String[] {"Share", "Share this", "SHARE ON FACEBOOK", "Tweet", "Email", "Print this page", "Facebook",
                "Twitter", "LinkedIn", "WhatsApp", "Pinterest", "Reddit"}) {
            assertEquals(Reason.SHARE_BAR, TextSignals.reasonForShortText(s), s);
        }
        for (String s : new String[] {"Advertisement", "ADVERTISING", "Sponsored", "Sponsored content", "Ad"}) {
            assertEquals(Reason.ADVERTISING, TextSignals.reasonForShortText(s), s);
        }
        assertNull(TextSignals.reasonForShortText("Adding more stations"));
    }
}
