package dev.scrapecleaner.learn;

import dev.scrapecleaner.clean.Block;
import dev.scrapecleaner.clean.CleanResult;
import dev.scrapecleaner.clean.Cleaner;
import dev.scrapecleaner.clean.ContentModel;
import dev.scrapecleaner.clean.Format;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * The labelled blocks of a set of pages in one form: each block's feature row as the cleaner
 * computes it, its label from {@link BlockLabels}, and its weight. First-stage rows come from the
 * cleaner with the rules alone; second-stage rows from a cleaner with a first-stage model that
 * never saw the page's domain, so that the scores they hold are those of unseen pages.
 * Weights follow the metric: a page counts once whatever its length, and within it a block
 * counts by its words, so a long paragraph lost costs what it costs in the score.
 */
final class TrainingData {
    final List<float[]> rows = new ArrayList<>();
    final List<Boolean> labels = new ArrayList<>();
    final List<Float> weights = new ArrayList<>();
    /** Index into {@link #pages} of each row's page. */
    final List<Integer> pageOfRow = new ArrayList<>();
    final List<EvalPage> pages;
    final Form form;
    /** The article the gathering cleaner wrote of each page (the rules', or the first stage's), for a comparison row. */
    final String[] predictions;
    /** Each page's evidence of its kind (the page-type model's row), as the cleaner recorded it; null for an unreadable page. */
    final float[][] evidence;
    /** The words each page names itself with, as the cleaner recorded them; null beside null evidence. */
    final List<List<String>> words;

    private TrainingData(List<EvalPage> pages, Form form) {
        this.pages = pages;
        this.form = form;
        this.predictions = new String[pages.size()];
        this.evidence = new float[pages.size()][];
        this.words = new ArrayList<>(java.util.Collections.nCopies(pages.size(), (List<String>) null));
    }

    /**
     * Cleans every page that has the form with the rules alone, recording the feature rows, and
     * labels them against the truth. Pages are cleaned two at a time; the result does not depend
     * on the order they finish in.
     */
    static TrainingData gather(List<EvalPage> corpus, Form form, Cleaner rulesOnly, IntConsumer progress) {
        Cleaner cleaner = rulesOnly.recordingFeatures();
        return gather(corpus, form, page -> cleaner, false, progress);
    }

    /**
     * Cleans every page that has the form with the cleaner given for it, recording the rows of the
     * first stage or, with {@code secondStage}, of the second (the cleaner then needs a model).
     */
    static TrainingData gather(List<EvalPage> corpus, Form form, Function<EvalPage, Cleaner> cleanerOf, boolean secondStage,
                               IntConsumer progress) {
        List<EvalPage> pages = corpus.stream().filter(p -> p.input(form) != null).toList();
        TrainingData data = new TrainingData(pages, form);
        Object[] perPage = new Object[pages.size()];
        int[] done = {0};
        IntStream.range(0, pages.size()).parallel().forEach(i -> {
            perPage[i] = PageRows.of(pages.get(i), form, cleanerOf.apply(pages.get(i)).recordingFeatures(), secondStage);
            synchronized (done) {
                progress.accept(++done[0]);
            }
        });
        for (int i = 0; i < pages.size(); i++) {
            PageRows pr = (PageRows) perPage[i];
            data.predictions[i] = pr.prediction;
            data.evidence[i] = pr.evidence;
            data.words.set(i, pr.evidence == null ? null : pr.words);
            for (int k = 0; k < pr.rows.size(); k++) {
                data.rows.add(pr.rows.get(k));
                data.labels.add(pr.labels.get(k));
                data.weights.add(pr.weights.get(k));
                data.pageOfRow.add(i);
            }
        }
        return data;
    }

    /** Multiplies the weight of every row of one set's pages. */
    void weighSet(String set, double factor) {
        if (factor == 1) return;
        for (int r = 0; r < rows.size(); r++) {
            if (pages.get(pageOfRow.get(r)).set().equals(set)) weights.set(r, (float) (weights.get(r) * factor));
        }
    }

    int size() {
        return rows.size();
    }

