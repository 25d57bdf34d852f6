package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The seed text dump comes out as exactly its expected title and body, with the removals named. */
class SeedScrapeTest {
    private static final Path SEED = Path.of("..", "shared", "seed");

    @Test
    void seedDumpGivesExpectedArticleAndReasons() throws Exception {
        Path raw = SEED.resolve("menafn-2026-01-19.raw.txt");
        Assumptions.assumeTrue(Files.exists(raw), "seed scrape absent at " + raw.toAbsolutePath() + ": skipped");
        String title = Files.readString(SEED.resolve("menafn-2026-01-19.expected-title.txt"), StandardCharsets.UTF_8).strip();
        List<String> body = Files.readAllLines(SEED.resolve("menafn-2026-01-19.expected-body.txt"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank()).toList();

        CleanResult result = new Cleaner().clean(Files.readAllBytes(raw));

        assertEquals(title, result.article().headline());
        assertEquals(body, result.article().paragraphs());
        assertEquals("2026-01-19", result.header().fetchDate());
        assertEquals(403, result.header().httpStatus());
        assertTrue(result.signals().contains("error-banner"), "page signal error-banner");
        assertEquals(8, count(result, Reason.DUPLICATE), "double-captured paragraphs");
        assertTrue(count(result, Reason.ERROR_BANNER) >= 1, "error banner removed");
        assertTrue(count(result, Reason.LEGAL_DISCLAIMER) >= 1, "disclaimer removed");
        assertTrue(count(result, Reason.COMMENTS) >= 1, "comment widget removed");
    }

    private static long count(CleanResult result, Reason reason) {
        return result.blocks().stream().filter(b -> b.removal() == reason).count();
    }
}
