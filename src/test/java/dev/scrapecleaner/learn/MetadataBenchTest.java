package dev.scrapecleaner.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scrapecleaner.clean.Format;
import dev.scrapecleaner.clean.MetadataWeights;
import dev.scrapecleaner.clean.PageTypeModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The weights the cleaner ships, on a sample of WCXB's HTML pages (every eighth): the values given
 * are right 93% of the time or more, and a title is given on most article pages. The weights were
 * learned on these pages among others, so this checks the wiring and guards against a source that
 * breaks; the figures that count, cross-validated, are {@code bench --metadata}'s.
 */
class MetadataBenchTest {
    @Test
    void theShippedWeightsGiveRightValues() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(EvalCorpus.DEFAULT_DIR.resolve("wcxb-dev")),
                "shared evaluation data absent at " + EvalCorpus.DEFAULT_DIR.toAbsolutePath() + ": skipped");
        EvalCorpus corpus = EvalCorpus.load(EvalCorpus.DEFAULT_DIR);
        List<EvalPage> sample = new ArrayList<>();
        int i = 0;
        for (EvalPage p : corpus.pages()) if (p.set().equals("wcxb-dev") && i++ % 8 == 0) sample.add(p);
        List<MetadataBench.Evidence> pages = new ArrayList<>();
        // Typed as the cleaner types them, by the shipped page-type model: the author's and the date's weights read the type.
        for (MetadataBench.Evidence e : MetadataBench.gather(sample, List.of(Form.HTML), null)) {
            pages.add(e.withPageType(e.typeEvidence() == null ? null : PageTypeModel.bundled(e.format()).classify(e.typeEvidence()).label()));
        }
        Map<String, MetadataBench.Tally> shipped = new TreeMap<>();
        MetadataBench.score(pages, MetadataWeights.bundled(), shipped);
        for (String field : new String[] {"title", "author", "publishedDate"}) {
            MetadataBench.Tally t = shipped.get("wcxb-dev\thtml\t" + field);
            System.out.printf("METADATA SAMPLE %s: %d pages, %d declared, %d given, %d right%n", field, t.pages, t.declared, t.given, t.right);
            assertTrue(t.given >= 15, field + ": too few values given to judge: " + t.given);
            assertTrue(t.precision() >= 0.93, field + " precision " + t.precision());
        }
        MetadataBench.Tally title = shipped.get("wcxb-dev\thtml\ttitle\tarticle");
        assertTrue(title.accuracy() >= 0.6, "title accuracy on article pages " + title.accuracy());
    }

    @Test
    void everyPageIsTypedFromItsEvidenceByTheOtherFoldsModel() {
        int length = PageTypeModel.evidenceNames(Format.HTML).size();
        List<MetadataBench.Evidence> pages = new ArrayList<>();
        List<String> labels = dev.scrapecleaner.clean.PageType.LABELS;
        for (int i = 0; i < 350; i++) {
            // Each type's pages show it in one figure; another figure is noise.
            String type = labels.get(i % labels.size());
            float[] evidence = new float[length];
            evidence[0] = 3 * labels.indexOf(type);
            evidence[1] = i % 11;
            EvalPage p = new EvalPage("wcxb-dev", "p" + i, "site" + i + ".example", type, "", Path.of("p" + i + ".truth.txt"), null, null);
            pages.add(new MetadataBench.Evidence(p, Form.HTML, Format.HTML, List.of(), null, i == 349 ? null : evidence, null,
                    MetadataTruth.NONE));
        }
        DomainFolds folds = DomainFolds.of(pages.stream().map(MetadataBench.Evidence::page).toList(), 5, 20261129L);
        List<MetadataBench.Evidence> typed = MetadataBench.typed(pages, folds, 5, 20261129L);
        for (int i = 0; i < 349; i++) assertEquals(pages.get(i).page().pageType(), typed.get(i).pageType(), "page " + i);
        assertNull(typed.get(349).pageType(), "a page without evidence of its type stays untyped");
    }

    @Test
    void eachPagesHeldOutValuesAreWrittenOneRowAFieldWithWhatItOffered(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        dev.scrapecleaner.clean.MetadataCandidate title = new dev.scrapecleaner.clean.MetadataCandidate(
                dev.scrapecleaner.clean.MetadataCandidate.Field.TITLE, "<h1>, the only one", List.of("Harbour plan approved"));
        EvalPage p = new EvalPage("wcxb-dev", "0001", "harbour.example", "article", "", Path.of("0001.truth.txt"), null, null);
        MetadataBench.Evidence e = new MetadataBench.Evidence(p, Form.HTML, Format.HTML, List.of(title), null, null, "article",
                new MetadataTruth("Harbour Plan Approved", null, null));
        MetadataWeights.Choice best = new MetadataWeights.Choice(dev.scrapecleaner.clean.MetadataCandidate.Field.TITLE,
                List.of("Harbour plan approved"), 0.8, "<h1>, the only one", List.of(), null, null);
        PageRows rows = new PageRows();
        rows.add(e, dev.scrapecleaner.clean.MetadataCandidate.Field.TITLE, 2, null, best, false, true, true);
        Path file = dir.resolve("pages.tsv");
        rows.write(file);
        List<String> lines = Files.readAllLines(file);
        assertEquals(PageRows.HEADER, lines.get(0));
        String[] row = lines.get(1).split("\t", -1);
        assertEquals(List.of("wcxb-dev", "0001", "html", "article", "article", "2", "title", "Harbour Plan Approved", "", "0",
                "Harbour plan approved", "<h1>, the only one", "0.800", "1", "1", "Harbour plan approved <- <h1>, the only one"),
                List.of(row), "nothing given (under the threshold), the best value right");
    }
}
