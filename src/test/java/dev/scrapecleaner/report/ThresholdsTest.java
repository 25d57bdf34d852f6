package dev.scrapecleaner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scrapecleaner.clean.Cleaner;
import dev.scrapecleaner.clean.PageType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The verdict's thresholds come from the environment, with defaults and clear errors. */
class ThresholdsTest {
    @Test
    void unsetVariablesGiveTheDefaults() {
        assertEquals(Thresholds.DEFAULT, Thresholds.fromEnv(Map.of()));
    }

    @Test
    void variablesOverrideThem() {
        Thresholds t = Thresholds.fromEnv(Map.of("MIN_WORDS", "120", "EXPECTED_LANGUAGES", "en, DE"));
        assertEquals(120, t.minWords());
        assertEquals(Set.of("en", "de"), t.expectedLanguages());
    }

    @Test
    void aBadValueNamesTheVariable() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Thresholds.fromEnv(Map.of("MOSTLY_DUPLICATE", "lots")));
        assertTrue(e.getMessage().startsWith("MOSTLY_DUPLICATE must be a number"), e.getMessage());
    }

    @Test
    void expectedPageTypesAreArticlesUnlessSetAndAStarTakesEveryType() {
        assertEquals(Set.of("article"), Thresholds.fromEnv(Map.of()).expectedPageTypes());
        assertEquals(Set.of("article"), Thresholds.fromEnv(Map.of("EXPECTED_PAGE_TYPES", " ")).expectedPageTypes());
        assertEquals(Set.of("article", "forum"), Thresholds.fromEnv(Map.of("EXPECTED_PAGE_TYPES", "Article, forum")).expectedPageTypes());
        assertEquals(Set.copyOf(PageType.LABELS), Thresholds.fromEnv(Map.of("EXPECTED_PAGE_TYPES", "*")).expectedPageTypes());
        assertEquals(Set.copyOf(PageType.LABELS), Thresholds.fromEnv(Map.of("EXPECTED_PAGE_TYPES", "ANY")).expectedPageTypes());
        assertEquals(0.7, Thresholds.fromEnv(Map.of("PAGE_TYPE_CONFIDENCE", "0.7")).pageTypeConfidence());
    }

    @Test
    void anUnknownPageTypeIsAnErrorThatListsTheValidOnes() {
        for (String bad : List.of("article,blog", "article,", "*,forum", "articles")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Thresholds.fromEnv(Map.of("EXPECTED_PAGE_TYPES", bad)), bad);
            assertTrue(e.getMessage().startsWith("EXPECTED_PAGE_TYPES takes"), e.getMessage());
            assertTrue(e.getMessage().contains(String.join(", ", PageType.LABELS)), e.getMessage());
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
        }
        for (String bad : List.of("1.5", "NaN", "most")) {
            assertThrows(IllegalArgumentException.class, () -> Thresholds.fromEnv(Map.of("PAGE_TYPE_CONFIDENCE", bad)), bad);
        }
    }

    @Test
    void onlyAConfidentTypeOutsideTheExpectedOnesIsUnexpected() {
        Thresholds news = Thresholds.DEFAULT;
        double[] forum = {0.1, 0.05, 0.05, 0.6, 0.1, 0.05, 0.05};
        assertTrue(news.unexpected(PageType.of(forum)));
        assertFalse(news.withExpectedPageTypes(Set.of("article", "forum")).unexpected(PageType.of(forum)));
        assertFalse(news.unexpected(PageType.of(new double[] {0.2, 0.1, 0.1, 0.4, 0.1, 0.05, 0.05})), "confidence 0.4 < 0.5");
        assertFalse(news.unexpected(PageType.of(new double[] {0.9, 0.02, 0.02, 0.02, 0.02, 0.01, 0.01})));
        assertFalse(news.unexpected(PageType.UNTYPED));
    }

    @Test
    void aLongerMinimumPutsAShortArticleUpForReviewAndAnUnexpectedLanguageIsFlagged() {
        String p = "The regional council approved the new harbour plan on Tuesday, after a debate that lasted most of"
                + " the afternoon and ended with a vote of nine to two in favour of the plan.";
        byte[] page = ("<html lang=en><body><article><h1>Harbour</h1><p>" + p + "</p><p>" + p.replace("Tuesday", "Monday")
                + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
        Map<String, Object> lenient = new ScrapeProcessor(new Cleaner(), null, Thresholds.fromEnv(Map.of("MIN_WORDS", "20")))
                .process(Source.localFile("p.html", page.length), page).report();
        assertEquals("accept", lenient.get("verdict"));
        Map<String, Object> strict = new ScrapeProcessor(new Cleaner(), null,
                Thresholds.fromEnv(Map.of("MIN_WORDS", "200", "EXPECTED_LANGUAGES", "de")))
                .process(Source.localFile("p.html", page.length), page).report();
        assertEquals("review", strict.get("verdict"));
        assertTrue(((List<?>) strict.get("reasons")).containsAll(List.of("too-short", "unexpected-language")),
                String.valueOf(strict.get("reasons")));
    }
}
