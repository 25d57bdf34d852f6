package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the content model's decision combines with the rules': the model keeps or removes every block
 * but the scraper's header and the title, and a block it removes keeps the rule's reason when a
 * rule named one. The models here are written by hand, one split on one named feature.
 */
class ContentScoringTest {
    private static final String DUMP = String.join("\n",
            " date 2026-01-19 200",
            "Home",
            "A council votes on the budget after a long night",
            "The council approved the new budget on Tuesday after a long debate that ran well past midnight.",
            "Spending on schools rises by four percent, the mayor said, and the libraries keep their hours.",
            "Share on Facebook");

    @Test
    void withoutAModelTheRulesDecide() {
        CleanResult rules = new Cleaner(new ScrapeDecoder(), null, null).clean(bytes(DUMP));
        assertEquals(2, rules.article().paragraphs().size());
        assertTrue(rules.blocks().stream().allMatch(b -> Double.isNaN(b.contentScore())), "no model, no score");
    }

    @Test
    void aModelThatKeepsEverythingKeepsAllButHeaderAndTitle() throws IOException {
        Cleaner cleaner = new Cleaner(new ScrapeDecoder(), null, model(Format.TEXT, "text.chars_log", 0, 5.0, 5.0));
        CleanResult result = cleaner.clean(bytes(DUMP));
        assertEquals("A council votes on the budget after a long night", result.article().headline());
        assertEquals(List.of("Home", "The council approved the new budget on Tuesday after a long debate that ran well past midnight.",
                "Spending on schools rises by four percent, the mayor said, and the libraries keep their hours.",
                "Share on Facebook"), result.article().paragraphs());
        assertEquals(Reason.SCRAPER_HEADER, result.blocks().get(0).removal());
    }

    @Test
    void aRemovalKeepsTheRulesReasonOrSaysTheScoreWasLow() throws IOException {
        // Short lines (log1p of under 54 characters) are content, long ones are not: the opposite of the rules.
        Cleaner cleaner = new Cleaner(new ScrapeDecoder(), null, model(Format.TEXT, "text.chars_log", 4.0, 5.0, -5.0));
        CleanResult result = cleaner.clean(bytes(DUMP));
        assertEquals(List.of("Home", "Share on Facebook"), result.article().paragraphs());
        Block paragraph = result.blocks().get(3);
        assertEquals(Reason.LOW_CONTENT_SCORE, paragraph.removal(), "kept by the rules, removed by the model");
        assertTrue(paragraph.contentScore() < 0.5);
    }

    @Test
    void onAListingOrCollectionTheModelKeepsBlocksItIsLessSureOf() throws IOException {
        // Every block scored halfway between the two thresholds: kept as an item, dropped from an article.
        double p = (ContentScoring.ITEMS_KEEP + ContentScoring.KEEP) / 2;
        double logit = Math.log(p / (1 - p));
        ContentModel text = model(Format.TEXT, "text.chars_log", 0, logit, logit);
        CleanResult asListing = new Cleaner(new ScrapeDecoder(), null, text).withPageTypes(null, typedAs("listing")).clean(bytes(DUMP));
        CleanResult asArticle = new Cleaner(new ScrapeDecoder(), null, text).withPageTypes(null, typedAs("article")).clean(bytes(DUMP));
        assertEquals("listing", asListing.pageType().label());
        assertEquals(4, asListing.article().paragraphs().size(), "every line but the scraper's header and the headline");
        assertEquals(0, asArticle.article().paragraphs().size());
        assertEquals(ContentScoring.KEEP, ContentScoring.keepAt(PageType.UNTYPED));
    }

    /** A text page-type model that calls every page {@code label}, surely. */
    private static PageTypeModel typedAs(String label) throws IOException {
        return typedAs(label, 5, -5);
    }

