package dev.scrapecleaner.dedupe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Repeats inside one scrape, as scrapers produce them, and the repetition an article may hold. */
class InDocumentDuplicatesTest {
    private static final String A = "The regional council approved the new harbour plan on Tuesday, after a long debate.";
    private static final String B = "Residents had raised concerns about noise and traffic before the vote was taken.";

    @Test
    void aRepeatDifferingInCaseSpacingQuotesAndDashesIsADuplicateOfTheFirst() {
        String again = "  the REGIONAL council approved the new harbour plan on Tuesday,   after a long debate.";
        String quoted = "“We listened to every objection” – said the project director at the meeting.";
        String plain = "\"We listened to every objection\" - said the project director at the meeting.";
        assertArrayEquals(new int[] {-1, -1, 0, 1}, InDocumentDuplicates.find(List.of(A, quoted, again, plain)));
    }

    @Test
    void aParagraphCapturedAgainInTwoPartsOrTwoParagraphsCapturedAsOneAreDuplicates() {
        String firstHalf = "The regional council approved the new harbour plan on Tuesday,";
        String merged = A + " " + B;
        assertArrayEquals(new int[] {-1, -1, 0, 0}, InDocumentDuplicates.find(List.of(A, B, firstHalf, merged)));
    }

    @Test
    void aSecondCaptureThatStartsMidwayIsFoundBlockByBlock() {
        String c = "Construction is expected to begin in the spring and to last two full years.";
        assertArrayEquals(new int[] {-1, -1, -1, 1, 2}, InDocumentDuplicates.find(List.of(A, B, c, B, c)));
    }

    @Test
    void shortRepeatsAreKeptAsTheAuthorsOwn() {
        String refrain = "Not in my harbour.";
        assertArrayEquals(new int[] {-1, -1, -1, -1}, InDocumentDuplicates.find(List.of(refrain, A, B, refrain)));
    }
}
