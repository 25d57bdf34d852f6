package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A text dump's title: a dump declares none, so it is the likeliest of the lines before the article,
 * weighed on where each stands and what it looks like ({@link TextDumpMetadata}, {@link TitleLineTraits}).
 */
class TextDumpTitleTest {
    private static final String P1 = "The regional council approved the new harbour plan on Tuesday, after a debate that lasted most of the afternoon.";
    private static final String P2 = "Residents had raised concerns about noise and traffic, and the council changed the plan twice before the vote.";
    private static final String P3 = "Construction of the harbour is expected to begin in the spring, and the first berths should open within two years.";

    private static Article clean(String... body) {
        List<String> lines = new ArrayList<>(List.of("date 2026-03-02 200", "Home", "World", "Sport", "Business", "Weather"));
        lines.addAll(List.of(body));
        lines.addAll(List.of(P1, P2, P3, "Related stories", "© 2026 Example Media. All rights reserved."));
        return new Cleaner(new ScrapeDecoder(), null, null).clean(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)).article();
    }

    @Test
    void theTitleIsTheHeadlineNotTheShareBarBetweenItAndTheArticle() {
        Article a = clean("Harbour Plan Approved After Long Council Debate", "Copy Link URL Copied!");
        assertEquals("Harbour Plan Approved After Long Council Debate", a.title());
        String why = a.metadata().sources().get("title");
        assertTrue(why.startsWith("title from title-like line"), why);
    }

    @Test
    void aHeadlineWithAYearAndANumberIsTheTitleNotTheMenuAboveIt() {
        Article a = clean("7 Harbour Projects to Watch in 2026");
        assertEquals("7 Harbour Projects to Watch in 2026", a.title(), "a year and a number make no date line");
    }

    @Test
    void aTitleNoSourceIsSureOfSaysSoAndHowLikelyItIs() {
        Article a = clean("Harbour Plan Approved After Long Council Debate");
        String why = a.metadata().sources().get("title");
        assertTrue(why.contains("the likeliest line, no source sure enough (chance 0."), why);
    }

    @Test
    void aDumpWithoutLinesBeforeItsArticleHasNoTitle() {
        Article a = new Cleaner(new ScrapeDecoder(), null, null)
                .clean(String.join("\n", "date 2026-03-02 200", P1, P2, P3).getBytes(StandardCharsets.UTF_8)).article();
        assertNull(a.title());
    }
}