    /** A text page-type model whose every tree gives {@code label} the leaf {@code own} and each other type {@code others}. */
    private static PageTypeModel typedAs(String label, double own, double others) throws IOException {
        List<String> names = PageTypeModel.evidenceNames(Format.TEXT);
        StringBuilder f = new StringBuilder();
        for (String type : PageType.LABELS) {
            double leaf = type.equals(label) ? own : others;
            f.append(PageTypeModel.section(type));
            f.append("scrape-cleaner-trees 1\nversion test-").append(type).append("\nfeatures ").append(names.size()).append('\n');
            for (int i = 0; i < names.size(); i++) f.append("f ").append(i).append(' ').append(names.get(i)).append('\n');
            f.append("base 0\ntrees 1\nt 0 3\nn 0 0 0.5 1 2 0\n");
            f.append("n 1 -1 0 -1 -1 ").append(leaf).append("\nn 2 -1 0 -1 -1 ").append(leaf).append('\n');
        }
        return PageTypeModel.read(new StringReader(f.toString()));
    }

    @Test
    void featuresAreRecordedOnlyWhenAskedAndNamedInOrder() {
        Cleaner plain = new Cleaner(new ScrapeDecoder(), null, null);
        assertNull(plain.clean(bytes(DUMP)).blocks().get(1).features());
        Block home = plain.recordingFeatures().clean(bytes(DUMP)).blocks().get(1);
        float[] row = home.features();
        assertNotNull(row);
        List<String> names = ContentModel.featureNames(Format.TEXT);
        assertEquals(names.size(), row.length);
        assertEquals(Math.log1p("Home".length()), row[names.indexOf("text.chars_log")], 1e-6);
        assertEquals(Math.log1p("date 2026-01-19 200".length()), row[names.indexOf("prev1.text.chars_log")], 1e-6,
                "the header line is no block the model decides, but it is the neighbour before");
        assertEquals(-1.0, row[names.indexOf("prev2.text.chars_log")], "nothing before the first line");
    }

    @Test
    void aSecondStageDecidesFromTheFirstStagesScoresAround() throws IOException {
        // First stage: long lines are content. Second stage: what the first kept stays; a line it
        // scored low is kept only when the next line scored is content.
        ContentModel first = model(Format.TEXT, "text.chars_log", 4.0, -5.0, 5.0);
        List<String> names = ContentModel.secondStageNames(Format.TEXT);
        String second = header(names) + "trees 1\nt 0 5\n"
                + "n 0 " + names.indexOf("stage1.score") + " 0.5 1 2 0\n"
                + "n 1 " + names.indexOf("stage1.blocks_until_kept") + " 1.5 3 4 0\n"
                + "n 2 -1 0 -1 -1 5\n"
                + "n 3 -1 0 -1 -1 5\n"
                + "n 4 -1 0 -1 -1 -5\n";
        ContentModel stacked = first.withSecondStage(new StringReader(second));
        assertTrue(stacked.hasSecondStage());

        CleanResult alone = new Cleaner(new ScrapeDecoder(), null, first).clean(bytes(DUMP));
        assertEquals(List.of("The council approved the new budget on Tuesday after a long debate that ran well past midnight.",
                "Spending on schools rises by four percent, the mayor said, and the libraries keep their hours."),
                alone.article().paragraphs());
        CleanResult both = new Cleaner(new ScrapeDecoder(), null, stacked).recordingFeatures().clean(bytes(DUMP));
        assertEquals(List.of("Home", "The council approved the new budget on Tuesday after a long debate that ran well past midnight.",
                "Spending on schools rises by four percent, the mayor said, and the libraries keep their hours."),
                both.article().paragraphs(), "'Home' comes right before a kept line, 'Share on Facebook' after the last");

        float[] home = both.blocks().get(1).secondStageFeatures();
        assertEquals(names.size(), home.length);
        assertEquals(1, home[names.indexOf("stage1.blocks_until_kept")], "the title is no block the model scores");
        assertEquals(-1, home[names.indexOf("stage1.prev1")], "nothing scored before the first line");
        assertTrue(home[names.indexOf("stage1.next1")] > 0.99);
        assertEquals(Reason.SHARE_BAR, both.blocks().get(5).removal());
    }

