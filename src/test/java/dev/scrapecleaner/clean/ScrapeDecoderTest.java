package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Decoding an HTML page leaves out its scripts, styles and comments, in every charset, and nothing else. */
class ScrapeDecoderTest {
    private static final String PAGE = "<html><head><meta charset=%s><title>Café, naïve</title><style>p{}</style>"
            + "<script>var s = '<p>not text</p>';</script></head><body><!-- slot --><p>%s</p></body></html>";

    @Test
    void anHtmlPageInAnAsciiCompatibleCharsetLosesOnlyWhatTheParserWouldDrop() {
        for (String name : new String[] {"utf-8", "windows-1252", "iso-8859-15"}) {
            String page = String.format(PAGE, name, "Crème brûlée à la carte.");
            DecodedScrape d = new ScrapeDecoder().decode(page.getBytes(Charset.forName(name)));
            assertEquals(Format.HTML, d.format(), name);
            assertEquals(String.format(PAGE, name, "Crème brûlée à la carte.")
                    .replace("p{}", "").replace("var s = '<p>not text</p>';", "").replace("<!-- slot -->", "<!---->"), d.text(), name);
        }
    }

    @Test
    void aPageInAMultiByteCharsetIsDecodedBeforeItIsFiltered() {
        // In Shift_JIS the second byte of a character can be an ASCII letter: the filter reads characters there.
        String page = String.format(PAGE, "shift_jis", "東京の天気は晴れです。ソフトウェア");
        DecodedScrape d = new ScrapeDecoder().decode(page.getBytes(Charset.forName("Shift_JIS")));
        assertEquals("Shift_JIS", d.charset());
        assertTrue(d.text().contains("<p>東京の天気は晴れです。ソフトウェア</p>"), d.text());
        assertFalse(d.text().contains("not text"), d.text());
    }

    @Test
    void markupIsReadFromTheBytesOnlyWhereItIsAscii() {
        assertTrue(ScrapeDecoder.markupIsAscii(StandardCharsets.UTF_8));
        assertTrue(ScrapeDecoder.markupIsAscii(Charset.forName("windows-1252")));
        assertTrue(ScrapeDecoder.markupIsAscii(Charset.forName("ISO-8859-5")));
        assertTrue(ScrapeDecoder.markupIsAscii(Charset.forName("KOI8-R")));
        assertFalse(ScrapeDecoder.markupIsAscii(StandardCharsets.UTF_16LE));
        assertFalse(ScrapeDecoder.markupIsAscii(Charset.forName("Shift_JIS")));
        assertFalse(ScrapeDecoder.markupIsAscii(Charset.forName("GBK")));
        assertFalse(ScrapeDecoder.markupIsAscii(Charset.forName("ISO-2022-JP")));
        assertFalse(ScrapeDecoder.markupIsAscii(Charset.forName("IBM037")), "EBCDIC");
    }

    @Test
    void aTextDumpIsLeftAsItIs() {
        String dump = "Headline\n<!-- not markup in a dump -->\nA paragraph of the article.\n";
        DecodedScrape d = new ScrapeDecoder().decode(dump.getBytes(StandardCharsets.UTF_8));
        assertEquals(Format.TEXT, d.format());
        assertEquals(dump, d.text());
    }

    @Test
    void aDumpThatQuotesMarkupInItsCodeSamplesIsStillADump() {
        String dump = " date 2025-11-20 200\nUsing the Effect Hook\nThe example below renders a counter.\n"
                + "function Example() { return ( <div> <p>You clicked {count} times</p> <button onClick={go}> Click me </button> </div> ); }\n"
                + "Effects run after every render, by default.\n".repeat(20);
        assertEquals(Format.TEXT, new ScrapeDecoder().decode(dump.getBytes(StandardCharsets.UTF_8)).format());
    }

    @Test
    void aPageAfterAPreambleIsStillAPage() {
        String header = " date 2025-11-20 200\n";
        String withDoctype = header + "<!DOCTYPE html>\n<html><head><title>T</title></head><body><p>Text of the page.</p></body></html>";
        assertEquals(Format.HTML, new ScrapeDecoder().decode(withDoctype.getBytes(StandardCharsets.UTF_8)).format());
        String fragment = header + "<div class=\"story\"><p>One.</p><p>Two.</p><div><p>Three.</p></div></div>";
        assertEquals(Format.HTML, new ScrapeDecoder().decode(fragment.getBytes(StandardCharsets.UTF_8)).format());
        // Long paragraphs leave little of the text inside tags, but every line opens with one.
        String paragraphs = header + ("<p>" + "A long paragraph of the story, sentence after sentence. ".repeat(12) + "</p>\n").repeat(6);
        assertEquals(Format.HTML, new ScrapeDecoder().decode(paragraphs.getBytes(StandardCharsets.UTF_8)).format());
    }

    @Test
    void markupShareCountsCharactersInsideTagsInOnePass() {
        assertEquals(7 / 12.0, ScrapeDecoder.markupShare("<p>hello</p>"), 1e-9);
        assertEquals(0, ScrapeDecoder.markupShare("a < b and c > d"), 1e-9);
        // An unclosed tag counts nothing, and a long run of them is read once.
        assertEquals(0, ScrapeDecoder.markupShare("<a".repeat(100_000)), 1e-9);
    }
}
