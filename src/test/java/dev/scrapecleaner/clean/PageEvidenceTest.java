package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a page shows of its kind: the same named evidence for every page of a format, read from its
 * text, and for HTML from its structured data, address and markup.
 */
class PageEvidenceTest {
    private static final String THREAD = """
            <html><head><link rel="canonical" href="https://example.org/forum/thread/1234-slow-boot-after-update">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting",
            "headline":"Slow boot after update"}</script></head><body>
            <div class="post"><span class="author">ann</span><span>Mar 3, 2025</span>
            <p>My laptop takes five minutes to boot since the update. Has anyone else seen this?</p></div>
            <div class="post"><span class="author">bob</span><span>Mar 4, 2025</span>
            <p>I had the same problem and a firmware reset fixed it for me, so try that first.</p></div>
            <div class="post"><span class="author">cat</span><span>Mar 5, 2025</span>
            <p>Same here. I rolled back the driver and my boot time went back to normal.</p></div>
            </body></html>""";

    private static final String SHOP = """
            <html><head><meta property="og:type" content="product">
            <script type="application/ld+json">{"@graph":[{"@type":["Product","Thing"],"name":"Kettle"},
            {"@type":"Offer","price":"39.00"}]}</script></head><body>
            <h1>Steel kettle</h1><p class="price">$39.00</p>
            <p>A 1.7 litre kettle with a brushed steel body that boils water in under three minutes.</p>
            <form><button>Add to cart</button></form></body></html>""";

    @Test
    void everyPageOfAFormHasTheSameNamedEvidence() {
        assertEquals(PageEvidence.HTML_NAMES.size(), evidence(THREAD).length);
        assertEquals(PageEvidence.HTML_NAMES.size(), evidence(SHOP).length);
        assertEquals(PageEvidence.TEXT_NAMES.size(), evidence(" date 2026-01-19 200\nA line\nAnother line").length);
        assertTrue(PageEvidence.HTML_NAMES.containsAll(PageEvidence.TEXT_NAMES), "HTML adds to the text's evidence");
    }

    @Test
    void aThreadShowsItsPostsDatesAndDeclaredDiscussion() {
        float[] thread = evidence(THREAD);
        float[] shop = evidence(SHOP);
        assertEquals(1f, value(thread, "type.ld_discussion"));
        assertEquals(0f, value(shop, "type.ld_discussion"));
        assertEquals(1f, value(thread, "type.url_forum"));
        assertTrue(value(thread, "type.named_post_log") > 0, "elements named as posts");
        assertTrue(value(thread, "type.date_blocks_log") > value(shop, "type.date_blocks_log"));
        assertTrue(value(thread, "type.i_share") > 0, "posts speak in the first person");
    }

    @Test
    void aShopShowsItsProductPricesAndForm() {
        float[] shop = evidence(SHOP);
        assertEquals(1f, value(shop, "type.ld_product"), "a type inside a @graph and an array");
        assertEquals(1f, value(shop, "type.og_product"));
        assertTrue(value(shop, "type.price_blocks_log") > 0);
        assertTrue(value(shop, "type.inputs_log") > 0);
        assertEquals(0f, value(shop, "type.url_known"), "no address declared");
    }

    @Test
    void aListingIsMostlyItemsAndAnArticleIsNot() {
        StringBuilder listing = new StringBuilder("<html><body><nav><ul>");
        for (String s : List.of("Home", "World", "Sport", "Money", "Culture")) {
            listing.append("<li><a href=\"/").append(s).append("\">").append(s).append("</a></li>");
        }
        listing.append("</ul></nav><h1>Latest stories</h1><div class=\"grid\">");
        for (int i = 0; i < 12; i++) {
            listing.append("<div class=\"card card-").append(i).append("\"><img src=\"/i").append(i).append(".jpg\">")
                    .append("<h3><a href=\"/story-").append(i).append("\">Council votes on the new harbour budget, part ")
                    .append(i).append("</a></h3><time>Mar ").append(i + 1).append(", 2025</time></div>");
        }
        listing.append("</div></body></html>");
        float[] items = evidence(listing.toString());
        float[] story = evidence(THREAD.replace("class=\"post\"", ""));
        assertEquals(12f, Math.expm1(value(items, "type.items_log")), 1e-3, "the twelve cards, numbered classes read as one kind");
        assertEquals(1f, value(items, "type.items_image_share"));
        assertEquals(1f, value(items, "type.items_date_share"));
        assertTrue(value(items, "type.items_word_share") > 0.8, "the cards hold most of the words; the menu's one-word links are not items");
        assertEquals(0f, value(story, "type.items_log"), "three posts are not a run of items");
    }

    @Test
    void aPageWhoseTitleIsInDoubtIsNamedByItsHeadline() {
        // Two sources that disagree: no title is sure enough to give, but the h1 the page shows still says what it is.
        String docs = "<html><head><title>Home</title></head><body><h1>Installation guide for the desktop app</h1>"
                + "<p>Download the installer, run it, and sign in with the account you use on the web.</p></body></html>";
        Page page = parsedUpToTyping(docs);
        assertNull(page.title(), "the weighed title");
        assertEquals("Installation guide for the desktop app", page.headline());
        float[] e = page.evidence();
        assertEquals(1f, value(e, "type.title_docs"), "the headline's words name documentation");
        assertEquals(6f, value(e, "type.title_words"));
    }

    @Test
    void anAddressIsReadAsItsPathSegments() {
        assertEquals(List.of("docs", "api", "v2", "index"), PageEvidence.segments("https://example.org/docs/api/v2/index.html?x=1#top"));
        assertEquals(List.of(), PageEvidence.segments("https://example.org"));
        assertEquals(List.of(), PageEvidence.segments(null));
    }

    @Test
    void aTextDumpShowsPricesAndRepeatedShapes() {
        StringBuilder dump = new StringBuilder(" date 2026-01-19 200\nKettles\n");
        for (int i = 0; i < 8; i++) dump.append("Steel kettle model ").append(i).append("\n$").append(30 + i).append(".00\n");
        float[] e = evidence(dump.toString());
        assertTrue(value(e, "type.price_blocks_log", PageEvidence.TEXT_NAMES) > 2, "eight price lines");
        assertTrue(value(e, "type.shape_repeat_share", PageEvidence.TEXT_NAMES) > 0.4, "items of one shape");
    }

    private static float[] evidence(String page) {
        return parsedUpToTyping(page).evidence();
    }

    private static Page parsedUpToTyping(String page) {
        DecodedScrape input = new ScrapeDecoder().decode(page.getBytes(StandardCharsets.UTF_8));
        Page p = new Page(input);
        for (Stage s : Cleaner.stagesFor(input.format(), null, false, null)) {
            if (s instanceof PageTyping) break;
            s.apply(p);
        }
        return p;
    }

    private static float value(float[] evidence, String name) {
        return value(evidence, name, PageEvidence.HTML_NAMES);
    }

    private static float value(float[] evidence, String name, List<String> names) {
        int at = names.indexOf(name);
        assertTrue(at >= 0, "no evidence named " + name);
        return evidence[at];
    }
}