    @Test
    void pagesOfOtherTypesAreDecidedByTheirOwnSecondStage() throws IOException {
        // First stage: long lines are content. The second stage keeps every line; the other types' stage keeps
        // what the first stage scored as content.
        ContentModel first = model(Format.TEXT, "text.chars_log", 4.0, -5.0, 5.0);
        List<String> names = ContentModel.secondStageNames(Format.TEXT);
        ContentModel stacked = first.withSecondStage(new StringReader(header(names) + "trees 1\nt 0 1\nn 0 -1 0 -1 -1 5\n"));
        ContentModel withOther = stacked.withOtherTypesStage(new StringReader(header(names) + "trees 1\nt 0 3\n"
                + "n 0 " + names.indexOf("stage1.score") + " 0.5 1 2 0\nn 1 -1 0 -1 -1 -5\nn 2 -1 0 -1 -1 5\n"));
        assertTrue(withOther.hasOtherTypesStage());
        assertFalse(stacked.hasOtherTypesStage());

        List<String> everyLine = List.of("Home", "The council approved the new budget on Tuesday after a long debate that ran well past midnight.",
                "Spending on schools rises by four percent, the mayor said, and the libraries keep their hours.", "Share on Facebook");
        for (String type : List.of("article", "product")) {
            CleanResult result = new Cleaner(new ScrapeDecoder(), null, withOther).withPageTypes(null, typedAs(type)).clean(bytes(DUMP));
            assertEquals(everyLine, result.article().paragraphs(), "an " + type + " page is the second stage's");
        }
        assertEquals(everyLine, new Cleaner(new ScrapeDecoder(), null, withOther).withPageTypes(null, null).clean(bytes(DUMP))
                .article().paragraphs(), "so is an untyped page");
        for (String type : ContentModel.OTHER_TYPES) {
            CleanResult result = new Cleaner(new ScrapeDecoder(), null, withOther).withPageTypes(null, typedAs(type)).clean(bytes(DUMP));
            assertEquals(everyLine.subList(1, 3), result.article().paragraphs(), "a " + type + " page is the other types' stage's");
        }
    }

    @Test
    void aDumpsOtherTypesStageDecidesOnlyWhereItsTypeIsSure() throws IOException {
        ContentModel first = model(Format.TEXT, "text.chars_log", 4.0, -5.0, 5.0);
        List<String> names = ContentModel.secondStageNames(Format.TEXT);
        ContentModel withOther = first.withSecondStage(new StringReader(header(names) + "trees 1\nt 0 1\nn 0 -1 0 -1 -1 5\n"))
                .withOtherTypesStage(new StringReader(header(names) + "trees 1\nt 0 1\nn 0 -1 0 -1 -1 -5\n"));
        // A forum by a hair (0.5 against 0.27 for each other type: 0.24 once the seven are normalised), below the dumps' bar.
        PageTypeModel unsure = typedAs("forum", 0, -1);
        CleanResult result = new Cleaner(new ScrapeDecoder(), null, withOther).withPageTypes(null, unsure).clean(bytes(DUMP));
        assertEquals("forum", result.pageType().label());
        assertTrue(result.pageType().confidence() < ContentModel.otherTypesConfidence(Format.TEXT));
        assertEquals(4, result.article().paragraphs().size(), "the shared stage, which keeps every line, decided");
        assertEquals(0, ContentModel.otherTypesConfidence(Format.HTML), "HTML's types need no such bar");
    }

    @Test
    void anOtherTypesStageNeedsASecondStageAndItsFeatures() throws IOException {
        ContentModel first = model(Format.TEXT, "text.chars_log", 4.0, -5.0, 5.0);
        String stage = header(ContentModel.secondStageNames(Format.TEXT)) + "trees 0\n";
        assertThrows(IllegalStateException.class, () -> first.withOtherTypesStage(new StringReader(stage)));
        ContentModel stacked = first.withSecondStage(new StringReader(stage));
        String html = header(ContentModel.secondStageNames(Format.HTML)) + "trees 0\n";
        IOException e = assertThrows(IOException.class, () -> stacked.withOtherTypesStage(new StringReader(html)));
        assertTrue(e.getMessage().contains("train it again"), e.getMessage());
    }

