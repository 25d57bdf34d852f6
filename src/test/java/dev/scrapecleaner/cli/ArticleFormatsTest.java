package dev.scrapecleaner.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scrapecleaner.clean.CleanResult;
import dev.scrapecleaner.clean.Cleaner;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The article as Markdown and HTML shows what the JSON and text show: a dump's picture names stay out of all. */
class ArticleFormatsTest {
    private static final List<String> PARAGRAPHS = List.of(
            "The harbour board voted on Tuesday to extend the northern breakwater by two hundred metres before next winter.",
            "Engineers told the board that the storms of the last three years had moved more sand into the channel than expected.",
            "The work is to start in April and will close the eastern quay to fishing boats for about six weeks, the board said.");

    @Test
    void aW3mDumpsImageNamesAreInNoFormat() {
        List<String> dump = new ArrayList<>(List.of("date 2026-03-02 200", "[site-logo_white]",
                "Harbour board extends the northern breakwater"));
        int n = 0;
        for (String paragraph : PARAGRAPHS) {
            dump.add("[harbour-plan-0" + ++n + "]");
            dump.add("[harbour-crane-300x200] " + paragraph);
        }
        CleanResult r = new Cleaner().clean(String.join("\n", dump).getBytes(StandardCharsets.UTF_8));
        String markdown = ArticleFormats.markdown(r);
        String html = ArticleFormats.html(r);
        for (String paragraph : PARAGRAPHS) {
            assertTrue(markdown.contains(paragraph), markdown);
            assertTrue(html.contains(paragraph), html);
        }
        assertFalse(markdown.contains("[harbour-"), markdown);
        assertFalse(html.contains("[harbour-"), html);
    }
}
