package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A pattern guarded by its words answers as the pattern does: the words only spare it the texts it
 * cannot match. The page evidence's patterns are checked against text made of what each of their
 * alternatives matches, in any case.
 */
class GuardedPatternTest {
    /** Texts each of which one alternative of the page evidence's patterns matches. */
    private static final List<String> MATCHED = List.of("read more", "Continue reading", "learn more", "More news", "see all",
            "View all", "load more", "Next page", "older posts", "Reply", "quote", "report", "Share", "like", "permalink",
            "3 replies", "Posts:120", "Joined: 2019", "joined", "Posted by ann", "1.2k views", "12 members online",
            "member online", "thread", "Original poster", "Add to cart", "add to bag", "Add to basket", "add to wishlist",
            "Buy now", "In stock", "out of stock", "SKU 1234", "Quantity", "Free shipping", "(12 reviews)", "Review",
            "Specifications", "On this page", "Table of contents", "Edit this page", "Was this page helpful", "Copy code",
            "Previous", "next", "Parameters", "Returns", "Example", "Contact us", "Get a quote", "Request a demo",
            "request a quote", "Book now", "book a call", "Book an appointment", "Call us", "Get started",
            "Free consultation", "Our services", "Pricing", "Sort by", "Sort:newest", "Filter", "Filters",
            "Showing 24", "24 results", "Results", "Page 2 of 9", "Newer", "Older", "Previous page", "★★★★☆", "☆",
            "4.5 out of 5", "4.5 stars", "1 star", "12 reviews", "300 ratings", "$12.99", "€ 5",
            "100 USD", "20 EUR", "5 GBP", "99 kr", "10 zł", "Mar 3", "MARCH 3", "3 March", "sept 4", "2025-03-03",
            "3/4/25", "12.05.2024", "2 days ago", "5 MINUTES AGO", "1 year ago");
    private static final List<String> FILLER = List.of(" ", "  ", ", ", ". ", "-", "/", "the ", "x", "7", "İ", "K", "Ünïcode ",
            "\t", "(", ")");

    @Test
    void answersAsThePatternOnTextMadeOfWhatItsAlternativesMatch() {
        List<GuardedPattern> patterns = new ArrayList<>(PageEvidence.SAYS);
        patterns.add(PageEvidence.PRICE);
        patterns.add(PageEvidence.DATE);
        Random random = new Random(20261202L);
        int matches = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int parts = 1 + random.nextInt(4);
            for (int p = 0; p < parts; p++) {
                if (random.nextBoolean()) text.append(FILLER.get(random.nextInt(FILLER.size())));
                text.append(anyCase(MATCHED.get(random.nextInt(MATCHED.size())), random));
            }
            String s = text.toString();
            for (GuardedPattern g : patterns) {
                boolean expected = g.pattern().matcher(s).find();
                assertEquals(expected, g.find(s), () -> g.pattern() + " on '" + s + "'");
                if (expected) matches++;
            }
        }
        // Most texts hold a match of some pattern: the guards were put to the test, not only passed over.
        assertTrue(matches > 10_000, "matches: " + matches);
    }

    @Test
    void everyAlternativeListedIsMatchedBySomePattern() {
        List<GuardedPattern> patterns = new ArrayList<>(PageEvidence.SAYS);
        patterns.add(PageEvidence.PRICE);
        patterns.add(PageEvidence.DATE);
        for (String s : MATCHED) {
            assertTrue(patterns.stream().anyMatch(g -> g.find(s)), s);
        }
    }

    @Test
    void aTextWithoutTheWordsIsNotSearched() {
        GuardedPattern reply = GuardedPattern.ignoringCase("^reply$", "reply");
        assertTrue(reply.find("REPLY"));
        assertFalse(reply.find("Respond"));
        // The guard is a necessary condition only: the pattern still decides.
        assertFalse(reply.find("Reply to ann"));
    }

    @Test
    void lowersAsciiLettersOnlyAsCaseInsensitivePatternsCompare() {
        assertEquals("reply 12 İ k", GuardedPattern.lowerAscii("REPLY 12 İ k"));
        String unchanged = "already lower, ünïcode";
        assertSame(unchanged, GuardedPattern.lowerAscii(unchanged));
        // The Kelvin sign is no 'k' to (?i), nor to the guard.
        assertFalse(GuardedPattern.ignoringCase("sku", "sku").find("S\u212AU"));
    }

    @Test
    void refusesWordsThatCouldNeverBeFoundInLoweredText() {
        assertThrows(IllegalArgumentException.class, () -> GuardedPattern.ignoringCase("Reply", "Reply"));
    }

    private static String anyCase(String s, Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> s;
            case 1 -> s.toUpperCase(java.util.Locale.ROOT);
            default -> s.toLowerCase(java.util.Locale.ROOT);
        };
    }
}
