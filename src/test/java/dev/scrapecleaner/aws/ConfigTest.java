package dev.scrapecleaner.aws;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scrapecleaner.clean.PageType;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Settings that would make the function trigger itself are refused at start-up, with the fix in the message. */
class ConfigTest {
    static Map<String, String> env(String... kv) {
        Map<String, String> env = new HashMap<>();
        env.put("OUTPUT_BUCKET", "news");
        for (int i = 0; i < kv.length; i += 2) env.put(kv[i], kv[i + 1]);
        return env;
    }

    @Test
    void sameBucketWithTheWholeBucketAsInputIsRefused() {
        Config.ConfigException e = assertThrows(Config.ConfigException.class,
                () -> Config.fromEnv(env("INPUT_BUCKET", "news")));

        assertTrue(e.getMessage().contains("in a loop"), e.getMessage());
        assertTrue(e.getMessage().contains("separate output bucket"), e.getMessage());
    }

    @Test
    void sameBucketWithOverlappingPrefixesIsRefused() {
        assertThrows(Config.ConfigException.class, () -> Config.fromEnv(env("INPUT_BUCKET", "news", "INPUT_PREFIX", "reports/2026/")));
        assertThrows(Config.ConfigException.class, () -> Config.fromEnv(env("INPUT_BUCKET", "news", "INPUT_PREFIX", "art")));
        assertThrows(Config.ConfigException.class,
                () -> Config.fromEnv(env("INPUT_BUCKET", "news", "INPUT_PREFIX", "raw/", "INDEX_PREFIX", "raw/index/")));
    }

    @Test
    void sameBucketWithDisjointPrefixesAndSeparateBucketsAreFine() {
        assertDoesNotThrow(() -> Config.fromEnv(env("INPUT_BUCKET", "news", "INPUT_PREFIX", "raw/")));
        assertDoesNotThrow(() -> Config.fromEnv(env("INPUT_BUCKET", "scrapes")));
        assertDoesNotThrow(() -> Config.fromEnv(env()));
    }

    @Test
    void outputKeysAreRecognisedOnlyInTheOutputBucket() {
        Config c = Config.fromEnv(env("INPUT_BUCKET", "news", "INPUT_PREFIX", "raw/"));

        assertTrue(c.isOutput("news", "articles/raw/a.html.json"));
        assertTrue(c.isOutput("news", "reports/raw/a.html.json"));
        assertTrue(c.isOutput("news", "index/abc"));
        assertFalse(c.isOutput("news", "raw/articles/a.html"));
        assertFalse(c.isOutput("scrapes", "articles/a.html"));
    }

    @Test
    void theIndexHasTheOutputBucketUnlessItHasABucketOfItsOwn() {
        assertEquals("news", Config.fromEnv(env()).indexBucket());
        Config c = Config.fromEnv(env("INDEX_BUCKET", "news-index--use1-az4--x-s3"));
        assertEquals("news-index--use1-az4--x-s3", c.indexBucket());
        assertTrue(c.isOutput("news-index--use1-az4--x-s3", "index/near/0/00ab12cd"));
        assertFalse(c.isOutput("news", "index/near/0/00ab12cd"), "index/ of the output bucket is no output then");
        assertTrue(c.isOutput("news", "reports/a.json"));
        Config.ConfigException e = assertThrows(Config.ConfigException.class,
                () -> Config.fromEnv(env("INDEX_BUCKET", "scrapes", "INPUT_BUCKET", "scrapes")));
        assertTrue(e.getMessage().contains("INDEX_BUCKET"), e.getMessage());
        assertDoesNotThrow(() -> Config.fromEnv(env("INDEX_BUCKET", "scrapes", "INPUT_BUCKET", "scrapes", "INPUT_PREFIX", "raw/")));
    }

    @Test
    void badTimeReserveIsRefused() {
        assertThrows(Config.ConfigException.class, () -> Config.fromEnv(env("TIME_RESERVE_MS", "soon")));
        assertEquals(Config.DEFAULT_TIME_RESERVE_MS, Config.fromEnv(env()).timeReserveMillis());
    }

    @Test
    void dedupeIsS3ExactOnlyOrOffAndAnythingElseIsRefusedWithTheChoices() {
        assertEquals("s3", Config.fromEnv(env()).dedupe());
        assertEquals("s3-exact", Config.fromEnv(env("DEDUPE", "s3-exact")).dedupe());
        assertEquals("off", Config.fromEnv(env("DEDUPE", "off")).dedupe());
        Config.ConfigException e = assertThrows(Config.ConfigException.class, () -> Config.fromEnv(env("DEDUPE", "exact")));
        assertTrue(e.getMessage().contains("'s3-exact'"), e.getMessage());
    }

    @Test
    void theHandlerRefusesALoopingConfigurationAtStartUp() {
        Config.ConfigException e = assertThrows(Config.ConfigException.class,
                () -> new EventHandler(env("INPUT_BUCKET", "news", "INPUT_PREFIX", ""), null));
        assertTrue(e.getMessage().startsWith("INPUT_BUCKET and OUTPUT_BUCKET are both 'news'"), e.getMessage());
    }

    @Test
    void expectedPageTypesAreReadAndCheckedAtStart() {
        assertEquals(Set.of("article"), Config.fromEnv(env()).thresholds().expectedPageTypes());
        assertEquals(Set.of("article", "forum", "listing"),
                Config.fromEnv(env("EXPECTED_PAGE_TYPES", "article,forum, listing")).thresholds().expectedPageTypes());
        assertEquals(Set.copyOf(PageType.LABELS), Config.fromEnv(env("EXPECTED_PAGE_TYPES", "*")).thresholds().expectedPageTypes());

        Config.ConfigException e = assertThrows(Config.ConfigException.class,
                () -> Config.fromEnv(env("EXPECTED_PAGE_TYPES", "article,news")));
        assertTrue(e.getMessage().contains("EXPECTED_PAGE_TYPES"), e.getMessage());
        assertTrue(e.getMessage().contains("'news'"), e.getMessage());
        for (String label : PageType.LABELS) assertTrue(e.getMessage().contains(label), label + ": " + e.getMessage());
    }
}
