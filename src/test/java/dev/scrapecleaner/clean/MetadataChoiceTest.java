package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The authors and the date are chosen once the page is typed, with the type among the weights' evidence. */
class MetadataChoiceTest {
    private static final String PAGE = """
            <html><head><title>Trail shoes</title>
            <script type="application/ld+json">{"@type":"WebPage","datePublished":"2025-03-03",
              "author":{"@type":"Person","name":"Jane Doe"}}</script></head>
            <body><h1>Trail shoes</h1><p>Light shoes for long runs on rough ground, with a grippy sole and a soft heel.</p>
            </body></html>""";

    /** One source at weight 1 and a type's weight: an article reaches the threshold, a product page does not. */
    private static final MetadataWeights WEIGHTS = MetadataWeights.parse(String.join("\n",
            "threshold\thtml\tauthor\t0.9", "threshold\thtml\tpublishedDate\t0.9",
            "weight\thtml\tauthor\tfor JSON-LD WebPage.author\t1",
            "weight\thtml\tpublishedDate\tfor JSON-LD WebPage.datePublished\t1",
            "weight\thtml\tauthor\tpage type: article\t2", "weight\thtml\tpublishedDate\tpage type: article\t2",
            "weight\thtml\tauthor\tpage type: product\t-2", "weight\thtml\tpublishedDate\tpage type: product\t-2"));

    private static Page typed(String type) {
        Page page = new Page(new ScrapeDecoder().decode(PAGE.getBytes(StandardCharsets.UTF_8)));
        new HtmlParser().apply(page);
        new HtmlMetadata(WEIGHTS).apply(page);
        if (type != null) page.pageType(new PageType(type, 0.9, Map.of(type, 0.9)));
        new MetadataChoice(WEIGHTS).apply(page);
        return page;
    }

    @Test
    void anArticleGetsItsDeclaredAuthorAndDateAndSaysWhy() {
        Page page = typed("article");
        assertEquals("2025-03-03", page.metadata().publishedDate());
        assertEquals(List.of("Jane Doe"), page.metadata().authors());
        assertEquals("publishedDate from JSON-LD WebPage.datePublished; on a page typed article",
                page.metadata().sources().get("publishedDate"));
    }

    @Test
    void aProductPageDeclaringTheSameGetsNeither() {
        Page page = typed("product");
        assertNull(page.metadata().publishedDate());
        assertEquals(List.of(), page.metadata().authors());
        assertNull(page.metadata().sources().get("author"));
    }

    @Test
    void anUntypedPageIsWeighedOnItsSourcesAlone() {
        // A chance of 0.73 (one source at weight 1), under the threshold of 0.9.
        Page page = typed(null);
        assertNull(page.metadata().publishedDate());
        assertEquals(List.of(), page.metadata().authors());
    }
}
