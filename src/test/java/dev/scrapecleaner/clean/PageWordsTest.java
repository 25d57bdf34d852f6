package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words a page names itself with, each marked with where it was read. */
class PageWordsTest {
    private static final String SHOP = """
            <html><head><title>Steel kettle | Kitchen Shop</title>
            <link rel="canonical" href="https://shop.example/products/steel-kettle-2024?colour=grey"></head><body>
            <nav><a href="/">Home</a> <a href="/cart">Cart</a></nav>
            <h1>Steel kettle</h1>
            <p>A 1.7 litre kettle with a brushed steel body that boils water in under three minutes.</p>
            <h2>Specifications</h2>
            <p>Weight: 1.2 kg, power 2,200 watts, a filter that lifts out for cleaning after every use.</p>
            <div><a href="/cart/add?id=7">Add to cart</a></div></body></html>""";

    @Test
    void anHtmlPageIsReadByItsAddressTitleHeadingsAndControls() {
        List<String> words = words(SHOP);
        // The address's path words; numbers alone say nothing, a query and the depth do.
        assertTrue(words.containsAll(List.of("u:products", "u:steel", "u:kettle", "u:?query", "u:depth2")), words.toString());
        assertFalse(words.contains("u:2024"), words.toString());
        assertTrue(words.containsAll(List.of("t:steel", "t:kettle", "t:kitchen", "t:shop")), "the document's title, lowercased");
        assertTrue(words.containsAll(List.of("h:steel", "h:specifications")), "the headings");
        assertTrue(words.containsAll(List.of("c:add", "c:to", "c:cart", "c:home")), "the short blocks: menu entries and buttons");
        assertFalse(words.contains("c:litre"), "a paragraph is no control");
        assertEquals(words.stream().sorted().distinct().toList(), words, "each word once, sorted");
    }

    @Test
    void aTextDumpIsReadByItsHeadlineAndShortLines() {
        List<String> words = words("""
                 date 2026-01-19 200
                Forums
                Slow boot after the update
                My laptop takes five minutes to boot since the update, has anyone else seen this problem before?
                Reply
                Quote
                """);
        assertTrue(words.containsAll(List.of("c:forums", "c:reply", "c:quote")), words.toString());
        assertTrue(words.stream().noneMatch(w -> w.startsWith("u:")), "a dump without an address has no address words");
        assertTrue(words.stream().noneMatch(w -> w.equals("c:laptop")), "a long line is no control");
    }

    @Test
    void wordsOfAnyScriptAreLoweredWhole() {
        List<String> words = words("""
                <html><head><title>ΦΟΡΟΥΜ Συζήτηση</title></head><body><p>Κείμενο της σελίδας με αρκετές λέξεις για να μην είναι σύντομο μπλοκ.</p></body></html>""");
        assertTrue(words.containsAll(List.of("t:φορουμ", "t:συζήτηση")), words.toString());
    }

    private static List<String> words(String page) {
        DecodedScrape input = new ScrapeDecoder().decode(page.getBytes(StandardCharsets.UTF_8));
        Page p = new Page(input);
        for (Stage s : Cleaner.stagesFor(input.format(), null, false, null)) {
            if (s instanceof PageTyping) break;
            s.apply(p);
        }
        return p.words();
    }
}