    @Test
    void aSecondStageNeverEmptiesAPageTheFirstFoundContentOn() throws IOException {
        ContentModel first = model(Format.TEXT, "text.chars_log", 4.0, -5.0, 5.0);
        List<String> names = ContentModel.secondStageNames(Format.TEXT);
        ContentModel removesAll = first.withSecondStage(new StringReader(header(names) + "trees 1\nt 0 1\nn 0 -1 0 -1 -1 -5\n"));
        CleanResult result = new Cleaner(new ScrapeDecoder(), null, removesAll).clean(bytes(DUMP));
        assertEquals(new Cleaner(new ScrapeDecoder(), null, first).clean(bytes(DUMP)).article().paragraphs(),
                result.article().paragraphs(), "the first stage's article stands");
    }

    @Test
    void aSecondStageForOtherFeaturesIsRefused() throws IOException {
        ContentModel first = model(Format.TEXT, "text.chars_log", 4.0, -5.0, 5.0);
        String html = header(ContentModel.secondStageNames(Format.HTML)) + "trees 0\n";
        IOException e = assertThrows(IOException.class, () -> first.withSecondStage(new StringReader(html)));
        assertTrue(e.getMessage().contains("train it again"), e.getMessage());
    }

    private static String header(List<String> names) {
        StringBuilder f = new StringBuilder("scrape-cleaner-trees 1\nversion test\nfeatures " + names.size() + "\n");
        for (int i = 0; i < names.size(); i++) f.append("f ").append(i).append(' ').append(names.get(i)).append('\n');
        return f.append("base 0\n").toString();
    }

    @Test
    void theShippedModelsReadTheFeaturesThisVersionComputesAndStaySmall() throws IOException {
        for (Format format : List.of(Format.HTML, Format.TEXT)) {
            ContentModel model = ContentModel.bundled(format);
            assertNotNull(model, "the " + format.code() + " model ships beside ContentModel");
            assertEquals(format, model.format());
            assertTrue(model.version().startsWith(format.code() + "-"), model.version());
            assertTrue(model.hasSecondStage(), "the " + format.code() + " model ships with its second stage");
            assertTrue(model.hasOtherTypesStage(), "pages of other types have a stage of their own");
            long bytes = 0;
            for (String stage : List.of(".trees", ".stage2.trees", ".stage2-other.trees")) {
                try (var in = ContentModel.class.getResourceAsStream("content-" + format.code() + stage)) {
                    if (in != null) bytes += in.readAllBytes().length;
                }
            }
            assertTrue(bytes < 1_000_000, "a model's files under 1 MB: " + bytes);
        }
    }

    @Test
    void aModelForOtherFeaturesIsRefusedWithWhatToDo() {
        String file = "scrape-cleaner-trees 1\nversion old\nfeatures 1\nf 0 something_else\nbase 0\ntrees 0\n";
        IOException e = assertThrows(IOException.class, () -> ContentModel.read(new StringReader(file)));
        assertTrue(e.getMessage().contains("train it again"), e.getMessage());
    }

    /** A one-split model: left leaf when the feature is at most the threshold. */
    private static ContentModel model(Format format, String feature, double threshold, double left, double right)
            throws IOException {
        List<String> names = ContentModel.featureNames(format);
        StringBuilder f = new StringBuilder("scrape-cleaner-trees 1\nversion test\nfeatures " + names.size() + "\n");
        for (int i = 0; i < names.size(); i++) f.append("f ").append(i).append(' ').append(names.get(i)).append('\n');
        f.append("base 0\ntrees 1\nt 0 3\n");
        f.append("n 0 ").append(names.indexOf(feature)).append(' ').append((float) threshold).append(" 1 2 0\n");
        f.append("n 1 -1 0 -1 -1 ").append(left).append('\n');
        f.append("n 2 -1 0 -1 -1 ").append(right).append('\n');
        return ContentModel.read(new StringReader(f.toString()));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
