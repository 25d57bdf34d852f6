package dev.scrapecleaner.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared evaluation data as the corpus loads it, and its folds by domain. */
class EvalCorpusTest {
    private static final Set<String> WCXB_TYPES =
            Set.of("article", "collection", "documentation", "forum", "listing", "product", "service");
    private static EvalCorpus corpus;

    @BeforeAll
    static void load() throws IOException {
        if (!Files.isDirectory(EvalCorpus.DEFAULT_DIR)) return;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        corpus = EvalCorpus.load(EvalCorpus.DEFAULT_DIR);
        long millis = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
        System.out.println("EvalCorpus: " + corpus.pages().size() + " pages loaded in " + millis + " ms of processor time");
        // Processor time, which a loaded machine does not stretch as it does the wall clock.
        assertTrue(millis < 5_000, "loading the metadata took " + millis + " ms of processor time");
    }

    private static List<EvalPage> pages() {
        assumeTrue(corpus != null, "the shared evaluation data is absent at "
                + EvalCorpus.DEFAULT_DIR.toAbsolutePath().normalize() + " (it sits beside the clone): skipped");
        return corpus.pages();
    }

    private static List<EvalPage> pages(String set) {
        return pages().stream().filter(p -> p.set().equals(set)).toList();
    }

    @Test
    void holdsBothSetsSortedBySetThenId() {
        assertEquals(121, pages("dev").size());
        assertEquals(1_497, pages("wcxb-dev").size());
        List<EvalPage> sorted = pages().stream()
                .sorted(Comparator.comparing(EvalPage::set).thenComparing(EvalPage::id)).toList();
        assertEquals(sorted, pages());
    }

    @Test
    void everyPageHasADomainATruthAndItsHtml() {
        for (EvalPage page : pages()) {
            String name = page.set() + "/" + page.id();
            assertFalse(page.domain().isBlank(), name);
            assertFalse(page.domain().startsWith("www."), name);
            assertTrue(Files.isRegularFile(page.truth()), name);
            Path html = page.input(Form.HTML);
            assertNotNull(html, name);
            assertTrue(Files.isRegularFile(html), name);
            if (!page.url().isEmpty() && !page.domain().startsWith("?")) {
                assertEquals(EvalCorpus.host(page.url()), page.domain(), name + ": the url's host is the domain");
            }
        }
        EvalPage first = pages("dev").get(0);
        assertEquals("article", first.pageType());
        assertTrue(first.with().isEmpty() && first.without().isEmpty());
        assertTrue(first.input(Form.HTML).toString().endsWith(".html"));
        assertTrue(first.input(Form.TEXT_W3M).toString().endsWith(".scrape.txt"));
        assertFalse(first.truthText().isBlank());
    }

    @Test
    void wcxbPagesCarryTheSevenPageTypesAndSnippets() {
        Set<String> types = pages("wcxb-dev").stream().map(EvalPage::pageType).collect(Collectors.toSet());
        assertEquals(WCXB_TYPES, types);
        assertTrue(pages("wcxb-dev").stream().filter(p -> !p.with().isEmpty()).count() > 1_400);
        assertTrue(pages("wcxb-dev").get(0).input(Form.HTML).toString().endsWith(".html.gz"));
    }

    @Test
    void foldsAreBalancedAndKeepEachDomainInOne() {
        List<EvalPage> pages = pages();
        DomainFolds folds = DomainFolds.of(corpus, 5, 42);
        int[] sizes = new int[5];
        Map<String, Set<Integer>> foldsOfDomain = new HashMap<>();
        for (EvalPage page : pages) {
            int fold = folds.fold(page);
            sizes[fold]++;
            foldsOfDomain.computeIfAbsent(page.domain(), d -> new TreeSet<>()).add(fold);
        }
        for (int size : sizes) {
            double share = size / (double) pages.size();
            assertTrue(share >= 0.15 && share <= 0.25, "a fold holds " + size + " of " + pages.size() + " pages");
        }
        foldsOfDomain.forEach((domain, in) -> assertEquals(1, in.size(), domain + " is in folds " + in));
        List<String> domains = pages.stream().map(EvalPage::domain).toList();
        assertEquals(DomainFolds.assign(domains, 5, 42), DomainFolds.assign(domains, 5, 42));
        assertNotEquals(DomainFolds.assign(domains, 5, 42), DomainFolds.assign(domains, 5, 43));
    }

