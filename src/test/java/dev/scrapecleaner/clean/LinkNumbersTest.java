package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dump from {@code lynx -dump} (its links numbered, their addresses listed after the page, its
 * lines wrapped) cleans to the article the same page gives written one block a line; a dump whose
 * links bear no numbers keeps its citations and its bibliography.
 */
class LinkNumbersTest {
    private static final List<String> MENU = List.of("Home", "World", "Sport", "Business", "Contact us");
    private static final String HEADLINE = HarbourStory.HEADLINE;
    private static final List<String> PARAGRAPHS = HarbourStory.PARAGRAPHS;

    @Test
    void aLynxDumpCleansToTheArticleOfThePlainDump() {
        // One block a line, no link numbers: what the shared dumps look like.
        List<String> plain = new ArrayList<>(List.of("date 2026-03-02 200"));
        plain.addAll(MENU);
        plain.add(HEADLINE);
        plain.addAll(PARAGRAPHS);
        // The same page as lynx writes it: every link numbered, paragraphs indented and wrapped at 76
        // columns with the numbers in them, the addresses listed at the end.
        List<String> lynx = new ArrayList<>(List.of("date 2026-03-02 200"));
        int link = 0;
        for (String item : MENU) lynx.add("   * [" + ++link + "]" + item);
        lynx.add("");
        lynx.add(HEADLINE);
        for (String paragraph : PARAGRAPHS) {
            lynx.add("");
            String linked = paragraph.replace("council", "[" + ++link + "]council").replace("port", "[" + ++link + "]port");
            for (String line : HardWrapsTest.wrap(linked, 73)) lynx.add("   " + line);
        }
        lynx.add("");
        lynx.add("References");
        lynx.add("");
        for (int i = 1; i <= link; i++) lynx.add(String.format("%4d. https://news.example/%d", i, i));

        Cleaner cleaner = new Cleaner();
        CleanResult fromPlain = cleaner.clean(String.join("\n", plain).getBytes(StandardCharsets.UTF_8));
        CleanResult fromLynx = cleaner.clean(String.join("\n", lynx).getBytes(StandardCharsets.UTF_8));
        assertEquals(PARAGRAPHS, fromPlain.article().paragraphs());
        assertEquals(fromPlain.article().paragraphs(), fromLynx.article().paragraphs());
        Block addresses = fromLynx.blocks().get(fromLynx.blocks().size() - 1);
        assertEquals(Reason.LINK_REFERENCES, addresses.removal());
        assertTrue(addresses.text().startsWith("References 1. https://news.example/1 2. https://news.example/2"), addresses.text());
        assertEquals(1, fromLynx.blocks().stream().filter(b -> b.removal() == Reason.LINK_REFERENCES).count());
        assertTrue(fromLynx.blocks().stream().noneMatch(b -> b.text().contains("[1]") || b.text().contains("[2]Wor")));
    }

    @Test
    void theListOfAddressesAfterThePageIsNotCountedAsItsText() {
        List<String> page = new ArrayList<>(List.of("date 2026-03-02 200"));
        int link = 0;
        for (String item : MENU) page.add("* [" + ++link + "]" + item);
        page.add(HEADLINE);
        page.addAll(PARAGRAPHS);
        List<String> withList = new ArrayList<>(page);
        withList.add("References");
        // A long list, as a real page's hundreds of links make: longer than the article itself.
        for (int i = 1; i <= 120; i++) withList.add(String.format("%4d. https://news.example/section/story-%d", i, i));

        Cleaner cleaner = new Cleaner().recordingFeatures();
        CleanResult without = cleaner.clean(String.join("\n", page).getBytes(StandardCharsets.UTF_8));
        CleanResult with = cleaner.clean(String.join("\n", withList).getBytes(StandardCharsets.UTF_8));
        assertEquals(Reason.LINK_REFERENCES, with.blocks().get(with.blocks().size() - 1).removal());
        assertEquals(without.blocks().size(), FeatureRows.pageEnd(with.blocks()));
        for (String feature : List.of("page.chars_before_share", "line.run_share", "line.page_prose_share")) {
            int column = LineFeatures.NAMES.indexOf(feature);
            for (int i = 0; i < without.blocks().size(); i++) {
                if (without.blocks().get(i).features() == null) continue; // the header and the headline are not the model's
                assertEquals(without.blocks().get(i).features()[column], with.blocks().get(i).features()[column], 1e-6,
                        feature + " of line " + i);
            }
        }
        assertArrayEquals(without.pageEvidence(), with.pageEvidence(), "the page-type evidence");
        assertEquals(without.pageType(), with.pageType());
        assertEquals(without.article().paragraphs(), with.article().paragraphs());
    }

