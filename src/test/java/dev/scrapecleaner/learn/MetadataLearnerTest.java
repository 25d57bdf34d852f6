package dev.scrapecleaner.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scrapecleaner.clean.Format;
import dev.scrapecleaner.clean.MetadataCandidate;
import dev.scrapecleaner.clean.MetadataCandidate.Field;
import dev.scrapecleaner.clean.MetadataWeights;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The weights learned from pages where one source is always right and another mostly wrong. */
class MetadataLearnerTest {
    private static MetadataBench.Evidence page(int i, boolean metaRight) {
        EvalPage p = new EvalPage("wcxb-dev", "p" + i, "site" + i + ".example", "article", "", Path.of("p" + i + ".truth.txt"),
                null, null);
        String truth = "Headline number " + i;
        List<MetadataCandidate> c = List.of(
                new MetadataCandidate(Field.TITLE, "<h1>", List.of(truth)),
                new MetadataCandidate(Field.TITLE, "meta og:title", List.of(metaRight ? truth : "Section front " + i)));
        return new MetadataBench.Evidence(p, Form.HTML, Format.HTML, c, null, null, null, new MetadataTruth(truth, null, null));
    }

    @Test
    void theReliableSourceOutweighsTheOtherAndTheThresholdKeepsPrecision() {
        List<MetadataBench.Evidence> pages = new ArrayList<>();
        for (int i = 0; i < 200; i++) pages.add(page(i, i % 5 == 0));
        MetadataWeights w = MetadataLearner.learn(pages);
        assertTrue(w.weight(Format.HTML, Field.TITLE, MetadataWeights.FOR + "<h1>")
                > w.weight(Format.HTML, Field.TITLE, MetadataWeights.FOR + "meta og:title"), w.write());
        MetadataWeights.Choice c = w.choose(Format.HTML, Field.TITLE, page(1000, false).candidates(), null, null);
        assertEquals(List.of("Headline number 1000"), c.values());
        assertEquals("title from <h1>", c.reason());
        // No page says anything of authors: none is ever given.
        assertNull(w.choose(Format.HTML, Field.AUTHOR, List.of(new MetadataCandidate(Field.AUTHOR, "meta author", List.of("X Y"))), null, null));
    }

    @Test
    void theThresholdIsTheLowestChanceAtWhichTheValuesAreRightOftenEnough() {
        List<double[]> scored = new ArrayList<>();
        for (int i = 0; i < 100; i++) scored.add(new double[] {0.99, 1});
        for (int i = 0; i < 10; i++) scored.add(new double[] {0.5, 0});
        assertEquals(0.99, MetadataLearner.threshold(scored), 1e-9);
        assertEquals(1.01, MetadataLearner.threshold(new ArrayList<>(List.of(new double[] {0.9, 0}))), 1e-9);
    }

    /** A page that declares a date in JSON-LD; its truth names that date only when the page is an article. */
    private static MetadataBench.Evidence datedPage(int i, String type) {
        EvalPage p = new EvalPage("wcxb-dev", "d" + i, "dated" + i + ".example", type, "", Path.of("d" + i + ".truth.txt"),
                null, null);
        String date = String.format("2025-%02d-%02d", 1 + i % 12, 1 + i % 28);
        List<MetadataCandidate> c = List.of(new MetadataCandidate(Field.DATE, "JSON-LD WebPage.datePublished", List.of(date)));
        return new MetadataBench.Evidence(p, Form.HTML, Format.HTML, c, null, null, type,
                new MetadataTruth("Page " + i, null, type.equals("article") ? date : null));
    }

    @Test
    void theSameSourceIsTrustedOnAnArticleAndNotOnAProductPage() {
        List<MetadataBench.Evidence> pages = new ArrayList<>();
        for (int i = 0; i < 300; i++) pages.add(datedPage(i, i % 2 == 0 ? "article" : "product"));
        MetadataWeights w = MetadataLearner.learn(pages);
        assertTrue(w.weight(Format.HTML, Field.DATE, MetadataWeights.TYPE + "article")
                > w.weight(Format.HTML, Field.DATE, MetadataWeights.TYPE + "product"), w.write());
        List<MetadataCandidate> declared = datedPage(1001, "product").candidates();
        MetadataWeights.Choice onArticle = w.choose(Format.HTML, Field.DATE, declared, null, "article");
        assertEquals(declared.get(0).values(), onArticle.values());
        assertEquals("publishedDate from JSON-LD WebPage.datePublished; on a page typed article", onArticle.reason());
        assertNull(w.choose(Format.HTML, Field.DATE, declared, null, "product"), "a product page's declared date is not given");
        // The title is chosen before the page is typed: its weights never read the type.
        assertTrue(w.features(Format.HTML, Field.TITLE).stream().noneMatch(f -> f.startsWith(MetadataWeights.TYPE)), w.write());
    }

    @Test
    void theWeightsTableReadsBackAsWritten() {
        List<MetadataBench.Evidence> pages = new ArrayList<>();
        for (int i = 0; i < 50; i++) pages.add(page(i, i % 2 == 0));
        MetadataWeights w = MetadataLearner.learn(pages);
        assertEquals(w.write(), MetadataWeights.parse(w.write()).write());
    }

    @Test
    void eachDealingOfTheInnerFoldsKeepsASitesPagesTogetherAndDealsAnew() {
        List<MetadataBench.Evidence> pages = new ArrayList<>();
        for (int i = 0; i < 300; i++) pages.add(page(i, true));
        int moved = 0;
        for (MetadataBench.Evidence e : pages) {
            for (int repeat = 0; repeat < MetadataLearner.INNER_REPEATS; repeat++) {
                int fold = MetadataLearner.innerFold(e, repeat);
                assertTrue(fold >= 0 && fold < MetadataLearner.INNER_FOLDS);
                EvalPage sameSite = new EvalPage("wcxb-dev", e.page().id() + "b", e.page().domain(), "article", "",
                        Path.of("x.truth.txt"), null, null);
                MetadataBench.Evidence other = new MetadataBench.Evidence(sameSite, Form.HTML, Format.HTML, List.of(), null, null,
                        null, MetadataTruth.NONE);
                assertEquals(fold, MetadataLearner.innerFold(other, repeat), "a site's other page is in the same inner fold");
            }
            if (MetadataLearner.innerFold(e, 0) != MetadataLearner.innerFold(e, 1)) moved++;
        }
        assertTrue(moved > 150, "the second dealing moves most sites to another fold: " + moved + " of 300");
    }
}
