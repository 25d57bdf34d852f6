package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scrapecleaner.learn.GradientBoostedTrees;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TreeEnsembleTest {
    /** Two trees over two features; the comments give what each row below must score. */
    private static final String TINY = """
            scrape-cleaner-trees 1
            # a hand-written model
            version tiny-1
            features 2
            f 0 link_density
            f 1 words

            base -0.5
            trees 2
            t 0 3
            n 0 0 0.5 1 2 0.1
            n 1 -1 0 -1 -1 -1.0
            n 2 -1 0 -1 -1 2.0
            t 1 5
            n 0 1 10 1 2 0
            n 1 -1 0 -1 -1 0.25
            n 2 0 0.25 3 4 -0.5
            n 3 -1 0 -1 -1 -0.75
            n 4 -1 0 -1 -1 0.5
            """;

    private static TreeEnsemble read(String text) throws IOException {
        return TreeEnsemble.read(new StringReader(text));
    }

    @Test
    void handWrittenModelPredictsKnownValues() throws IOException {
        TreeEnsemble model = read(TINY);
        assertEquals("tiny-1", model.version());
        assertEquals(List.of("link_density", "words"), model.featureNames());
        assertEquals(-0.5 - 1.0 + 0.25, model.margin(new double[] {0.2, 5}));
        assertEquals(-0.5 + 2.0 + 0.5, model.margin(new double[] {0.7, 20}));
        assertEquals(-0.5 - 1.0 - 0.75, model.margin(new double[] {0.2, 20}));
        assertEquals(-0.5 - 1.0 + 0.25, model.margin(new double[] {0.5, 10}), "equal to the threshold goes left");
        assertEquals(-0.5 + 2.0 + 0.5, model.margin(new double[] {Double.NaN, Double.NaN}), "NaN goes right");
        assertEquals(1 / (1 + Math.exp(-2.0)), model.probability(new double[] {0.7, 20}), 1e-15);

        // Path of {0.7, 20}: tree 0 root (0.1) to 2.0 on feature 0; tree 1 root (0) to -0.5 on
        // feature 1, then to 0.5 on feature 0.
        assertEquals(-0.5 + 0.1 + 0, model.bias(), 1e-15);
        assertArrayEquals(new double[] {(2.0 - 0.1) + (0.5 + 0.5), -0.5 - 0}, model.contributions(new double[] {0.7, 20}), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> model.margin(new double[] {1}));
    }

    @Test
    void malformedFileNamesTheLine() {
        assertMalformed(TINY.replace("scrape-cleaner-trees 1", "scrape-cleaner-trees 2"), 1);
        assertMalformed(TINY.replace("f 1 words", "f 2 words"), 6);
        assertMalformed(TINY.replace("base -0.5", "base minus-a-half"), 8);
        assertMalformed(TINY.replace("n 0 1 10 1 2 0", "n 0 1 10 0 2 0"), 15); // a child that is its own parent
        assertMalformed(TINY.replace("n 2 0 0.25 3 4 -0.5", "n 2 2 0.25 3 4 -0.5"), 17); // no feature 2
        assertMalformed(TINY.replace("n 4 -1 0 -1 -1 0.5", "n 4 -1 0 -1 -1"), 19);
        assertMalformed(TINY.replace("n 3 -1 0 -1 -1 -0.75\n", ""), 18); // node 4 where node 3 should be
        assertMalformed(TINY.replace("n 4 -1 0 -1 -1 0.5\n", ""), 19); // the file ends early
        assertMalformed(TINY + "n 5 -1 0 -1 -1 0.5\n", 20);
    }

    @Test
    void aNodeWithTwoParentsIsRefused() {
        // Both branches of tree 0's root lead to node 1: a graph, which a walk would read twice.
        IOException e = assertThrows(IOException.class, () -> read(TINY.replace("n 0 0 0.5 1 2 0.1", "n 0 0 0.5 1 1 0.1")));
        assertEquals("model tree 0: a node is the child of two nodes", e.getMessage());
    }

    private static void assertMalformed(String text, int line) {
        IOException e = assertThrows(IOException.class, () -> read(text));
        assertTrue(e.getMessage().startsWith("model line " + line + ":"), e.getMessage());
    }

    @Test
    void readsWhatTheTrainerWroteAndScoresAsTheTrainerDoes() throws IOException {
        SplittableRandom random = new SplittableRandom(5);
        int rows = 4_000;
        float[][] x = new float[rows][5];
        boolean[] y = new boolean[rows];
        float[] w = new float[rows];
        for (int r = 0; r < rows; r++) {
            x[r][0] = (float) random.nextGaussian();
            x[r][1] = random.nextInt(20);
            x[r][2] = random.nextDouble() < 0.1 ? Float.NaN : (float) (random.nextDouble() * 1e-5);
            x[r][3] = (float) Math.exp(random.nextGaussian() * 5);
            x[r][4] = random.nextBoolean() ? 0 : 1;
            double m = x[r][0] + (x[r][1] > 7 ? 1 : -1) + (Float.isNaN(x[r][2]) ? 2 : 0) + Math.log(x[r][3]) / 5 - x[r][4];
            y[r] = random.nextDouble() < 1 / (1 + Math.exp(-m));
            w[r] = 0.25f + (float) random.nextDouble();
        }
        GradientBoostedTrees.Params d = GradientBoostedTrees.Params.defaults();
        GradientBoostedTrees trainer = GradientBoostedTrees.train(x, y, w, new GradientBoostedTrees.Params(
                60, 5, 0.2, d.minChildWeight(), d.l2(), d.rowSample(), d.featureSample(), d.bins(), d.seed()));
        StringWriter file = new StringWriter();
        List<String> names = List.of("gauss", "count", "tiny_or_missing", "log_normal", "flag");
        trainer.write(file, "html-2026-11-29", names);

        TreeEnsemble model = read(file.toString());
        assertEquals("html-2026-11-29", model.version());
        assertEquals(names, model.featureNames());
        List<String> off = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            double[] row = new double[5];
            double[] above = new double[5]; // doubles that round to the same floats: as run time computes them
            double[] below = new double[5];
            for (int f = 0; f < 5; f++) {
                row[f] = x[r][f];
                above[f] = row[f] + 0.4 * Math.ulp(x[r][f]);
                below[f] = row[f] - 0.4 * Math.ulp(x[r][f]);
            }
            double margin = model.margin(row);
            double expected = trainer.margin(x[r]);
            if (Math.abs(margin - expected) > 1e-9 || model.margin(above) != margin || model.margin(below) != margin) {
                off.add(r + ": " + Arrays.toString(x[r]));
            }
            double explained = model.bias() + Arrays.stream(model.contributions(row)).sum();
            assertEquals(margin, explained, 1e-9, "contributions of row " + r);
        }
        assertEquals(List.of(), off);
    }
}
