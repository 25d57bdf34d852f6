package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * HTML pages written for one difficulty each, through the rules: the pipeline without its content
 * model. The rules' decisions are the model's strongest features; what the model makes of them is
 * measured on real pages nobody wrote for it ({@code learn.DevSetQualityTest}), not on these.
 */
class HtmlCleaningTest {
    private static final String NAV = "<nav><ul><li><a href=/>Home</a></li><li><a href=/world>World</a></li>"
            + "<li><a href=/sport>Sport</a></li></ul></nav>";
    private static final String FOOTER = "<footer><p>© 2026 Example Media. All rights reserved.</p>"
            + "<p><a href=/privacy>Privacy policy</a> | <a href=/terms>Terms of use</a></p></footer>";

    private static CleanResult clean(String body) {
        String html = "<!doctype html><html><head><title>Ignored | Example</title></head><body>" + NAV + body + FOOTER
                + "</body></html>";
        return new Cleaner(new ScrapeDecoder(), null, null).clean(html.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> paragraphs(String body) {
        return clean(body).article().paragraphs();
    }

    private static Reason reasonFor(CleanResult result, String textStart) {
        return result.blocks().stream().filter(b -> b.text().startsWith(textStart)).findFirst().orElseThrow().removal();
    }

    private static final String P1 = "The regional council approved the new harbour plan on Tuesday, after a debate that lasted most of the afternoon.";
    private static final String P2 = "Residents had raised concerns about noise and traffic, and the plan was changed twice to answer them before the vote.";
    private static final String P3 = "Construction is expected to begin in the spring, and the first berths should open to ships within two years.";

    @Test
    void cookieBannerInsideTheArticleContainerIsRemoved() {
        CleanResult r = clean("<article><h1>Harbour plan approved</h1><p>" + P1 + "</p>"
                + "<div class=cookie-banner><p>We use cookies to improve your experience. By continuing you accept our cookie policy.</p>"
                + "<button>Accept</button></div><p>" + P2 + "</p><p>" + P3 + "</p></article>");
        assertEquals(List.of(P1, P2, P3), r.article().paragraphs());
        assertEquals(Reason.COOKIE_NOTICE, reasonFor(r, "We use cookies"));
    }

    @Test
    void relatedListBetweenParagraphsIsRemoved() {
        CleanResult r = clean("<article><h1>Harbour plan approved</h1><p>" + P1 + "</p>"
                + "<aside class=related><h3>Related stories</h3><ul>"
                + "<li><a href=/a>Ferry timetable changes from next month across the region</a></li>"
                + "<li><a href=/b>Fishing fleet records its best season in a decade</a></li>"
                + "<li><a href=/c>New lighthouse keeper appointed after long search</a></li></ul></aside>"
                + "<p>" + P2 + "</p><p>" + P3 + "</p></article>");
        assertEquals(List.of(P1, P2, P3), r.article().paragraphs());
        assertTrue(r.blocks().stream().filter(b -> b.text().startsWith("Ferry")).allMatch(b -> b.removal() != null));
    }

    @Test
    void whiteSpaceCollapsesAndInvisibleCharactersGoAsInTheBrowser() {
        String messy = "The regional\u200b council\u00ad approved\n\t the new&nbsp;&nbsp;harbour\u2003plan on Tuesday, "
                + "after a <b>debate</b>\r\n that lasted most of the afternoon.";
        assertEquals(List.of(P1, P2), paragraphs("<main><h1>Harbour plan approved</h1><p>" + messy + "</p><p>" + P2 + "</p></main>"));
    }

    @Test
    void oneSentenceArticleIsKept() {
        assertEquals(List.of(P1), paragraphs("<main><h1>Harbour plan approved</h1><p>" + P1 + "</p></main>"));
    }

    @Test
    void articleOfShortQuotesKeepsEveryQuote() {
        List<String> quotes = List.of("“We are delighted,” said the mayor.", "“It took too long,” said a resident.",
                "“Work starts in spring,” the engineer said.", "“We will be watching,” a fisherman added.");
        StringBuilder body = new StringBuilder("<article><h1>What they said about the harbour</h1><p>" + P1 + "</p>");
        for (String q : quotes) body.append("<p>").append(q).append("</p>");
        body.append("</article>");
        List<String> kept = paragraphs(body.toString());
        assertTrue(kept.containsAll(quotes), kept.toString());
    }

    @Test
    void listingPageWithNoArticleGivesAnEmptyArticle() {
        StringBuilder body = new StringBuilder("<main><h1>Latest news</h1><ul>");
        for (int i = 0; i < 12; i++) {
            body.append("<li><a href=/story").append(i).append(">Headline number ").append(i)
                    .append(" about the harbour</a> <span>2 hours ago</span></li>");
        }
        body.append("</ul></main>");
        assertEquals(List.of(), paragraphs(body.toString()));
    }

    @Test
    void germanArticleIsKeptWithItsSubhead() {
        String p1 = "Der Gemeinderat hat am Dienstag den neuen Hafenplan beschlossen, nachdem die Debatte fast den ganzen Nachmittag gedauert hatte.";
        String p2 = "Anwohner hatten sich über Lärm und Verkehr beschwert, und der Plan wurde vor der Abstimmung zweimal geändert.";
        String p3 = "Die Bauarbeiten sollen im Frühjahr beginnen; die ersten Liegeplätze sollen in zwei Jahren öffnen.";
        List<String> kept = paragraphs("<article><h1>Hafenplan beschlossen</h1><p>" + p1 + "</p><h2>Bau ab Frühjahr</h2><p>"
                + p2 + "</p><p>" + p3 + "</p><div class=share><a href=#>Teilen</a> <a href=#>Twittern</a></div></article>");
        assertEquals(List.of(p1, "Bau ab Frühjahr", p2, p3), kept);
    }

    @Test
    void spanishArticleDropsBylineAndDate() {
        String p1 = "El ayuntamiento aprobó el martes el nuevo plan del puerto, después de un debate que duró casi toda la tarde.";
        String p2 = "Los vecinos se habían quejado del ruido y del tráfico, y el plan se modificó dos veces antes de la votación.";
        String p3 = "Las obras comenzarán en primavera y los primeros atraques abrirán dentro de dos años.";
        CleanResult r = clean("<article><h1>Aprobado el plan del puerto</h1><p>Por María García</p><p>martes, 3 de marzo de 2026 10:15</p>"
                + "<p>" + p1 + "</p><p>" + p2 + "</p><p>" + p3 + "</p></article>");
        assertEquals(List.of(p1, p2, p3), r.article().paragraphs());
        assertEquals(Reason.BYLINE, reasonFor(r, "Por María"));
        assertEquals(Reason.METADATA, reasonFor(r, "martes"));
    }

    @Test
    void aSentenceOpeningWithByIsNoByline() {
        String p0 = "By the end of the day, the council had voted to approve it.";
        CleanResult r = clean("<article><h1>Harbour plan approved</h1><p>By Ann Lee and Bob Smith | Reuters</p><p>" + p0
                + "</p><p>" + P1 + "</p><p>" + P2 + "</p></article>");
        assertEquals(List.of(p0, P1, P2), r.article().paragraphs());
        assertEquals(Reason.BYLINE, reasonFor(r, "By Ann Lee"));
    }

    @Test
    void teaserCardsAfterTheArticleAreRelatedLinks() {
        StringBuilder body = new StringBuilder("<div class=story><h1>Harbour plan approved</h1><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p><div class=more-grid>");
        for (int i = 0; i < 4; i++) {
            body.append("<div class=card><a href=/s").append(i).append("><img src=x.jpg></a><h4><a href=/s").append(i)
                    .append(">Another story about the coast number ").append(i).append("</a></h4><div>")
                    .append("A summary of that other story, long enough to read like prose, which it is not part of this article.")
                    .append("</div></div>");
        }
        body.append("</div></div>");
        CleanResult r = clean(body.toString());
        assertEquals(List.of(P1, P2, P3), r.article().paragraphs());
        assertEquals(Reason.RELATED_LINKS, reasonFor(r, "A summary of that other story"));
    }

    @Test
    void layoutClassNamingASidebarDoesNotHideTheArticle() {
        assertEquals(List.of(P1, P2, P3), paragraphs("<div class=\"page-content with-sidebar\"><div class=column><p>" + P1
                + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div><div class=sidebar><h3>Most read</h3>"
                + "<p><a href=/x>Some other story that many people read today</a></p></div></div>"));
    }

    @Test
    void dataTableRowsBecomeOneLineEach() {
        List<String> kept = paragraphs("<article><h1>Final standings</h1><p>" + P1 + "</p><p>" + P2 + "</p><table>"
                + "<tr><th>Pos.</th><th>Driver</th><th>Points</th></tr><tr><td>1</td><td>Ana Silva</td><td>5040</td></tr>"
                + "<tr><td>2</td><td>Ben Okoro</td><td>5035</td></tr></table><p>" + P3 + "</p></article>");
        assertTrue(kept.contains("1 Ana Silva 5040"), kept.toString());
        assertTrue(kept.contains("2 Ben Okoro 5035"), kept.toString());
    }

    @Test
    void numberedPicksWithPrintedAddressesAreKept() {
        StringBuilder picks = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            picks.append("<p>").append(i).append(") Ferry model ").append(i).append("</p><p><a href=\"https://example.org/")
                    .append(i).append("\">https://example.org/").append(i).append("</a></p>");
        }
        List<String> kept = paragraphs("<article><h1>Four ferry models</h1><p>" + P1 + "</p>" + picks + "<p>" + P2 + "</p></article>");
        assertTrue(kept.containsAll(List.of("1) Ferry model 1", "https://example.org/1", "4) Ferry model 4",
                "https://example.org/4")), kept.toString());
    }

    @Test
    void everyRemovedBlockSaysWhy() {
        CleanResult r = clean("<article><h1>Harbour plan approved</h1><p>" + P1 + "</p><p>" + P2 + "</p></article>");
        assertTrue(r.blocks().stream().allMatch(b -> b.isContent() || b.removal() != null));
        assertEquals(Reason.NAVIGATION, reasonFor(r, "Home"));
        assertEquals(Reason.TITLE, reasonFor(r, "Harbour plan approved"));
    }
}
