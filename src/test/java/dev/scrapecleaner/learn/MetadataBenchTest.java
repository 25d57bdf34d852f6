package dev.scrapecleaner.learn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scrapecleaner.clean.MetadataWeights;
import java.nio.file.Files;
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
        List<MetadataBench.Evidence> pages = MetadataBench.gather(sample, List.of(Form.HTML), null);
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
}
