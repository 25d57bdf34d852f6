package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scrapecleaner.clean.MetadataCandidate.Field;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an HTML page declares, found source by source, and chosen by a table of weights. */
class HtmlMetadataTest {
    private static final String PAGE = """
            <html lang="en"><head><title>Harbour plan approved | Harbour Gazette</title>
            <meta property="og:site_name" content="Harbour Gazette">
            <meta property="og:title" content="Harbour plan approved - Harbour Gazette">
            <meta property="article:modified_time" content="2025-04-01T10:00:00+02:00">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"NewsArticle","headline":"Harbour plan approved","datePublished":"2025-03-03T09:30:00+01:00",
               "dateModified":"2025-04-01T10:00:00+02:00","author":[{"@id":"#jane"},{"@type":"Person","name":"John Roe"}],
               "publisher":{"@type":"Organization","name":"Harbour Gazette"}},
              {"@type":"Person","@id":"#jane","name":"Jane Doe"},
            ]}</script></head>
            <body><h1>Harbour plan approved</h1><p>By Jane Doe and John Roe</p><p>Updated April 1, 2025</p>
            <p>The council approved the harbour plan after a long debate that ran past midnight, with twelve votes to three.</p>
            </body></html>""";

    private static List<MetadataCandidate> candidates() {
        return MetadataEvidence.of(PAGE.getBytes(StandardCharsets.UTF_8)).candidates();
    }

    private static List<String> values(String source) {
        for (MetadataCandidate c : candidates()) if (c.source().equals(source)) return c.values();
        return null;
    }

    @Test
    void jsonLdGraphsAndAuthorReferencesAreFollowed() {
        assertEquals(List.of("Harbour plan approved"), values("JSON-LD Article.headline"));
        assertEquals(List.of("2025-03-03T09:30:00+01:00"), values("JSON-LD Article.datePublished"));
        assertEquals(List.of("Jane Doe", "John Roe"), values("JSON-LD Article.author"));
    }

    @Test
    void titlesLoseTheSiteNameAndTheBylineNearTheHeadlineIsRead() {
        assertEquals(List.of("Harbour plan approved"), values("<title>, site name removed"));
        assertEquals(List.of("Harbour plan approved"), values("meta og:title, site name removed"));
        assertEquals(List.of("Jane Doe", "John Roe"), values("byline near the h1"));
    }

    @Test
    void noModificationDateIsACandidate() {
        for (MetadataCandidate c : candidates()) {
            if (c.field() == Field.DATE) assertFalse(c.values().get(0).startsWith("2025-04-01"), c.toString());
        }
    }

    @Test
    void theWeightsChooseAndSayWhy() {
        MetadataWeights weights = MetadataWeights.parse(String.join("\n",
                "threshold\thtml\ttitle\t0.9", "threshold\thtml\tauthor\t0.9", "threshold\thtml\tpublishedDate\t0.9",
                "weight\thtml\ttitle\tfor <h1>, the only one\t2", "weight\thtml\ttitle\tfor JSON-LD Article.headline\t2",
                "weight\thtml\tauthor\tfor JSON-LD Article.author\t3",
                "weight\thtml\tpublishedDate\tfor JSON-LD Article.datePublished\t1"));
        Page page = new Page(new ScrapeDecoder().decode(PAGE.getBytes(StandardCharsets.UTF_8)));
        new HtmlParser().apply(page);
        new HtmlMetadata(weights).apply(page);
        new MetadataChoice(weights).apply(page);
        assertEquals("Harbour plan approved", page.title());
        assertTrue(page.metadata().sources().get("title").startsWith("title from "), page.metadata().sources().toString());
        assertEquals(List.of("Jane Doe", "John Roe"), page.metadata().authors());
        assertEquals("Jane Doe, John Roe", page.metadata().author());
        assertEquals("author from JSON-LD Article.author", page.metadata().sources().get("author").split(" \\(")[0]);
        // One source at weight 1 is a chance of 0.73, under the threshold: no date rather than a doubtful one.
        assertNull(page.metadata().publishedDate());
        assertEquals("Harbour Gazette", page.metadata().siteName());
        assertEquals("en", page.metadata().language());
    }
}
