package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A page as a reader service returns it: the page's declared title, address and date, then the page. */
class ReaderPreambleTest {
    private static final List<String> PREAMBLE = List.of("Title: Harbour plan approved after long debate | Example News", "",
            "URL Source: https://www.examplenews.com/2026/03/02/harbour-plan", "",
            "Published Time: 2026-03-02T07:30:00+01:00", "", "Markdown Content:");

    @Test
    void thePreambleGivesTheDeclaredTitleAddressAndDate() {
        ReaderPreamble p = ReaderPreamble.read(HarbourStory.after(PREAMBLE), 0);
        assertEquals("Harbour plan approved after long debate | Example News", p.title());
        assertEquals("https://www.examplenews.com/2026/03/02/harbour-plan", p.urlSource());
        assertEquals("2026-03-02T07:30:00+01:00", p.publishedTime());
        assertEquals(PREAMBLE.size(), p.end(), "the page starts after the Markdown Content line");
    }

    @Test
    void aPageThatOnlyOpensWithATitleHasNoPreamble() {
        assertNull(ReaderPreamble.read(List.of("Title: The harbour plan", "The council approved it on Tuesday.",
                "Markdown Content:"), 0), "a line of prose is no field");
        assertNull(ReaderPreamble.read(List.of("Title: The harbour plan", "Markdown Content:", "The council approved it."), 0),
                "a reader always names the page's address");
        assertNull(ReaderPreamble.read(List.of("Home", "Title: The harbour plan", "URL Source: https://x.example/",
                "Markdown Content:"), 0));
    }

    @Test
    void aReadersPageCleansToTheArticleOfTheScrapersDumpWithTheDeclaredMetadata() {
        List<String> scraped = new ArrayList<>(List.of("date 2026-03-02 200"));
        scraped.addAll(HarbourStory.DUMP);
        CleanResult fromScraper = HarbourStory.clean(scraped);
        CleanResult fromReader = HarbourStory.clean(HarbourStory.after(PREAMBLE));
        assertEquals(fromScraper.article().paragraphs(), fromReader.article().paragraphs());
        assertEquals(3, fromReader.article().paragraphs().size());
        assertEquals(Reason.SCRAPER_HEADER, fromReader.blocks().get(0).removal());
        assertTrue(fromReader.blocks().stream().noneMatch(b -> b.text().startsWith("URL Source")), "no field is a line of the page");
        Metadata m = fromReader.article().metadata();
        assertEquals("https://www.examplenews.com/2026/03/02/harbour-plan", m.url());
        assertEquals("2026-03-02T07:30:00+01:00", m.publishedDate());
        assertEquals("publishedDate from the reader's Published Time field", m.sources().get("publishedDate"));
        assertEquals("Harbour plan approved after long debate", fromReader.article().title(), "the site's name, as its address names it, removed");
        assertEquals("title from the reader's Title field, site name removed", m.sources().get("title"));
        assertNull(fromReader.header(), "a reader says nothing of the fetch");
    }

    @Test
    void aTitleLosesTheSectionAndSiteNamesItEndsWith() {
        List<String> preamble = List.of("Title: Harbour plan approved after long debate - Local - The Daily Example",
                "URL Source: https://www.tde.example/local/harbour-plan", "Markdown Content:");
        CleanResult r = HarbourStory.clean(HarbourStory.after(preamble));
        assertEquals("Harbour plan approved after long debate", r.article().title());
        assertEquals("title from the reader's Title field, short last segments removed", r.article().metadata().sources().get("title"));
        assertNull(r.article().metadata().publishedDate(), "no Published Time field, and no date line in the page");
    }

    @Test
    void aPageTheServerRefusedIsReportedWithItsStatus() {
        List<String> refused = List.of("Title: Page Not Found | Example News", "", "URL Source: https://www.examplenews.com/gone", "",
                "Warning: Target URL returned error 404: Not Found", "", "Markdown Content:",
                "Sorry, the page you are looking for does not exist or has been moved.");
        assertEquals(404, ReaderPreamble.read(refused, 0).httpStatus());
        CleanResult r = HarbourStory.clean(refused);
        assertEquals(404, r.header().httpStatus());
        assertTrue(r.header().isHttpError());
        assertNull(ReaderPreamble.read(HarbourStory.after(PREAMBLE), 0).httpStatus(), "no warning: the page was served");
    }

    @Test
    void withoutADateOrTitleTheDumpsOwnLinesAreRead() {
        List<String> bare = List.of("URL Source: https://www.examplenews.com/a", "Markdown Content:");
        assertNull(ReaderPreamble.read(bare, 0), "a preamble opens with the title");
        List<String> untitled = new ArrayList<>(List.of("Title:", "URL Source: https://www.examplenews.com/a", "Markdown Content:"));
        untitled.addAll(HarbourStory.DUMP);
        CleanResult r = HarbourStory.clean(untitled);
        assertEquals("https://www.examplenews.com/a", r.article().metadata().url());
        assertNull(r.article().metadata().publishedDate());
        String why = r.article().metadata().sources().getOrDefault("title", "");
        assertTrue(why.startsWith("title from") && !why.contains("reader"), "the title is weighed from the dump's lines: " + why);
    }
}
