package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProseRunsTest {
    @Test
    void theWeightiestRunIsTheArticleAndTheOthersAreWeighedAgainstIt() {
        ProseRuns runs = new ProseRuns(12);
        runs.add(0, 0, 40);
        runs.add(2, 5, 400);
        runs.add(8, 10, 300);
        assertEquals(List.of(2, 5), List.of(runs.main()[0], runs.main()[1]));
        assertEquals(1, runs.weightShare(3), 1e-9);
        assertEquals(0.75, runs.weightShare(9), 1e-9);
        assertEquals(0.1, runs.weightShare(0), 1e-9);
        assertEquals(0, runs.weightShare(7), "a line between runs is in none");
        assertEquals(0, runs.rankLog(4), 1e-9);
        assertEquals(Math.log1p(1), runs.rankLog(8), 1e-9);
        assertEquals(Math.log1p(2), runs.rankLog(0), 1e-9);
        assertEquals(ProseRuns.NO_RANK, runs.rankLog(11), 1e-9);
    }

    @Test
    void ofEqualWeightsTheFirstIsTheArticleAndNoWeightIsNoArticle() {
        ProseRuns tie = new ProseRuns(4);
        tie.add(0, 0, 10);
        tie.add(2, 3, 10);
        assertEquals(0, tie.main()[0]);
        assertEquals(Math.log1p(1), tie.rankLog(2), 1e-9);
        ProseRuns none = new ProseRuns(2);
        none.add(0, 1, 0);
        assertNull(none.main());
        assertEquals(0, none.weightShare(0));
    }

    /** An article cut in two by a box of other stories: its second part is a run nearly as weighty as the first. */
    @Test
    void anArticleCutByARelatedStoriesBoxIsTwoWeightyRuns() {
        List<String> lines = new ArrayList<>(List.of("date 2026-03-02 200", "Home", "World", HarbourStory.HEADLINE));
        lines.add(HarbourStory.PARAGRAPHS.get(0));
        lines.add(HarbourStory.PARAGRAPHS.get(1));
        lines.addAll(List.of("Related articles", "•", "[photo_1]", "Storm closes the coast road", "•", "[photo_2]",
                "Ferry timetable changes", "Six new buses for the airport line", "Local team wins the cup"));
        lines.add(HarbourStory.PARAGRAPHS.get(2));
        lines.add("The port authority will publish the timetable for the works next month, once the contracts are signed.");
        lines.add("© 2026 Example Media. All rights reserved.");
        CleanResult r = new Cleaner().recordingFeatures().clean(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        int share = LineFeatures.NAMES.indexOf("line.run_weight_share");
        int rank = LineFeatures.NAMES.indexOf("line.run_rank_log");
        float[] first = features(r, HarbourStory.PARAGRAPHS.get(0));
        float[] second = features(r, HarbourStory.PARAGRAPHS.get(2));
        float[] box = features(r, "Ferry timetable changes");
        assertEquals(1, first[share], 1e-6, "the first part is the article's run");
        assertTrue(second[share] > 0.5, "the second part weighs more than half the first: " + second[share]);
        assertEquals(Math.log1p(1), second[rank], 1e-6);
        assertEquals(0, box[share], 1e-6, "the box's headlines are in no run");
    }

    private static float[] features(CleanResult r, String text) {
        return r.blocks().stream().filter(b -> b.text().equals(text)).findFirst().orElseThrow().features();
    }
}
