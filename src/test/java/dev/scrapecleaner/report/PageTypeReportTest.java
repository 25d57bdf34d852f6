package dev.scrapecleaner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scrapecleaner.clean.Block;
import dev.scrapecleaner.clean.CleanResult;
import dev.scrapecleaner.clean.Cleaner;
import dev.scrapecleaner.clean.PageType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The page type in the report, and how it routes: a page confidently typed outside
 * {@code EXPECTED_PAGE_TYPES} is flagged {@code unexpected-page-type} and reviewed; an untyped or
 * doubtfully typed page is judged as before. The page-type model is not needed to show this: the
 * cleaned results are given their type here, as the model's stage gives it.
 */
class PageTypeReportTest {
    private static final Path ARTICLE = Path.of("events", "raw", "harbour-wind-farm.html");
    private static final Path LISTING = Path.of("src", "test", "resources", "negative", "listing.html");

    /** A type with {@code p} for {@code label} and the rest shared evenly among the others. */
    static PageType typed(String label, double p) {
        double[] probabilities = new double[PageType.LABELS.size()];
        for (int i = 0; i < probabilities.length; i++) {
            probabilities[i] = PageType.LABELS.get(i).equals(label) ? p : (1 - p) / (probabilities.length - 1);
        }
        return PageType.of(probabilities);
    }

    /** The page's cleaned result, as the cleaner gives it, with the type the page-type stage would set. */
    static CleanResult cleaned(Path page, PageType type) throws IOException {
        CleanResult r = new Cleaner().clean(Files.readAllBytes(page));
        return new CleanResult(r.input(), r.article(), r.blocks(), r.header(), r.signals(), r.timingsNanos(), type);
    }

    static Map<String, Object> report(CleanResult result, Thresholds thresholds) {
        Map<String, Object> report = ReportBuilder.report(Source.localFile("page.html", 1), result, null, thresholds);
        Schemas.assertValidReport(report);
        return report;
    }

    static Map<String, Object> report(Path page, PageType type, String expected) throws IOException {
        return report(cleaned(page, type), Thresholds.fromEnv(expected == null ? Map.of() : Map.of("EXPECTED_PAGE_TYPES", expected)));
    }

    static List<?> flags(Map<String, Object> report) {
        return (List<?>) report.get("flags");
    }

    @Test
    void aTypedPageCarriesItsTypeAndConfidence() throws IOException {
        Map<String, Object> r = report(ARTICLE, typed("forum", 0.8123), "*");
        assertEquals("forum", r.get("pageType"));
        assertEquals(0.812, r.get("pageTypeConfidence"));
        assertEquals("2.4", r.get("schemaVersion"));
    }

    @Test
    void anUntypedPageCarriesNullsAndNeverTheFlag() throws IOException {
        Map<String, Object> r = report(ARTICLE, PageType.UNTYPED, "listing");
        assertTrue(r.containsKey("pageType") && r.containsKey("pageTypeConfidence"), r.keySet().toString());
        assertNull(r.get("pageType"));
        assertNull(r.get("pageTypeConfidence"));
        assertFalse(flags(r).contains("unexpected-page-type"), flags(r).toString());
        assertEquals("accept", r.get("verdict"));
    }

    @Test
    void anArticleInANewsIngestIsAccepted() throws IOException {
        Map<String, Object> r = report(ARTICLE, typed("article", 0.9), null);
        assertEquals(List.of(), flags(r).stream().filter("unexpected-page-type"::equals).toList());
        assertEquals("accept", r.get("verdict"));
    }

    @Test
    void aConfidentlyTypedForumInANewsIngestIsFlaggedAndReviewedButStillWritten() throws IOException {
        Map<String, Object> accepted = report(ARTICLE, PageType.UNTYPED, null);
        CleanResult forum = cleaned(ARTICLE, typed("forum", 0.5));
        Map<String, Object> r = report(forum, Thresholds.DEFAULT);
        assertTrue(flags(r).contains("unexpected-page-type"), flags(r).toString());
        assertEquals("review", r.get("verdict"));
        assertEquals(List.of("unexpected-page-type"), r.get("reasons"));
        assertEquals(0.6 * (double) accepted.get("score"), (double) r.get("score"), 0.001, "a doubt costs 40% of the score");
        ProcessedScrape p = new ProcessedScrape(forum, null, Map.of("paragraphs", List.of()), r);
        assertTrue(p.writesArticle(false), "the flag routes the page; its content is still written");
    }

    @Test
    void aTypeTheIngestExpectsIsNotFlagged() throws IOException {
        Map<String, Object> r = report(ARTICLE, typed("forum", 0.95), "article, Forum");
        assertFalse(flags(r).contains("unexpected-page-type"), flags(r).toString());
        assertEquals("accept", r.get("verdict"));
        assertEquals("accept", report(ARTICLE, typed("product", 0.95), "any").get("verdict"));
    }

    @Test
    void aDoubtfulTypeIsNotFlaggedUnlessTheThresholdIsLowered() throws IOException {
        Map<String, Object> r = report(ARTICLE, typed("listing", 0.49), null);
        assertFalse(flags(r).contains("unexpected-page-type"), flags(r).toString());
        assertEquals("accept", r.get("verdict"));
        Map<String, Object> lowered = report(cleaned(ARTICLE, typed("listing", 0.49)),
                Thresholds.fromEnv(Map.of("PAGE_TYPE_CONFIDENCE", "0.4")));
        assertTrue(flags(lowered).contains("unexpected-page-type"), flags(lowered).toString());
    }

    /**
     * A listing whose items only the content model keeps is a {@code no-article} reject while
     * untyped, and still in a news ingest, which also learns its type from the flag; an ingest that
     * takes listings accepts it as what it is.
     */
    @Test
    void aListingTypedAsOneIsAcceptedWhereListingsAreExpected() throws IOException {
        CleanResult untyped = cleaned(LISTING, PageType.UNTYPED);
        // The premise: the model keeps items where the rules keep none. Without it the case does not arise.
        assertFalse(untyped.article().isEmpty(), "the listing's items were kept");
        assertTrue(untyped.blocks().stream().noneMatch(Block::keptByRules), "the rules kept a block of the listing");
        assertEquals("reject", report(untyped, Thresholds.DEFAULT).get("verdict"));

        Map<String, Object> news = report(LISTING, typed("listing", 0.9), null);
        assertEquals("reject", news.get("verdict"));
        assertEquals(List.of("no-article", "unexpected-page-type"), news.get("reasons"));
        Map<String, Object> listings = report(LISTING, typed("listing", 0.9), "article,listing");
        assertFalse(flags(listings).contains("unexpected-page-type"), flags(listings).toString());
        assertFalse(((List<?>) listings.get("reasons")).contains("no-article"), listings.get("reasons").toString());
        // Doubtfully typed, it is judged as an untyped page is.
        assertEquals("reject", report(LISTING, typed("listing", 0.3), "listing").get("verdict"));
    }

    @Test
    void theSchemaHoldsAReportToItsPageType() throws IOException {
        Map<String, Object> r = new LinkedHashMap<>(report(ARTICLE, typed("forum", 0.9), null));
        r.put("pageType", "blog");
        assertThrows(AssertionError.class, () -> Schemas.assertValidReport(r));
        r.remove("pageType");
        assertThrows(AssertionError.class, () -> Schemas.assertValidReport(r), "a 2.3 report must say its page type");
        r.put("schemaVersion", "2.2");
        r.remove("pageTypeConfidence");
        Schemas.assertValidReport(r);
    }
}
