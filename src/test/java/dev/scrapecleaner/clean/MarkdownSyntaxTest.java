package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dump written as Markdown (as crawlers that feed language models write pages) cleans to the
 * article the same page gives written one block a line; a page that quotes a few Markdown links in
 * its text keeps them.
 */
class MarkdownSyntaxTest {
    private static final List<String> MENU = List.of("Home", "World", "Sport", "Business", "Culture", "Weather",
            "Travel", "Science", "Opinion", "Video", "Podcasts", "Contact us");
    private static final String HEADLINE = HarbourStory.HEADLINE;
    private static final List<String> PARAGRAPHS = HarbourStory.PARAGRAPHS;

    @Test
    void aLineReadsAsTheRenderedPageShowsIt() {
        assertEquals("Read the council's minutes here.",
                MarkdownSyntax.plain("Read the [council's minutes](https://city.example/minutes \"Minutes\") here."));
        assertEquals("-   Sport", MarkdownSyntax.plain("-   [Sport](https://news.example/sport)"), "the parser collapses the spaces");
        assertEquals("", MarkdownSyntax.plain("[![Logo](https://news.example/logo.png)](https://news.example/)"));
        assertEquals("Harbour plan approved", MarkdownSyntax.plain("## **Harbour plan** approved"));
        assertEquals("1. The first berths open in 2028.", MarkdownSyntax.plain("1\\. The first berths open in 2028\\."));
        assertEquals("", MarkdownSyntax.plain("* * *"));
        assertEquals("The plan is final, the chair said.", MarkdownSyntax.plain("The plan is _final_, the *chair* said."));
        assertEquals("call snake_case_names as they are", MarkdownSyntax.plain("call snake_case_names as they are"));
        assertEquals("* a bullet, not emphasis *", MarkdownSyntax.plain("* a bullet, not emphasis *"));
        // An address a wrap broke after a hyphen, its lines joined again with a space between them.
        assertEquals("Trump tweeted before Election Day.",
                MarkdownSyntax.plain("Trump [tweeted](https://news.example/trump-rally-lexington- kentucky-2019/) before Election Day."));
        assertEquals("a [link](https://x.example/a b) with a space", MarkdownSyntax.plain("a [link](https://x.example/a b) with a space"),
                "a space anywhere else ends the address: not a link");
    }

    @Test
    void onlyADumpWithManyMarkdownLinksIsMarkdown() {
        List<String> quoting = List.of("Sources: [cdc.gov](https://www.cdc.gov), [osha.gov](https://www.osha.gov),",
                "[nih.gov](https://www.nih.gov), [who.int](https://www.who.int) and [ilo.org](https://www.ilo.org).");
        assertFalse(MarkdownSyntax.written(quoting), "a page that quotes five Markdown links is not written in Markdown");
        List<String> menu = new ArrayList<>();
        for (String item : MENU) menu.add("-   [" + item + "](https://news.example/" + item.toLowerCase().replace(' ', '-') + ")");
        assertTrue(MarkdownSyntax.written(menu));
    }

    @Test
    void aMarkdownDumpCleansToTheArticleOfThePlainDump() {
        List<String> plain = new ArrayList<>(List.of("date 2026-03-02 200"));
        plain.addAll(MENU);
        plain.add(HEADLINE);
        plain.addAll(PARAGRAPHS);
        List<String> markdown = new ArrayList<>(List.of("date 2026-03-02 200", "[![Example News](https://news.example/logo.png)](https://news.example/)", ""));
        for (String item : MENU) markdown.add("-   [" + item + "](https://news.example/" + item.toLowerCase().replace(' ', '-') + ")");
        markdown.add("");
        markdown.add("# " + HEADLINE);
        for (String paragraph : PARAGRAPHS) {
            markdown.add("");
            markdown.add(paragraph.replace("council", "[council](https://news.example/council)").replace("port authority",
                    "**port authority**"));
        }
        Cleaner cleaner = new Cleaner();
        CleanResult fromPlain = cleaner.clean(String.join("\n", plain).getBytes(StandardCharsets.UTF_8));
        CleanResult fromMarkdown = cleaner.clean(String.join("\n", markdown).getBytes(StandardCharsets.UTF_8));
        assertEquals(PARAGRAPHS, fromPlain.article().paragraphs());
        assertEquals(fromPlain.article().paragraphs(), fromMarkdown.article().paragraphs());
        assertTrue(Collections.disjoint(fromMarkdown.blocks().stream().map(Block::text).toList(), List.of("# " + HEADLINE)));
    }

    @Test
    void markdownWrappedAtAWidthHasItsLinksReadAcrossTheLines() {
        // html2text's defaults: Markdown wrapped at 78 columns, a link's text and address running over lines.
        List<String> markdown = new ArrayList<>(List.of("date 2026-03-02 200"));
        for (String item : MENU) markdown.add("  * [" + item + "](https://news.example/" + item.toLowerCase().replace(' ', '-') + ")");
        markdown.add("");
        markdown.add("# " + HEADLINE);
        for (String paragraph : PARAGRAPHS) {
            markdown.add("");
            String linked = paragraph.replace("the new harbour plan", "[the new harbour plan](https://news.example/topics/harbour-and-port)")
                    .replace("the port authority", "[the port authority](https://news.example/port-authority)");
            markdown.addAll(HardWrapsTest.wrap(linked, 78));
        }
        CleanResult r = new Cleaner().clean(String.join("\n", markdown).getBytes(StandardCharsets.UTF_8));
        assertEquals(PARAGRAPHS, r.article().paragraphs());
        assertTrue(r.blocks().stream().noneMatch(b -> b.text().contains("](")), "no link left half read");
    }
}