    @Test
    void assignmentDealsShuffledDomainsRoundRobin() {
        Map<String, Integer> folds = DomainFolds.assign(List.of("c.org", "a.org", "b.org", "a.org", "d.org"), 2, 7);
        assertEquals(4, folds.size());
        assertEquals(2, folds.values().stream().filter(f -> f == 0).count());
        assertEquals(folds, DomainFolds.assign(List.of("d.org", "b.org", "a.org", "c.org"), 2, 7),
                "the order of the input is irrelevant");
        assertThrows(IllegalArgumentException.class, () -> DomainFolds.assign(List.of("a.org"), 0, 1));
    }

    @Test
    void hostDropsSchemePortAndWww() {
        assertEquals("example.org", EvalCorpus.host("https://www.Example.org:8080/a/b?c#d"));
        assertEquals("forums.freebsd.org", EvalCorpus.host("https://forums.FreeBSD.org/threads/x"));
        assertEquals("news.example.org", EvalCorpus.host("http://user@news.example.org"));
        assertEquals("", EvalCorpus.host(""));
        assertEquals("", EvalCorpus.host("not a url"));
    }

    @Test
    void aMissingDirectorySaysWhereTheDataBelongs(@TempDir Path tmp) {
        IOException e = assertThrows(IOException.class, () -> EvalCorpus.load(tmp.resolve("nowhere")));
        assertTrue(e.getMessage().contains("beside the clone"), e.getMessage());
        assertTrue(e.getMessage().contains(tmp.resolve("nowhere").toString()), e.getMessage());
    }

    @Test
    void aMissingSetIsSkippedAndMissingFieldsFilledIn(@TempDir Path tmp) throws IOException {
        Path wcxb = Files.createDirectories(tmp.resolve("wcxb-dev"));
        Files.writeString(wcxb.resolve("0002.truth.txt"), "Body text.");
        Files.writeString(wcxb.resolve("0002.json"),
                "{\"url\": \"https://www.shop.example/p/1\", \"domain\": \"\", \"pageType\": \"product\","
                        + " \"with\": [\"Body\"]}");
        Files.writeString(wcxb.resolve("0001.truth.txt"), "Other text.");
        Files.writeString(wcxb.resolve("0001.json"), "{\"url\": \"\", \"domain\": \"\", \"pageType\": \"forum\"}");
        Files.writeString(wcxb.resolve("0001.html"), "<html><head><meta property='og:url' content='https://x.example/a'>"
                + "<link href=\"https://www.forum.example/t/1\" rel=\"Canonical\"></head><body></body></html>");
        List<EvalPage> loaded = EvalCorpus.load(tmp).pages();
        assertEquals(List.of("0001", "0002"), loaded.stream().map(EvalPage::id).toList());
        EvalPage canonical = loaded.get(0);
        assertEquals("forum.example", canonical.domain());
        assertEquals("https://www.forum.example/t/1", canonical.url());
        assertNotNull(canonical.input(Form.HTML));
        assertNull(canonical.input(Form.TEXT));
        EvalPage shop = loaded.get(1);
        assertEquals("shop.example", shop.domain());
        assertEquals("product", shop.pageType());
        assertEquals(List.of("Body"), shop.with());
        assertNull(shop.input(Form.HTML));
        assertEquals("Body text.", shop.truthText());
    }

    @Test
    void lynxDumpsAreReadWhereACopyOfTheDataHoldsThem(@TempDir Path tmp) throws IOException {
        // The layout scripts/lynx-eval.sh writes: the set's own files, and a text-lynx/ folder beside text/.
        Path dev = Files.createDirectories(tmp.resolve("dev"));
        Files.writeString(dev.resolve("0001.truth.txt"), "Body text.");
        Files.writeString(dev.resolve("0001.url"), "https://news.example/a");
        Files.writeString(Files.createDirectories(dev.resolve("text-lynx")).resolve("0001.scrape.txt"), "Body text.");
        EvalPage page = EvalCorpus.load(tmp).pages().get(0);
        assertEquals(dev.resolve("text-lynx/0001.scrape.txt").toAbsolutePath(), page.input(Form.TEXT_LYNX));
        assertNull(page.input(Form.TEXT_W3M));
        assertEquals(List.of(Form.HTML, Form.TEXT, Form.TEXT_W3M), Form.shared(), "the shared data holds no lynx dumps");
    }

    @Test
    void aDirectoryWithNeitherSetIsAnError(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("other"));
        IOException e = assertThrows(IOException.class, () -> EvalCorpus.load(tmp));
        assertTrue(e.getMessage().contains("beside the clone"), e.getMessage());
    }
}
