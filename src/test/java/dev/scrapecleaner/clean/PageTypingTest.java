package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The page type the shipped model names for pages of each kind, from their own evidence: a thread
 * whose posts a forum serves in its view for readers without scripts, a shop's product page, a
 * news story. A fitted check of the pipeline and the model files (the model's quality on pages it
 * never saw is {@code bench --page-types}).
 */
class PageTypingTest {
    private static final Cleaner CLEANER = new Cleaner();

    @Test
    void theShippedModelsAreRead() {
        assertNotNull(PageTypeModel.bundled(Format.HTML), "page-type-html.trees");
        assertNotNull(PageTypeModel.bundled(Format.TEXT), "page-type-text.trees");
        assertTrue(PageTypeModel.bundled(Format.HTML).words() > 1_000, "the HTML model weighs the pages' words");
        assertTrue(PageTypeModel.bundled(Format.TEXT).words() > 1_000, "the text model weighs the pages' words");
    }

    @Test
    void aThreadIsAForum() {
        StringBuilder posts = new StringBuilder();
        String[] said = {"My laptop takes five minutes to boot since the last update. Has anyone else seen this?",
            "I had the same problem and a firmware reset fixed it for me, so try that first and report back.",
            "Same here. I rolled back the graphics driver and my boot time went back to normal within a day.",
            "Thanks everyone, the firmware reset worked. I will mark this as solved for the next person.",
            "Glad it worked. For what it is worth, the vendor has acknowledged the bug in their forum."};
        String[] who = {"ann", "bob", "cat", "ann", "dan"};
        for (int i = 0; i < said.length; i++) {
            posts.append("<div class=\"topic-body crawler-post\"><div class=\"crawler-post-meta\"><span class=\"creator\">")
                    .append(who[i]).append("</span><time class=\"post-time\" datetime=\"2025-03-0").append(i + 1)
                    .append("\">March ").append(i + 1).append(", 2025, 9:1").append(i).append("am</time></div>")
                    .append("<div class=\"post\" itemprop=\"text\"><p>").append(said[i]).append("</p></div>")
                    .append("<div class=\"crawler-post-infos\">Reply</div></div>");
        }
        String page = "<html><head><title>Slow boot after update - Help - Example Community</title>"
                + "<link rel=\"canonical\" href=\"https://community.example.org/t/slow-boot-after-update/1234\">"
                + "<script type=\"application/ld+json\">{\"@context\":\"http://schema.org\",\"@type\":\"DiscussionForumPosting\","
                + "\"headline\":\"Slow boot after update\"}</script></head><body><div id=\"main\"></div>"
                + "<noscript data-path=\"/t/slow-boot-after-update/1234\"><header><a href=\"/\">Example Community</a></header>"
                + "<div id=\"main-outlet\"><h1>Slow boot after update</h1>" + posts + "</div></noscript></body></html>";
        CleanResult result = CLEANER.clean(page.getBytes(StandardCharsets.UTF_8));
        assertEquals("forum", result.pageType().label(), result.pageType().toString());
        assertTrue(result.article().text().contains("firmware reset fixed it"), "the posts in noscript are read");
    }

    @Test
    void aShopPageIsAProduct() {
        String page = "<html><head><title>Steel kettle 1.7 l - Example Shop</title><meta property=\"og:type\" content=\"product\">"
                + "<link rel=\"canonical\" href=\"https://shop.example.org/products/steel-kettle\">"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Product\",\"name\":\"Steel kettle\","
                + "\"offers\":{\"@type\":\"Offer\",\"price\":\"39.00\",\"priceCurrency\":\"USD\"}}</script></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/kitchen\">Kitchen</a></nav><div class=\"product-single\">"
                + "<h1 class=\"product-title\">Steel kettle 1.7 l</h1><div class=\"price\">$39.00</div>"
                + "<div class=\"rating\">4.6 out of 5 stars (128 reviews)</div><form action=\"/cart/add\"><select name=\"color\">"
                + "<option>Steel</option></select><input type=\"number\" name=\"quantity\" value=\"1\"><button>Add to cart</button></form>"
                + "<div class=\"product-description\"><p>A 1.7 litre kettle with a brushed steel body that boils a full jug in"
                + " under three minutes and switches itself off when the water boils.</p></div><ul class=\"specs\">"
                + "<li>Capacity: 1.7 l</li><li>Power: 2200 W</li><li>Weight: 1.1 kg</li></ul><p>In stock. Free shipping.</p>"
                + "</div></body></html>";
        assertEquals("product", CLEANER.clean(page.getBytes(StandardCharsets.UTF_8)).pageType().label());
    }

    @Test
    void aNewsStoryIsAnArticle() {
        String body = "<p>The city council approved the new budget on Tuesday after a debate that ran well past midnight,"
                + " with eight votes in favour and three against.</p>"
                + "<p>Spending on schools rises by four percent, the mayor said, and the libraries keep their opening hours"
                + " for another year despite the pressure on the city's finances.</p>"
                + "<p>Opponents argued that the plan relies on optimistic forecasts of tax revenue and leaves too little"
                + " in reserve should the economy slow down next year.</p>"
                + "<p>The budget takes effect on the first of January, after a final reading in December that is expected"
                + " to be a formality.</p>";
        String page = "<html><head><title>Council approves budget after late-night debate - Example News</title>"
                + "<meta property=\"og:type\" content=\"article\">"
                + "<link rel=\"canonical\" href=\"https://news.example.org/2025/03/04/council-approves-budget-after-late-night-debate\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Council approves budget\"}</script>"
                + "</head><body><nav><a href=\"/\">Home</a> <a href=\"/local\">Local</a></nav><article><h1>Council approves budget"
                + " after late-night debate</h1><p class=\"byline\">By Jane Doe</p><time datetime=\"2025-03-04\">March 4, 2025</time>"
                + body + "</article><footer>© Example News</footer></body></html>";
        PageType type = CLEANER.clean(page.getBytes(StandardCharsets.UTF_8)).pageType();
        assertEquals("article", type.label());
        assertTrue(type.confidence() > 0.5, type.toString());
    }
}
