package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The page-type model's file (seven one-against-the-rest ensembles, one section a type) and how it
 * names a page's type. The models here are written by hand: each type's ensemble is one split on
 * one named piece of evidence.
 */
class PageTypeModelTest {
    @Test
    void theMostProbableTypeNamesThePageWithProbabilitiesThatSumToOne() throws IOException {
        // Forum when the page declares a discussion; article otherwise; every other type unlikely.
        PageTypeModel model = model(Format.HTML, label -> switch (label) {
            case "forum" -> split("type.ld_discussion", -4, 4);
            case "article" -> split("type.ld_discussion", 2, -4);
            default -> split("type.ld_discussion", -4, -4);
        });
        float[] evidence = new float[PageEvidence.HTML_NAMES.size()];
        PageType plain = model.classify(evidence);
        assertEquals("article", plain.label());
        evidence[PageEvidence.HTML_NAMES.indexOf("type.ld_discussion")] = 1;
        PageType thread = model.classify(evidence);
        assertEquals("forum", thread.label());
        assertTrue(thread.confidence() > 0.8);
        assertEquals(1.0, thread.probabilities().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        assertEquals(PageType.LABELS, List.copyOf(thread.probabilities().keySet()));
    }

    @Test
    void aFileWithoutEveryTypeOrWithOtherEvidenceIsRefused() throws IOException {
        String whole = file(Format.TEXT, label -> split("type.blocks_log", 0, 0));
        String noService = whole.substring(0, whole.indexOf(PageTypeModel.section("service")));
        IOException missing = assertThrows(IOException.class, () -> PageTypeModel.read(new StringReader(noService)));
        assertTrue(missing.getMessage().contains("service"), missing.getMessage());
        String renamed = whole.replace("type.blocks_log", "type.something_else");
        IOException stale = assertThrows(IOException.class, () -> PageTypeModel.read(new StringReader(renamed)));
        assertTrue(stale.getMessage().contains("bench --page-types --write"), stale.getMessage());
        assertEquals(Format.TEXT, PageTypeModel.read(new StringReader(whole)).format());
    }

    @Test
    void thePagesWordsAreMixedWithTheTreesAsTheFileSays() throws IOException {
        // Trees that lean to article on every page; words that say "reply" is a thread's.
        String trees = file(Format.HTML, label -> label.equals("article") ? split("type.ld_discussion", 1, 1) : split("type.ld_discussion", 0, 0));
        float[] forum = new float[PageType.LABELS.size()];
        forum[PageType.LABELS.indexOf("forum")] = 3;
        String words = PageTypeModel.wordsSection(java.util.Map.of("c:reply", forum), new float[PageType.LABELS.size()], 0.5);
        PageTypeModel model = PageTypeModel.read(new StringReader(trees + words));
        assertEquals(1, model.words());
        float[] evidence = new float[PageEvidence.HTML_NAMES.size()];
        assertEquals("article", model.classify(evidence, List.of("c:home", "t:kettle")).label(), "words it never learned leave the trees' type");
        PageType thread = model.classify(evidence, List.of("c:home", "c:reply"));
        assertEquals("forum", thread.label());
        assertEquals(1.0, thread.probabilities().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        assertEquals("article", model.classify(evidence).label(), "the trees alone");
        // A file written before the words were learned still reads, and types by its trees.
        assertEquals(0, PageTypeModel.read(new StringReader(trees)).words());
        assertEquals("article", PageTypeModel.read(new StringReader(trees)).classify(evidence, List.of("c:reply")).label());
    }

    @Test
    void withoutAModelAPageStaysUntyped() {
        CleanResult result = new Cleaner(new ScrapeDecoder(), null, null).withPageTypes(null, null)
                .clean(" date 2026-01-19 200\nA council votes on the budget\nThe council approved it on Tuesday.".getBytes());
        assertEquals(PageType.UNTYPED, result.pageType());
    }

    /** A one-split tree: left leaf when the evidence is at most one half. */
    private record Split(String feature, double left, double right) {
    }

    private static Split split(String feature, double left, double right) {
        return new Split(feature, left, right);
    }

    private static PageTypeModel model(Format format, java.util.function.Function<String, Split> byType) throws IOException {
        return PageTypeModel.read(new StringReader(file(format, byType)));
    }

    private static String file(Format format, java.util.function.Function<String, Split> byType) {
        List<String> names = PageTypeModel.evidenceNames(format);
        StringBuilder f = new StringBuilder();
        for (String label : PageType.LABELS) {
            Split s = byType.apply(label);
            f.append(PageTypeModel.section(label));
            f.append("scrape-cleaner-trees 1\nversion test-").append(label).append("\nfeatures ").append(names.size()).append('\n');
            for (int i = 0; i < names.size(); i++) f.append("f ").append(i).append(' ').append(names.get(i)).append('\n');
            f.append("base 0\ntrees 1\nt 0 3\n");
            f.append("n 0 ").append(names.indexOf(s.feature())).append(" 0.5 1 2 0\n");
            f.append("n 1 -1 0 -1 -1 ").append(s.left()).append('\n');
            f.append("n 2 -1 0 -1 -1 ").append(s.right()).append('\n');
        }
        return f.toString();
    }
}
