package dev.scrapecleaner.clean;

import java.util.Arrays;

/**
 * A dump's runs of prose, as the classifier cuts them, each with its weight: the weightiest is the
 * article, and the others are what the model weighs against it. An article interrupted by a
 * related-stories box is cut in two, and its second part is a run nearly as weighty as the first;
 * a teaser among other stories' headlines is a short or a sparse run, a fraction of the article's.
 */
final class ProseRuns {
    /** The value of {@link #rankLog} for a line in no run: past any rank a page has. */
    static final double NO_RANK = Math.log1p(50);

    private final int[] runOf;
    private int[] starts = new int[8];
    private int[] lasts = new int[8];
    private double[] weights = new double[8];
    private int count;
    private int best = -1;
    /** Each run's rank by weight, counted once on first use. */
    private int[] ranks;

    ProseRuns(int lines) {
        runOf = new int[lines];
        Arrays.fill(runOf, -1);
    }

    /** Adds the run [start, last] with its weight. */
    void add(int start, int last, double weight) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, 2 * count);
            lasts = Arrays.copyOf(lasts, 2 * count);
            weights = Arrays.copyOf(weights, 2 * count);
        }
        starts[count] = start;
        lasts[count] = last;
        weights[count] = weight;
        for (int i = start; i <= last; i++) runOf[i] = count;
        if (weight > 0 && (best < 0 || weight > weights[best])) best = count;
        count++;
    }

    /** The weightiest run as [first, last], or null when no run weighs anything. */
    int[] main() {
        return best < 0 ? null : new int[] {starts[best], lasts[best]};
    }

    /** The weight of line {@code i}'s run over the article's: 1 inside the article, 0 outside every run. */
    double weightShare(int i) {
        int r = runOf[i];
        return r < 0 || best < 0 ? 0 : weights[r] / weights[best];
    }

    /** The log of line {@code i}'s run's rank by weight (0 for the article), {@link #NO_RANK} outside every run. */
    double rankLog(int i) {
        int r = runOf[i];
        if (r < 0) return NO_RANK;
        if (ranks == null) ranks = ranks();
        return Math.log1p(Math.min(ranks[r], 50));
    }

    /** Ranks by weight, the heaviest 0; of equal weights the earlier run ranks first. */
    private int[] ranks() {
        Integer[] order = new Integer[count];
        for (int k = 0; k < count; k++) order[k] = k;
        Arrays.sort(order, (a, b) -> weights[a] != weights[b] ? Double.compare(weights[b], weights[a]) : Integer.compare(a, b));
        int[] rank = new int[count];
        for (int k = 0; k < count; k++) rank[order[k]] = k;
        return rank;
    }
}
