package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The words' section of a page-type model file, written and read back as the cleaner reads it. */
class PageWordWeightsTest {
    @Test
    void weightsReadBackAsTheirWrittenDecimalsParse() throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        int types = PageType.LABELS.size();
        Map<String, float[]> weights = new HashMap<>();
        for (int w = 0; w < 2_000; w++) {
            float[] v = new float[types];
            for (int t = 0; t < types; t++) v[t] = (float) (random.nextGaussian() * (random.nextBoolean() ? 0.01 : 3));
            weights.put("c:wörd" + w, v);
        }
        float[] bias = {1.5f, -2.25f, 0f, -0.0004f, 12.3456f, -7f, 0.1f};
        String section = PageTypeModel.wordsSection(weights, bias, 0.3);
        assertEquals(true, section.chars().allMatch(c -> c < 0x80), "written as ASCII, words beyond it escaped");
        char[] file = section.toCharArray();
        int start = section.indexOf('\n') + 1; // after the section's marker
        PageWordWeights read = PageWordWeights.read(file, start, file.length);
        assertEquals(0.3, read.mix());
        assertEquals(weights.size(), read.size());
        // Each weight is what Float.parseFloat makes of its three decimals: the hand-written reader parses as it does.
        for (Map.Entry<String, float[]> e : weights.entrySet()) {
            float[] expectedWeights = new float[types];
            for (int t = 0; t < types; t++) expectedWeights[t] = parsed(e.getValue()[t]);
            assertArrayEquals(expectedWeights, read.weights(e.getKey()), e.getKey());
            double[] logP = read.logProbabilities(List.of(e.getKey()));
            double[] expected = new double[types];
            double max = Double.NEGATIVE_INFINITY;
            for (int t = 0; t < types; t++) {
                expected[t] = (double) parsed(bias[t]) + (double) parsed(e.getValue()[t]);
                max = Math.max(max, expected[t]);
            }
            double sum = 0;
            for (double z : expected) sum += Math.exp(z - max);
            for (int t = 0; t < types; t++) expected[t] -= max + Math.log(sum);
            assertArrayEquals(expected, logP, 1e-9, e.getKey());
        }
    }

    @Test
    void aLineWithTooFewWeightsIsRefused() {
        char[] file = "mix 0.3\n0\t0\t0\t0\t0\t0\t0\nc:cart\t1.000\t2.000\n".toCharArray();
        IOException e = assertThrows(IOException.class, () -> PageWordWeights.read(file, 0, file.length));
        assertEquals(true, e.getMessage().contains("one weight a type"), e.getMessage());
    }

    private static float parsed(float v) {
        return Float.parseFloat(String.format(Locale.ROOT, "%.3f", v));
    }
}
