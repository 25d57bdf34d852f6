package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dump from {@code html-to-text} (each link's address in brackets after its text, lines wrapped
 * at 80 columns) cleans to the article the same page gives written one block a line; a bracketed
 * address the page itself quotes, or w3m's struck-out prices, stay.
 */
class InlineAddressesTest {
    private static final List<String> MENU = List.of("Home", "World", "Sport", "Business", "Contact us");
    /** Three paragraphs of a story, the article every renderer's dump of it must clean to. */
    static final List<String> PARAGRAPHS = List.of(
            "The regional council approved the new harbour plan on Tuesday, after a debate that lasted most of the "
                    + "afternoon and ran into the evening session of the council.",
            "Residents had raised concerns about noise and traffic, and the plan was changed twice to answer them "
                    + "before the vote, the council's chair said at the end of the session.",
            "Construction is expected to begin in the spring, and the first berths should open to ships within two "
                    + "years, according to the port authority and the regional council.");

    @Test
    void anHtmlToTextDumpCleansToTheArticleOfThePlainDump() {
        List<String> plain = new ArrayList<>(List.of("date 2026-03-02 200"));
        plain.addAll(MENU);
        plain.addAll(PARAGRAPHS);
        List<String> rendered = new ArrayList<>(List.of("date 2026-03-02 200"));
        for (String item : MENU) rendered.add(" * " + item + " [/" + item.toLowerCase().replace(' ', '-') + "/]");
        for (String paragraph : PARAGRAPHS) {
            rendered.add("");
            String linked = paragraph.replace("council ", "council [https://news.example/councils/regional-council-of-the-coast] ")
                    .replace("port ", "port [/port-authority/] ");
            rendered.addAll(HardWrapsTest.wrap(linked, 80));
        }
        Cleaner cleaner = new Cleaner();
        List<String> expected = cleaner.clean(String.join("\n", plain).getBytes(StandardCharsets.UTF_8)).article().paragraphs();
        assertEquals(PARAGRAPHS, expected);
        assertEquals(expected, cleaner.clean(String.join("\n", rendered).getBytes(StandardCharsets.UTF_8)).article().paragraphs());
    }

    @Test
    void whereLinksAreWrittenSoALineThatIsOnlyAnAddressIsALinkWithoutText() {
        List<String> dump = new ArrayList<>(List.of("date 2026-03-02 200"));
        for (String item : MENU) dump.add(" * " + item + " [/" + item.toLowerCase().replace(' ', '-') + "/]");
        dump.add(" * https://social.example/share?url=https%3A%2F%2Fnews.example%2Fharbour-plan");
        dump.addAll(PARAGRAPHS);
        CleanResult r = new Cleaner().clean(String.join("\n", dump).getBytes(StandardCharsets.UTF_8));
        Block share = r.blocks().stream().filter(b -> b.text().contains("social.example")).findFirst().orElseThrow();
        assertEquals(Reason.LINK_REFERENCES, share.removal());
        assertEquals(PARAGRAPHS, r.article().paragraphs());

        assertTrue(InlineAddresses.isBare("* https://social.example/share?u=1"));
        assertTrue(InlineAddresses.isBare("mailto:desk@news.example"));
        assertFalse(InlineAddresses.isBare("Read more at https://news.example/plan"));
        assertFalse(InlineAddresses.isBare("[/nfl/scores/]"));
    }

    @Test
    void aDumpThatQuotesOneAddressKeepsIt() {
        List<String> lines = List.of("The form is at [https://forms.example/apply] until Friday.", "Another line.");
        assertFalse(InlineAddresses.written(lines));
    }

    @Test
    void addressesAreSchemesWithSlashesPathsFromTheRootQueriesFragmentsOrEmail() {
        assertEquals("Browns pass rusher", InlineAddresses.without("Browns [https://x.example/teams/cle/] pass rusher"));
        assertEquals("Scores and Standings", InlineAddresses.without("Scores [/nfl/scores/] and Standings [/nfl/standings/]"));
        assertEquals("Write to us", InlineAddresses.without("Write to us [mailto:desk@news.example]"));
        assertEquals("[DEL:39€:DEL] Now 29€", InlineAddresses.without("[DEL:39€:DEL] Now 29€"), "w3m's struck-out text is the page's");
        assertEquals("[see note 4]", InlineAddresses.without("[see note 4]"));
        // html-to-text writes a mail link's address without "mailto:", and links to the page itself by their query or fragment.
        assertEquals("Write to desk@news.example", InlineAddresses.without("Write to desk@news.example [desk@news.example]"));
        assertEquals("Next page Top", InlineAddresses.without("Next page [?page=2] Top [#]"));
        assertEquals("[@handle] [a@b]", InlineAddresses.without("[@handle] [a@b]"), "a handle or a half address is the page's");
        assertTrue(InlineAddresses.written(List.of("[/a/]", "[/b/]", "[https://c.example/]", "x [/d/] y", "[/e/] z")));
    }
}
