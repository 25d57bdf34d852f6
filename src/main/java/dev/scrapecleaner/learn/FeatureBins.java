package dev.scrapecleaner.learn;

import java.util.Arrays;

/**
 * Every feature cut once into at most a given number of quantile bins, and every row's bin of
 * every feature. Trees then split on bins and never sort again. Bin {@code b} holds the values
 * {@code <= threshold(f, b)} and above the threshold before it (the last bin: above all of them,
 * and NaN), so the split "bin <= b" is exactly the test "value <= threshold(f, b)" on the raw
 * float, which is what the model file keeps.
 */
final class FeatureBins {
    /** Bins are stored as unsigned bytes. */
    static final int MAX_BINS = 256;
    /** Quantiles come from an evenly spaced sample of at most this many rows. */
    private static final int SAMPLE_ROWS = 200_000;
    private static final int ROW_CHUNK = 8192;

    private final float[][] thresholds;
    private final String[][] thresholdTexts;
    /** columns[f][row]: the row's bin of feature f, unsigned; one array per feature for histogram passes. */
    final byte[][] columns;

    private FeatureBins(float[][] thresholds, String[][] thresholdTexts, byte[][] columns) {
        this.thresholds = thresholds;
        this.thresholdTexts = thresholdTexts;
        this.columns = columns;
    }

    /** Cuts each of the columns of {@code x[row][feature]} into at most {@code maxBins} bins. */
    static FeatureBins of(float[][] x, int featureCount, int maxBins, Workers workers) {
        int rows = x.length;
        int sampled = Math.min(rows, SAMPLE_ROWS);
        float[][] sample = new float[featureCount][sampled];
        int chunks = (sampled + ROW_CHUNK - 1) / ROW_CHUNK;
        workers.forEach(chunks, c -> {
            for (int i = c * ROW_CHUNK, to = Math.min(sampled, i + ROW_CHUNK); i < to; i++) {
                float[] row = x[(int) ((long) i * rows / sampled)];
                for (int f = 0; f < featureCount; f++) sample[f][i] = row[f];
            }
        });
        float[][] thresholds = new float[featureCount][];
        String[][] texts = new String[featureCount][];
        workers.forEach(featureCount, f -> {
            texts[f] = cutPoints(sample[f], maxBins);
            sample[f] = null;
            thresholds[f] = new float[texts[f].length];
            for (int b = 0; b < texts[f].length; b++) thresholds[f][b] = Float.parseFloat(texts[f][b]);
        });
        byte[][] columns = new byte[featureCount][rows];
        workers.forEach((rows + ROW_CHUNK - 1) / ROW_CHUNK, c -> {
            for (int r = c * ROW_CHUNK, to = Math.min(rows, r + ROW_CHUNK); r < to; r++) {
                float[] row = x[r];
                for (int f = 0; f < featureCount; f++) columns[f][r] = (byte) bin(thresholds[f], row[f]);
            }
        });
        return new FeatureBins(thresholds, texts, columns);
    }

    int binCount(int feature) {
        return thresholds[feature].length + 1;
    }

    /**
     * The upper bound of bin {@code bin} of the feature (the last bin has none), as the model file
     * writes it: the text parses as a float to exactly the bound rows were binned by.
     */
    String thresholdText(int feature, int bin) {
        return thresholdTexts[feature][bin];
    }

    /** The first bin whose threshold is {@code >= value}; above every threshold, and NaN, is the last bin. */
    static int bin(float[] thresholds, float value) {
        int low = 0;
        int high = thresholds.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (value <= thresholds[middle]) high = middle;
            else low = middle + 1;
        }
        return low;
    }

    /**
     * Thresholds, as texts, that cut the sample's distinct finite values into at most
     * {@code maxBins} runs of about equal counts. A value frequent enough to fill more than a bin
     * gets a bin of its own, and the bins after it share what remains. Reorders {@code sample}.
     */
    static String[] cutPoints(float[] sample, int maxBins) {
        int n = 0;
        for (float v : sample) {
            if (Float.isFinite(v)) sample[n++] = v + 0.0f; // + 0 turns -0 into 0: the same value to "<="
        }
        Arrays.sort(sample, 0, n);
        float[] values = new float[n];
        long[] upTo = new long[n]; // how many sampled values are <= values[i]
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || sample[i] != values[distinct - 1]) values[distinct++] = sample[i];
            upTo[distinct - 1] = i + 1;
        }
        int[] after = new int[Math.max(0, Math.min(distinct, maxBins) - 1)]; // cut after values[after[k]]
        int made = 0;
        long closed = 0;
        for (int i = 0; i + 1 < distinct && made < after.length; i++) {
            long inBin = upTo[i] - closed;
            long next = upTo[i + 1] - upTo[i];
            double target = (double) (n - closed) / (maxBins - made);
            // Close the bin here when that is at least as near the target as taking the next value too.
            if (inBin >= target || inBin + next - target > target - inBin || distinct <= maxBins) {
                after[made++] = i;
                closed = upTo[i];
            }
        }
        String[] cuts = new String[made];
        long slack = n / (8L * maxBins);
        for (int k = 0; k < made; k++) {
            int low = k == 0 ? 0 : (after[k - 1] + 1 + after[k]) >>> 1;
            int high = k + 1 == made ? distinct - 1 : (after[k] + 1 + after[k + 1]) >>> 1;
            cuts[k] = shortCut(values, upTo, after[k], low, high, slack);
        }
        return cuts;
    }

    /**
     * The text of a threshold between values[at] and values[at + 1], or moved by at most
     * {@code slack} sampled values within values[low, high] when that gives a shorter text: the
     * file is mostly numbers, and a bin a little off its quantile costs nothing. Never a value the
     * sample holds (unless values[at] and values[at + 1] are neighbouring floats), so that a
     * double rounding to one of them is on the same side as that float.
     */
    private static String shortCut(float[] values, long[] upTo, int at, int low, int high, long slack) {
        int a = at;
        while (a > low && upTo[at] - upTo[a - 1] <= slack) a--;
        int b = at + 1;
        while (b < high && upTo[b] - upTo[at] <= slack) b++;
        int from = a + 1;
        int to = b;
        String text = Decimals.floatBetween(values[a], values[b], v -> Arrays.binarySearch(values, from, to, (float) v) < 0);
        if (text == null) text = Decimals.floatBetween(values[at], values[at + 1], v -> true);
        return text != null ? text : Float.toString(values[at]);
    }
}
