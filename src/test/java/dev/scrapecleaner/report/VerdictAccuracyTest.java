package dev.scrapecleaner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scrapecleaner.clean.Cleaner;
import dev.scrapecleaner.eval.DevSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The verdict against what a person would decide: real articles (the dev pages, HTML and text
 * dumps) are accepted, or reviewed for a named reason; pages that are no article (error pages,
 * listings, logins, consent walls, empty and script-only pages) are rejected; doubtful articles
 * (paywall teasers, truncated, too short, mojibake) are reviewed for the right reason.
 */
class VerdictAccuracyTest {
    private static final Path NEGATIVE = Path.of("src", "test", "resources", "negative");
    private final ScrapeProcessor processor = new ScrapeProcessor(new Cleaner(), null);

    /** File name, the verdict expected, and the reason it must give. */
    private static final List<String[]> EXPECTED = List.of(
            new String[] {"error-404.html", "reject", "soft-404"},
            new String[] {"soft-404.scrape.txt", "reject", "soft-404"},
            new String[] {"listing.html", "reject", "no-article"},
            new String[] {"search-results.html", "reject", "not-an-article"},
            new String[] {"login.html", "reject", "not-an-article"},
            new String[] {"consent-wall.html", "reject", "no-article"},
            new String[] {"empty.html", "reject", "no-article"},
            new String[] {"script-only.html", "reject", "no-article"},
            new String[] {"paywall-teaser.html", "review", "paywall"},
            new String[] {"too-short.html", "review", "too-short"},
            new String[] {"truncated.scrape.txt", "review", "truncated"},
            new String[] {"mojibake.html", "review", "encoding-damage"});

    private Map<String, Object> report(String name, byte[] raw) {
        return processor.process(Source.localFile(name, raw.length), raw).report();
    }

    @Test
    void everyNegativePageGetsItsVerdictAndReason() throws Exception {
        for (String[] e : EXPECTED) {
            Map<String, Object> r = report(e[0], Files.readAllBytes(NEGATIVE.resolve(e[0])));
            assertEquals(e[1], r.get("verdict"), e[0] + ": " + r.get("reasons"));
            assertTrue(((List<?>) r.get("reasons")).contains(e[2]), e[0] + " gives " + r.get("reasons"));
        }
    }

    @Test
    void verdictAccuracyOverDevPagesAndNegativesIsAtLeast95Percent() throws Exception {
        int right = 0;
        int total = 0;
        List<String> wrong = new ArrayList<>();
        for (String id : DevSet.ids()) {
            for (Path raw : List.of(DevSet.DIR.resolve(id + ".html"), DevSet.DIR.resolve("text").resolve(id + ".scrape.txt"))) {
                Map<String, Object> r = report(raw.getFileName().toString(), Files.readAllBytes(raw));
                total++;
                boolean ok = "accept".equals(r.get("verdict"))
                        || "review".equals(r.get("verdict")) && !((List<?>) r.get("reasons")).isEmpty();
                if (ok) right++;
                else wrong.add(raw.getFileName() + " " + r.get("verdict") + r.get("reasons"));
            }
        }
        int reviewed = 0;
        for (String[] e : EXPECTED) {
            Map<String, Object> r = report(e[0], Files.readAllBytes(NEGATIVE.resolve(e[0])));
            total++;
            if (e[1].equals(r.get("verdict")) && ((List<?>) r.get("reasons")).contains(e[2])) right++;
            else wrong.add(e[0] + " " + r.get("verdict") + r.get("reasons"));
        }
        for (String id : DevSet.ids().subList(0, 20)) {
            // A real article cut mid-sentence at two thirds: a truncated capture.
            String truth = Files.readString(DevSet.DIR.resolve(id + ".truth.txt"));
            String cut = truth.substring(0, truth.length() * 2 / 3).stripTrailing();
            if (cut.length() < 600) continue;
            int space = cut.lastIndexOf(' ');
            String dump = " date 2026-03-02 200\n" + cut.substring(0, space).replaceAll("\n+", "\n").replaceAll("[.!?\"”’]+$", "") + "\n";
            Map<String, Object> r = report(id + "-truncated.txt", dump.getBytes(StandardCharsets.UTF_8));
            total++;
            if ("review".equals(r.get("verdict")) && ((List<?>) r.get("reasons")).contains("truncated")) reviewed++;
            else wrong.add(id.substring(0, 8) + "-truncated " + r.get("verdict") + r.get("reasons"));
        }
        right += reviewed;
        double accuracy = right / (double) total;
        System.out.printf("VERDICTS: %d of %d right (%.3f); wrong: %s%n", right, total, accuracy, wrong);
        assertTrue(accuracy >= 0.95, "verdict accuracy " + accuracy + ", wrong: " + wrong);
    }

    @Test
    void theSeedIsAcceptedWithItsErrorBannerAndHttpStatusFlagged() throws Exception {
        Path seed = Path.of("..", "shared", "seed", "menafn-2026-01-19.raw.txt");
        Assumptions.assumeTrue(Files.exists(seed), "seed scrape absent at " + seed.toAbsolutePath() + ": skipped");
        Map<String, Object> r = report("seed", Files.readAllBytes(seed));
        assertEquals("accept", r.get("verdict"));
        assertTrue(((List<?>) r.get("flags")).containsAll(List.of("error-banner", "http-error-status")), String.valueOf(r.get("flags")));
    }
}
