package dev.scrapecleaner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scrapecleaner.clean.Cleaner;
import dev.scrapecleaner.dedupe.InMemoryDuplicateIndex;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A teaser under 300 words behind a "Subscribe Now" button is flagged {@code paywall} and reviewed,
 * as the README defines the flag; the same button beside a full article is not held against it.
 */
class PaywallTeaserTest {
    private static final String SENTENCE = "Gaming used to be simple: we bought a game, sat down in front of a console and played it to the end. ";

    private static String page(int sentences) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            body.append("<p>").append(i).append(' ').append(SENTENCE).append("</p>");
        }
        return "<html><head><title>So many ways to play</title></head><body>"
                + "<header><ul><li><a href='/subscribe'>Subscribe Now</a></li><li><a href='/login'>Sign In</a></li></ul></header>"
                + "<article><h1>So many ways to play, and to pay</h1>" + body + "</article></body></html>";
    }

    private static Map<String, Object> report(String html) {
        ScrapeProcessor processor = new ScrapeProcessor(new Cleaner(), new InMemoryDuplicateIndex(), Thresholds.DEFAULT);
        byte[] raw = html.getBytes(StandardCharsets.UTF_8);
        return processor.process(Source.localFile("teaser.html", raw.length), raw).report();
    }

    @Test
    void aShortTeaserBehindASubscribeButtonIsAPaywall() {
        Map<String, Object> report = report(page(3));
        int words = ((Number) ((Map<?, ?>) report.get("output")).get("words")).intValue();
        assertTrue(words >= 50 && words < 300, "a teaser above MIN_WORDS: " + words);
        assertTrue(((List<?>) report.get("flags")).contains("paywall"), report.get("flags").toString());
        assertEquals("review", report.get("verdict"));
    }

    @Test
    void aFullArticleWithTheSameButtonIsNotAPaywall() {
        Map<String, Object> report = report(page(20));
        assertFalse(((List<?>) report.get("flags")).contains("paywall"), report.get("flags").toString());
        assertEquals("accept", report.get("verdict"));
    }
}
