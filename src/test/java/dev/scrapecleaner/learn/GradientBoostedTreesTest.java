package dev.scrapecleaner.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GradientBoostedTreesTest {
    private static final int FEATURES = 8;
    private static final List<String> NAMES = IntStream.range(0, FEATURES).mapToObj(f -> "x" + f).toList();

    /**
     * y = (x0 > 0.5) XOR (x1 > 0.3), with 5% of the labels flipped, so no model beats 95% accuracy.
     * x2 to x7 are noise of the kinds real features come in: uniform, gaussian, counts, mostly zero.
     */
    private record Data(float[][] x, boolean[] y, float[] w) {
        static Data xor(int rows, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            float[][] x = new float[rows][FEATURES];
            boolean[] y = new boolean[rows];
            float[] w = new float[rows];
            for (int r = 0; r < rows; r++) {
                x[r][0] = (float) random.nextDouble();
                x[r][1] = (float) random.nextDouble();
                x[r][2] = (float) random.nextDouble();
                x[r][3] = (float) random.nextGaussian();
                x[r][4] = random.nextInt(12);
                x[r][5] = random.nextDouble() < 0.7 ? 0 : (float) random.nextDouble();
                x[r][6] = (float) (random.nextGaussian() * 100);
                x[r][7] = random.nextInt(3);
                y[r] = (x[r][0] > 0.5) != (x[r][1] > 0.3) != (random.nextDouble() < 0.05);
                w[r] = 1;
            }
            return new Data(x, y, w);
        }
    }

    private static GradientBoostedTrees.Params params(int trees, long seed) {
        GradientBoostedTrees.Params d = GradientBoostedTrees.Params.defaults();
        return new GradientBoostedTrees.Params(trees, d.maxDepth(), d.learningRate(), d.minChildWeight(), d.l2(),
                d.rowSample(), d.featureSample(), d.bins(), seed);
    }

    private static String written(GradientBoostedTrees model) throws IOException {
        StringWriter out = new StringWriter();
        model.write(out, "test-1", NAMES);
        return out.toString();
    }

    @Test
    void learnsXorOfTwoFeaturesAmongNoise() {
        Data train = Data.xor(20_000, 1);
        Data heldOut = Data.xor(5_000, 2);
        GradientBoostedTrees model = GradientBoostedTrees.train(train.x(), train.y(), train.w(), params(100, 7));

        int correct = 0;
        for (int r = 0; r < heldOut.x().length; r++) {
            if (model.probability(heldOut.x()[r]) > 0.5 == heldOut.y()[r]) correct++;
        }
        double accuracy = correct / (double) heldOut.x().length;
        assertTrue(accuracy > 0.93, "held-out accuracy " + accuracy);

        double[] importance = model.importance();
        assertEquals(1, Arrays.stream(importance).sum(), 1e-9);
        int[] ranked = IntStream.range(0, FEATURES).boxed()
                .sorted(Comparator.comparingDouble(f -> -importance[f])).mapToInt(Integer::intValue).toArray();
        assertEquals(List.of(0, 1), Arrays.stream(ranked, 0, 2).sorted().boxed().toList(), Arrays.toString(importance));
    }

    @Test
    void sameSeedWritesTheSameBytesAndAnotherSeedDoesNot() throws IOException {
        Data data = Data.xor(8_000, 3);
        String first = written(GradientBoostedTrees.train(data.x(), data.y(), data.w(), params(40, 11)));
        String again = written(GradientBoostedTrees.train(data.x(), data.y(), data.w(), params(40, 11)));
        String otherSeed = written(GradientBoostedTrees.train(data.x(), data.y(), data.w(), params(40, 12)));
        assertEquals(first, again);
        assertFalse(first.equals(otherSeed), "a different seed draws other rows and features");
    }

    @Test
    void writesTheDocumentedFormat() throws IOException {
        Data data = Data.xor(2_000, 4);
        GradientBoostedTrees model = GradientBoostedTrees.train(data.x(), data.y(), data.w(), params(3, 5));
        List<String> records = written(model).lines().filter(l -> !l.startsWith("#")).toList();
        assertEquals("scrape-cleaner-trees 1", records.get(0));
        assertEquals("version test-1", records.get(1));
        assertEquals("features 8", records.get(2));
        assertEquals("f 0 x0", records.get(3));
        assertTrue(records.get(11).startsWith("base "), records.get(11));
        assertEquals("trees 3", records.get(12));
        assertTrue(records.get(13).startsWith("t 0 "), records.get(13));
        assertTrue(records.stream().filter(l -> l.startsWith("n ")).allMatch(l -> l.split(" ").length == 7));
    }

    @Test
    void rejectsWhatItCannotLearnFrom() {
        Data data = Data.xor(100, 5);
        boolean[] oneClass = new boolean[100];
        assertThrows(IllegalArgumentException.class,
                () -> GradientBoostedTrees.train(data.x(), oneClass, data.w(), params(3, 1)));
        float[] zeroWeight = data.w().clone();
        zeroWeight[7] = 0;
        assertThrows(IllegalArgumentException.class,
                () -> GradientBoostedTrees.train(data.x(), data.y(), zeroWeight, params(3, 1)));
        GradientBoostedTrees model = GradientBoostedTrees.train(data.x(), data.y(), data.w(), params(3, 1));
        assertThrows(IllegalArgumentException.class, () -> model.write(new StringWriter(), "v", List.of("a", "b")));
    }

    @Test
    void thresholdsAreShortAndNeverASeenValue() {
        float[] sample = new float[10_000];
        SplittableRandom random = new SplittableRandom(9);
        for (int i = 0; i < sample.length; i++) sample[i] = (float) random.nextGaussian();
        float[] seen = sample.clone();
        Arrays.sort(seen);
        String[] cuts = FeatureBins.cutPoints(sample, 64);
        assertEquals(63, cuts.length);
        float previous = Float.NEGATIVE_INFINITY;
        for (String cut : cuts) {
            float threshold = Float.parseFloat(cut);
            assertTrue(threshold > previous, "ascending: " + Arrays.toString(cuts));
            assertTrue(Arrays.binarySearch(seen, threshold) < 0, cut + " is a sampled value");
            assertTrue(cut.length() <= 7, cut);
            previous = threshold;
        }
        assertArrayEquals(new String[] {"1.5", "2.5"}, FeatureBins.cutPoints(new float[] {1, 2, 2, 3, 3, 3}, 64));
        // -0 and 0 are one value to "<=", and NaN and infinities take no part in the quantiles.
        assertArrayEquals(new String[] {"-0.5"},
                FeatureBins.cutPoints(new float[] {-1, 1, -0.0f, 0, -1, Float.NaN, Float.POSITIVE_INFINITY}, 2));
    }
}
