package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text dumps (one block a line) written for one difficulty each, through the rules: the pipeline
 * without its content model. The rules' decisions are the model's strongest features; what the
 * model makes of them is measured on real pages nobody wrote for it ({@code learn.DevSetQualityTest}).
 */
class TextDumpCleaningTest {
    private static final List<String> MENU = List.of("Home", "World", "Sport", "Business", "Culture", "Weather",
            "Contact us", "Advertise");
    private static final List<String> FOOTER = List.of("Related stories",
            "Ferry timetable changes from next month", "Fishing fleet records its best season in a decade",
            "© 2026 Example Media. All rights reserved.");
    private static final String P1 = "The regional council approved the new harbour plan on Tuesday, after a debate that lasted most of the afternoon.";
    private static final String P2 = "Residents had raised concerns about noise and traffic, and the plan was changed twice to answer them before the vote.";
    private static final String P3 = "Construction is expected to begin in the spring, and the first berths should open to ships within two years.";

    private static CleanResult clean(List<String> body) {
        List<String> lines = new ArrayList<>();
        lines.add("date 2026-03-02 200");
        lines.addAll(MENU);
        lines.addAll(body);
        lines.addAll(FOOTER);
        return new Cleaner(new ScrapeDecoder(), null, null).clean(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    private static Block block(CleanResult r, String text) {
        return r.blocks().stream().filter(b -> b.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void headlineAndParagraphsAreTheArticleAndTheMenuIsNot() {
        CleanResult r = clean(List.of("Harbour plan approved after long debate", P1, P2, P3));
        assertEquals("Harbour plan approved after long debate", r.article().headline());
        assertEquals(List.of(P1, P2, P3), r.article().paragraphs());
        assertEquals(Reason.SCRAPER_HEADER, r.blocks().get(0).removal());
        assertEquals(Reason.OUTSIDE_MAIN_CONTENT, block(r, "Sport").removal());
        assertEquals(Reason.LEGAL_DISCLAIMER, block(r, "© 2026 Example Media. All rights reserved.").removal());
    }

    @Test
    void secondCaptureOfTheBodyIsDropped() {
        CleanResult r = clean(List.of("Harbour plan approved after long debate", P1, P2, P3, P1, P2, P3));
        assertEquals(List.of(P1, P2, P3), r.article().paragraphs());
        assertEquals(3, r.blocks().stream().filter(b -> b.removal() == Reason.DUPLICATE).count());
    }

    @Test
    void errorBannerOnTopOfAFullArticleIsRemovedAndSignalled() {
        CleanResult r = clean(List.of("Sorry, the page you requested could not be found.",
                "Harbour plan approved after long debate", P1, P2, P3));
        assertEquals(List.of(P1, P2, P3), r.article().paragraphs());
        assertEquals(Reason.ERROR_BANNER, block(r, "Sorry, the page you requested could not be found.").removal());
    }

    @Test
    void tableFlattenedToOneCellALineStaysWithTheArticleARowALine() {
        List<String> body = new ArrayList<>(List.of("Harbour traffic by quarter", P1, "Quarter", "Ships", "Tonnes", "Change"));
        String[][] rows = {{"Q1", "212", "1,204", "+3%"}, {"Q2", "230", "1,310", "+9%"}, {"Q3", "198", "1,122", "-14%"},
                {"Q4", "241", "1,402", "+25%"}, {"Year", "881", "5,038", "+4%"}};
        for (String[] row : rows) body.addAll(List.of(row));
        body.add(P2);
        CleanResult r = clean(body);
        assertEquals(List.of(P1, "Quarter Ships Tonnes Change", "Q1 212 1,204 +3%", "Q2 230 1,310 +9%", "Q3 198 1,122 -14%",
                "Q4 241 1,402 +25%", "Year 881 5,038 +4%", P2), r.article().paragraphs(), "each row back on one line");
    }

    @Test
    void numberedListOfPicksAfterTheIntroductionStays() {
        List<String> body = new ArrayList<>(List.of("Five ferries worth the trip", P1, P2));
        String[] picks = {"1) The night boat to the islands", "2) The old paddle steamer", "3) The river shuttle",
                "4) The lake crossing at dawn", "5) The harbour tour"};
        for (String pick : picks) body.addAll(List.of(pick, "https://example.org/" + pick.charAt(0)));
        CleanResult r = clean(body);
        List<String> kept = r.article().paragraphs();
        assertEquals(P1, kept.get(0));
        assertTrue(kept.containsAll(List.of(picks)), kept.toString());
        assertTrue(kept.contains("https://example.org/3"), kept.toString());
    }

    @Test
    void bulletedItemsInsideTheArticleStay() {
        String item1 = "you no longer have to queue at the old ticket office";
        String item2 = "bikes travel free on every crossing before noon";
        CleanResult r = clean(List.of("Harbour plan approved after long debate", P1, "The plan in short:", item1, item2, P2, P3));
        assertEquals(List.of(P1, "The plan in short:", item1, item2, P2, P3), r.article().paragraphs());
    }

    @Test
    void captionsAreToldByTheirLabel() {
        List<String> captions = List.of("Image caption The harbour master said the new berths were long overdue",
                "The old quay at low tide (Photo: Harbour Archive)",
                "Ferries wait at the old quay before the morning crossing to the islands (Photo by Sam Lee)");
        CleanResult r = clean(List.of("Harbour plan approved after long debate", P1, captions.get(0), P2, captions.get(1),
                captions.get(2), P3));
        assertEquals(List.of(P1, P2, P3), r.article().paragraphs());
        for (String caption : captions) assertEquals(Reason.CAPTION, block(r, caption).removal(), caption);
    }

    @Test
    void bylineAgencyCaptionsGalleryCountersAndNewsletterPromosGo() {
        List<String> noise = List.of("By Jane Doe and Sam Lee",
                "In this March 2, 2026, file photo, ferries wait at the old quay before the morning crossing to the islands.",
                "Sam Lee | Harbour Press | Getty Images",
                "2of4The new berths seen from the lighthouse, Tuesday, March 2, 2026, as the council met to vote on them.",
                "Get breaking news alerts and special reports. The stories that matter, delivered to your inbox every morning.");
        List<String> body = new ArrayList<>(List.of("Harbour plan approved after long debate", noise.get(0), P1));
        body.addAll(noise.subList(1, 4));
        body.addAll(List.of(P2, noise.get(4), P3));
        CleanResult r = clean(body);
        assertEquals(List.of(P1, P2, P3), r.article().paragraphs());
        assertEquals(Reason.BYLINE, block(r, noise.get(0)).removal());
        for (String caption : noise.subList(1, 4)) assertEquals(Reason.CAPTION, block(r, caption).removal(), caption);
        assertEquals(Reason.NEWSLETTER, block(r, noise.get(4)).removal());
    }

    @Test
    void affiliateDisclosureAfterTheArticleIsLegalText() {
        String disclosure = "Sometimes we include links to online stores: if you click on one and buy, we may receive a small commission.";
        CleanResult r = clean(List.of("Harbour plan approved after long debate", P1, P2, P3, disclosure));
        assertEquals(Reason.LEGAL_DISCLAIMER, block(r, disclosure).removal());
        assertEquals(List.of(P1, P2, P3), r.article().paragraphs());
    }

    @Test
    void commentPolicyCommentFormAndConsentNoticeInItalianAreNoArticle() {
        String consent = "Utilizziamo i cookie per essere sicuri che tu possa avere la migliore esperienza sul nostro sito, "
                + "se continui ad utilizzare questo sito noi assumiamo che tu ne sia felice.";
        String policy = "ATTENZIONE: i commenti sono moderati e quelli offensivi verso gli altri lettori non saranno approvati dalla redazione.";
        CleanResult r = clean(List.of("Harbour plan approved after long debate", P1, P2, P3, policy, "Lascia un commento Annulla risposta",
                consent));
        assertEquals(List.of(P1, P2, P3), r.article().paragraphs());
        assertEquals(Reason.COMMENTS, block(r, policy).removal());
        assertEquals(Reason.COMMENTS, block(r, "Lascia un commento Annulla risposta").removal());
        assertEquals(Reason.COOKIE_NOTICE, block(r, consent).removal());
    }

    @Test
    void scheduleAfterTheArticleStaysButAListUnderARelatedHeadingDoesNot() {
        List<String> schedule = List.of("June 9 -- Harbour Hall, Portsmouth", "June 12 -- Quay Theatre, Bristol",
                "Aug. 2 -- Pier Pavilion, Brighton", "Sept. 14 -- Dock Arena, Liverpool");
        List<String> body = new ArrayList<>(List.of("Harbour band sets summer tour", P1, P2, "The tour dates:"));
        body.addAll(schedule);
        body.addAll(List.of("Related stories", "5 Things to Do in June", "6 Things to Do in July", "6 Things to Do in May",
                "4 Things to Do in August"));
        CleanResult r = clean(body);
        List<String> expected = new ArrayList<>(List.of(P1, P2, "The tour dates:"));
        expected.addAll(schedule);
        assertEquals(expected, r.article().paragraphs());
    }

    @Test
    void labelsBeforeTheirValuesAreNoSentences() {
        CleanResult r = clean(List.of("Harbour plan approved after long debate", P1, "Author:", "Publish date:", P2, P3));
        assertEquals(List.of(P1, P2, P3), r.article().paragraphs());
    }

    @Test
    void readingTimeIsMetadataInAnyOfTheLanguages() {
        CleanResult r = clean(List.of("Harbour plan approved after long debate", "5 min read", P1, "Tempo de leitura: 1 minuto", P2, P3));
        assertEquals(List.of(P1, P2, P3), r.article().paragraphs());
        assertEquals(Reason.METADATA, block(r, "5 min read").removal());
        assertEquals(Reason.METADATA, block(r, "Tempo de leitura: 1 minuto").removal());
    }

    @Test
    void rankedTeaserListIsNoTable() {
        List<String> body = new ArrayList<>(List.of("Harbour plan approved after long debate", P1, P2, P3, "Most read"));
        for (int i = 1; i <= 6; i++) body.addAll(List.of(String.valueOf(i), "Story number " + i + " of the day"));
        CleanResult r = clean(body);
        assertEquals(List.of(P1, P2, P3), r.article().paragraphs());
    }

    @Test
    void shortLineBeforeAParagraphIsASubheadAndStays() {
        CleanResult r = clean(List.of("Harbour plan approved after long debate", P1, "What happens next", P2, P3));
        assertEquals(List.of(P1, "What happens next", P2, P3), r.article().paragraphs());
    }

    @Test
    void commentThreadLongerThanTheArticleDoesNotWin() {
        List<String> body = new ArrayList<>(List.of("Harbour plan approved after long debate", P1, P2, P3, "Comments"));
        for (int i = 0; i < 6; i++) {
            body.addAll(List.of("reader" + i, "2 hours ago",
                    "I have lived by the harbour for " + (20 + i) + " years and I think this plan is a mistake for all of us here.", "Reply"));
        }
        CleanResult r = clean(body);
        assertEquals(List.of(P1, P2, P3), r.article().paragraphs());
        assertFalse(r.article().text().contains("years and I think"));
    }
}
