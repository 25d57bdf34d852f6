package dev.scrapecleaner.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * The second stage's own features: what the first stage scored the block and the blocks around
 * it. An article is a run of content, so a block between two kept ones is likely content even
 * where its own features are weak, and a lone block scored as content in a run of boilerplate is
 * likely not; the first stage sees its neighbours' features but not what they add up to.
 * Scores run over the blocks the model decides (a page's title and scraper header left out).
 */
final class NeighbourScores {
    /** How far the distance to the nearest kept block is counted. */
    private static final int REACH = 10;
    private static final int[] OFFSETS = {-2, -1, 1, 2};
    private static final int WINDOW = 3;

    static final List<String> NAMES = List.of("stage1.score", "stage1.prev2", "stage1.prev1", "stage1.next1",
            "stage1.next2", "stage1.window_mean", "stage1.page_mean", "stage1.blocks_since_kept",
            "stage1.blocks_until_kept");

    private NeighbourScores() {
    }

    /** A first-stage model's names followed by these: the second stage's. */
    static List<String> after(List<String> firstStage) {
        List<String> n = new ArrayList<>(firstStage);
        n.addAll(NAMES);
        return List.copyOf(n);
    }

    /**
     * Writes the features of score {@code i} of {@code scores} (the first stage's probabilities in
     * page order) into {@code out} from {@code offset}, in the order of {@link #NAMES}.
     *
     * @param pageMean the mean of all the scores, worked out once per page
     */
    static void write(double[] scores, int i, double pageMean, double[] out, int offset) {
        int n = scores.length;
        int k = offset;
        out[k++] = scores[i];
        for (int off : OFFSETS) {
            int j = i + off;
            out[k++] = j >= 0 && j < n ? scores[j] : FeatureRows.ABSENT;
        }
        double sum = 0;
        int count = 0;
        for (int j = Math.max(0, i - WINDOW); j <= Math.min(n - 1, i + WINDOW); j++) {
            if (j == i) continue;
            sum += scores[j];
            count++;
        }
        out[k++] = count == 0 ? 0 : sum / count;
        out[k++] = pageMean;
        int since = REACH;
        for (int j = i - 1; j >= Math.max(0, i - REACH); j--) {
            if (scores[j] >= 0.5) {
                since = i - j;
                break;
            }
        }
        int until = REACH;
        for (int j = i + 1; j <= Math.min(n - 1, i + REACH); j++) {
            if (scores[j] >= 0.5) {
                until = j - i;
                break;
            }
        }
        out[k++] = since;
        out[k] = until;
    }

    static double mean(double[] scores) {
        double sum = 0;
        for (double s : scores) sum += s;
        return scores.length == 0 ? 0 : sum / scores.length;
    }
}