    /** Whether the page is labelled one of the types the other types' second stage learns from ({@link ContentModel#OTHER_TYPES}). */
    boolean ofOtherType(int page) {
        return ContentModel.OTHER_TYPES.contains(pages.get(page).pageType());
    }

    /** The rows whose page passes the filter, as the trainer takes them. */
    Matrix select(java.util.function.IntPredicate pageFilter) {
        List<Integer> chosen = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (pageFilter.test(pageOfRow.get(r))) chosen.add(r);
        }
        float[][] x = new float[chosen.size()][];
        boolean[] y = new boolean[chosen.size()];
        float[] w = new float[chosen.size()];
        for (int i = 0; i < chosen.size(); i++) {
            int r = chosen.get(i);
            x[i] = rows.get(r);
            y[i] = labels.get(r);
            w[i] = weights.get(r);
        }
        return new Matrix(x, y, w);
    }

    /** Rows, labels and weights in the trainer's arrays. */
    record Matrix(float[][] x, boolean[] y, float[] w) {
        /** The parts' rows one after another, in the order given (the trainer's result depends on it). */
        static Matrix concat(List<Matrix> parts) {
            int n = parts.stream().mapToInt(m -> m.x.length).sum();
            float[][] x = new float[n][];
            boolean[] y = new boolean[n];
            float[] w = new float[n];
            int at = 0;
            for (Matrix m : parts) {
                System.arraycopy(m.x, 0, x, at, m.x.length);
                System.arraycopy(m.y, 0, y, at, m.y.length);
                System.arraycopy(m.w, 0, w, at, m.w.length);
                at += m.x.length;
            }
            return new Matrix(x, y, w);
        }

        double positiveShare() {
            double pos = 0;
            double all = 0;
            for (int i = 0; i < y.length; i++) {
                all += w[i];
                if (y[i]) pos += w[i];
            }
            return all == 0 ? 0 : pos / all;
        }
    }

    /** The page's recorded evidence when it is of the form's format (an HTML file may hold a text dump), else null. */
    private static float[] evidence(CleanResult result, Format format) {
        float[] e = result.pageEvidence();
        return e != null && e.length == dev.scrapecleaner.clean.PageTypeModel.evidenceNames(format).size() ? e : null;
    }

    /** One page's labelled rows and the rules' prediction. */
    private record PageRows(List<float[]> rows, List<Boolean> labels, List<Float> weights, String prediction, float[] evidence,
                            List<String> words) {
        static PageRows of(EvalPage page, Form form, Cleaner cleaner, boolean secondStage) {
            try {
                byte[] raw = Files.readAllBytes(page.input(form));
                CleanResult result = cleaner.clean(raw);
                String truth = Files.readString(page.truth());
                // A page of one form read as the other (an HTML file that holds a text dump) teaches the other model.
                Format format = form == Form.HTML ? Format.HTML : Format.TEXT;
                int width = (secondStage ? ContentModel.secondStageNames(format) : ContentModel.featureNames(format)).size();
                List<String> texts = new ArrayList<>();
                List<float[]> features = new ArrayList<>();
                for (Block b : result.blocks()) {
                    float[] row = secondStage ? b.secondStageFeatures() : b.features();
                    if (row != null && row.length == width) {
                        texts.add(b.text());
                        features.add(row);
                    }
                }
                int[] labels = new BlockLabels(truth).label(texts);
                int[] tokens = new int[texts.size()];
                double pageTokens = 0;
                for (int i = 0; i < texts.size(); i++) {
                    tokens[i] = BlockLabels.tokenCount(texts.get(i));
                    if (labels[i] != BlockLabels.IGNORED) pageTokens += tokens[i];
                }
                List<float[]> rows = new ArrayList<>();
                List<Boolean> ys = new ArrayList<>();
                List<Float> ws = new ArrayList<>();
                for (int i = 0; i < texts.size(); i++) {
                    if (labels[i] == BlockLabels.IGNORED) continue;
                    rows.add(features.get(i));
                    ys.add(labels[i] == 1);
                    ws.add((float) (tokens[i] / pageTokens));
                }
                return new PageRows(rows, ys, ws, result.article().text(), TrainingData.evidence(result, format),
                        result.pageWords());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + page.input(form), e);
            }
        }
    }
}