    @Test
    void citationsAndABibliographyStayWhereLinksBearNoNumbers() {
        List<String> body = List.of("Trials found the effect in adults [1], [2] and in children [3].",
                "A later review agreed [4].", "1. https://doi.org/10.1000/one", "2. https://doi.org/10.1000/two",
                "3. https://doi.org/10.1000/three", "4. https://doi.org/10.1000/four");
        assertFalse(LinkNumbers.numbersLinks(body), "citations are followed by punctuation, not run into a link's text");
        List<String> dump = new ArrayList<>(List.of("date 2026-03-02 200"));
        dump.addAll(body);
        CleanResult r = new Cleaner(new ScrapeDecoder(), null, null).clean(String.join("\n", dump).getBytes(StandardCharsets.UTF_8));
        assertEquals(body, r.blocks().subList(1, r.blocks().size()).stream().map(Block::text).toList());
        assertTrue(r.blocks().stream().noneMatch(b -> b.removal() == Reason.LINK_REFERENCES));
    }

    @Test
    void linksAreNumberedDownThePage() {
        List<String> rising = List.of("* [1]Home", "* [2]World", "[3]Sport and [4]Business", "[5]", "Contact [6]us");
        assertTrue(LinkNumbers.numbersLinks(rising));
        assertFalse(LinkNumbers.numbersLinks(List.of("* [6]Home", "* [2]World", "[5]Sport and [1]Business", "[4]", "[3]us")),
                "numbers out of order are not a browser's");
        assertFalse(LinkNumbers.numbersLinks(List.of("* [1]Home", "* [2]World")), "two markers are too few to say");
        assertEquals("Sport and Business", LinkNumbers.withoutMarkers("[3]Sport and [4]Business"));
        assertEquals("", LinkNumbers.withoutMarkers("[5]"));
        assertEquals("in adults [1], [2].", LinkNumbers.withoutMarkers("in adults [1], [2]."));
        assertEquals("[photo.jpg] The price has dropped", LinkNumbers.withoutMarkers("[46][photo.jpg] The price has dropped"));
    }

    @Test
    void theListOfAddressesIsTheNumberedAddressesAndItsHeading() {
        List<String> lines = List.of("A paragraph.", "References", "", "1. https://a.example/", "2. mailto:?subject=Hi there",
                "3. javascript:void(0)", "Visible links:", "4. file://localhost/x");
        assertArrayEquals(new boolean[] {false, true, false, true, true, true, true, true}, LinkNumbers.references(lines));
        assertArrayEquals(new boolean[3], LinkNumbers.references(List.of("References", "1. https://a.example/", "2. https://b.example/")),
                "two addresses may be the page's own list");
    }

    @Test
    void anAddressWithLineBreaksInItIsTheListsOverTheLinesItGoesOn() {
        // A share link's mailto: body holds the story's address and summary on lines of their own.
        List<String> lines = List.of("The last paragraph.", "", "References", "", "1. https://a.example/",
                "2. mailto:?body=Council approves the budget", "", "https://news.example/2026/03/budget", "",
                "The council approved the budget after a debate that ran past midnight, the mayor said on Tuesday.",
                "3. javascript:window.print()", "4. https://b.example/");
        boolean[] list = LinkNumbers.references(lines);
        assertArrayEquals(new boolean[] {false, false, true, false, true, true, true, true, true, true, true, true}, list);
    }

