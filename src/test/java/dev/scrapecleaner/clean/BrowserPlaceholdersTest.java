package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A text browser writes an image without alternative text as its file name in brackets, inside the
 * paragraph it sits in once the wraps are joined, and a frame as a line with its address: the article
 * reads as the page shows it, without either (nor lynx's mark of an empty ad slot); bracketed words of
 * the page's own stay.
 */
class BrowserPlaceholdersTest {
    private static final List<String> PARAGRAPHS = InlineAddressesTest.PARAGRAPHS;

    @Test
    void aDumpWithImageNamesAndAFrameCleansToTheArticleWithoutThem() {
        List<String> dump = new ArrayList<>(List.of("date 2026-03-02 200"));
        dump.add("[site-logo.svg]");
        dump.add("IFRAME: https://www.video.example/embed/harbour-plan?autoplay=0");
        for (String paragraph : PARAGRAPHS) {
            dump.add("");
            // As lynx writes a picture before the paragraph, its query wrapped with the line.
            dump.addAll(HardWrapsTest.wrap("[harbour-plan-01.jpg?width=640&fit=bounds&height=480] " + paragraph, 72));
        }
        CleanResult r = new Cleaner().clean(String.join("\n", dump).getBytes(StandardCharsets.UTF_8));
        assertEquals(PARAGRAPHS, r.article().paragraphs());
        Block frame = r.blocks().stream().filter(b -> b.text().startsWith("IFRAME:")).findFirst().orElseThrow();
        assertEquals(Reason.LINK_REFERENCES, frame.removal());
    }

    @Test
    void aFrameIsItsAddressOrNothing() {
        assertTrue(BrowserPlaceholders.isFrame("IFRAME:"));
        assertTrue(BrowserPlaceholders.isFrame("IFRAME: https://maps.example/embed?mid=1EfA y9YNM"));
        assertTrue(BrowserPlaceholders.isFrame("FRAME: toc.html"));
        assertFalse(BrowserPlaceholders.isFrame("IFRAME: the tag that embeds another page in this one"));
        assertFalse(BrowserPlaceholders.isFrame("Iframe: https://maps.example/embed"));
    }

    @Test
    void onlyBareFileNamesOfImagesGo() {
        assertEquals("Caption text", BrowserPlaceholders.withoutInlinePlaceholders("[photo.JPG] Caption text").strip());
        assertEquals("before after", BrowserPlaceholders.withoutInlinePlaceholders("before [a-b-c_01.webp?w=1 h=2] after"));
        // A link's number already taken out leaves the name: "[46][photo.jpg]" reads "[photo.jpg]".
        assertEquals("", BrowserPlaceholders.withoutInlinePlaceholders("[photo.jpeg]").strip());
        assertEquals("[Photo: Reuters]", BrowserPlaceholders.withoutInlinePlaceholders("[Photo: Reuters]"));
        assertEquals("see [https://news.example/a/photo.jpg]", BrowserPlaceholders.withoutInlinePlaceholders("see [https://news.example/a/photo.jpg]"));
        assertEquals("an ad's slot", BrowserPlaceholders.withoutInlinePlaceholders("an ad's[INS: :INS] slot"));
        assertEquals("was [DEL: $20 :DEL] now $15", BrowserPlaceholders.withoutInlinePlaceholders("was [DEL: $20 :DEL] now $15"));
        assertEquals("the file [report.pdf]", BrowserPlaceholders.withoutInlinePlaceholders("the file [report.pdf]"));
    }

    @Test
    void w3mImageNamesLeaveTheArticleOfADumpThatWritesThemSo() {
        List<String> dump = new ArrayList<>(List.of("date 2026-03-02 200", "[site-logo_white] [menu-icon]"));
        int n = 0;
        for (String paragraph : PARAGRAPHS) {
            // As w3m writes a picture without alternative text: its file name without the extension, alone or before the text.
            dump.add("[harbour-plan-0" + ++n + "]");
            dump.add("[harbour-crane-300x200] " + paragraph + "[INS::INS]");
        }
        CleanResult r = new Cleaner().clean(String.join("\n", dump).getBytes(StandardCharsets.UTF_8));
        assertEquals(PARAGRAPHS, r.article().paragraphs());
        // The content model read the lines as the browser wrote them: the names mark where the pictures stand.
        assertTrue(r.blocks().stream().anyMatch(b -> b.text().startsWith("[harbour-crane-300x200] ")));
    }

    @Test
    void bracketedWordsOfThePagesOwnStay() {
        List<String> fewNames = List.of("Results of the [second-half] were lighter.", "Plain text.");
        assertFalse(BrowserPlaceholders.imageNamesWritten(fewNames));
        assertEquals(fewNames.get(0), BrowserPlaceholders.articleText(fewNames.get(0), false));
        assertTrue(BrowserPlaceholders.imageNamesWritten(List.of("[a-b] [c-d] [e_f]", "[g-h-1]", "[photo-300x200]")));
        // Even where the dump writes images so: a citation's numbers, code's index and attribute, and words with spaces.
        for (String own : List.of("as shown [1-3].", "read a[i_j] twice", "#[no_mangle]", "[Photo: Reuters]", "[ok]")) {
            assertEquals(own, BrowserPlaceholders.articleText(own, true));
        }
        assertEquals("The crane rose.", BrowserPlaceholders.articleText("The crane [crane-view_02] rose.", true));
        assertEquals("", BrowserPlaceholders.articleText("[crane-view_02] [INS::INS]", true));
        // A rule drawn for the page's <hr> is no text either; a line that only starts with one is.
        assertEquals("", BrowserPlaceholders.articleText("━━━━━━━━━━━━", false));
        assertEquals("── Notes", BrowserPlaceholders.articleText("── Notes", false));
    }
}