    @Test
    void theLinksOfThePageHeadLynxListsBeforeThePageAreNotItsText() {
        // lynx lists the head's <link>s first, wrapped like a paragraph; joined and unmarked, their names read as
        // prose as long as a short article's.
        List<String> headLinks = List.of("#[1]alternate [2]alternate [3]Harbour Gazette » Feed [4]Harbour Gazette »",
                "Comments Feed [5]Harbour Gazette » Wind farm clears final planning hurdle Comments Feed [6]oEmbed",
                "(JSON) [7]oEmbed (XML) [8]alternate [9]alternate");
        List<String> page = new ArrayList<>(List.of("date 2026-03-02 200"));
        int link = headLinks.size() * 3;
        for (String item : MENU) page.add("* [" + ++link + "]" + item);
        page.add("");
        page.add(HEADLINE);
        page.add("");
        page.addAll(PARAGRAPHS.subList(0, 1));
        List<String> withHead = new ArrayList<>(page);
        withHead.add(1, "");
        withHead.addAll(2, headLinks);
        withHead.add(2 + headLinks.size(), "");

        assertEquals(4, LinkNumbers.headLinks(withHead.subList(1, withHead.size())), "the blank line and the three lines");
        assertEquals(0, LinkNumbers.headLinks(page.subList(1, page.size())));
        assertEquals(0, LinkNumbers.headLinks(List.of("#1 in sales [2]this week", "more")), "a hash before no marker");

        Cleaner cleaner = new Cleaner();
        CleanResult with = cleaner.clean(String.join("\n", withHead).getBytes(StandardCharsets.UTF_8));
        CleanResult without = cleaner.clean(String.join("\n", page).getBytes(StandardCharsets.UTF_8));
        Block last = with.blocks().get(with.blocks().size() - 1);
        assertEquals(Reason.LINK_REFERENCES, last.removal());
        assertTrue(last.text().startsWith("#alternate alternate Harbour Gazette » Feed"), last.text());
        assertEquals(without.blocks().size(), FeatureRows.pageEnd(with.blocks()), "after the page, counted in none of its figures");
        assertEquals(without.blocks().stream().map(Block::text).toList(),
                with.blocks().subList(0, without.blocks().size()).stream().map(Block::text).toList());
        assertEquals(without.article().paragraphs(), with.article().paragraphs());
    }

    @Test
    void withoutNumbersTheHeadsLinksAreLynxsOnlyWhereTheDumpIsWrapped() {
        // lynx -dump -nolist: the head's links without their markers, the page's paragraphs wrapped at 72 columns.
        List<String> wrapped = new ArrayList<>(List.of("date 2026-03-02 200", "#alternate alternate Harbour Gazette » Feed Harbour Gazette » Comments",
                "Feed Harbour Gazette » Wind farm clears final planning hurdle Comments Feed", ""));
        wrapped.add(HEADLINE);
        for (String paragraph : PARAGRAPHS) {
            wrapped.add("");
            wrapped.addAll(HardWrapsTest.wrap(paragraph, 72));
        }
        CleanResult lynx = new Cleaner().clean(String.join("\n", wrapped).getBytes(StandardCharsets.UTF_8));
        Block last = lynx.blocks().get(lynx.blocks().size() - 1);
        assertEquals(Reason.LINK_REFERENCES, last.removal());
        assertTrue(last.text().startsWith("#alternate alternate Harbour Gazette » Feed"), last.text());
        assertEquals(PARAGRAPHS, lynx.article().paragraphs());

        // One block a line, a first line that starts with a hashtag is the page's own.
        List<String> plain = new ArrayList<>(List.of("date 2026-03-02 200", "#harbour #windfarm", HEADLINE));
        plain.addAll(PARAGRAPHS);
        CleanResult own = new Cleaner().clean(String.join("\n", plain).getBytes(StandardCharsets.UTF_8));
        assertEquals("#harbour #windfarm", own.blocks().get(1).text());
        assertTrue(own.blocks().stream().noneMatch(b -> b.removal() == Reason.LINK_REFERENCES));
    }
}
