package dev.scrapecleaner.learn;

import dev.scrapecleaner.clean.Cleaner;
import dev.scrapecleaner.clean.ContentModel;
import dev.scrapecleaner.clean.Format;
import dev.scrapecleaner.clean.PageTypeModel;
import dev.scrapecleaner.clean.ScrapeDecoder;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Judges the content models only on pages they did not see: pages are grouped by domain into
 * folds ({@link DomainFolds}); for each fold a model is trained on the others' pages and cleans
 * the fold's pages. Every page is so scored once, by a model that never saw its site. Besides the
 * model's figures it keeps the rules' (the cleaner without a model, nothing fitted to the folds
 * but the rules themselves, which were written on the dev pages), the first stage's alone, and the
 * cross-renderer figures: a first-stage text model trained on one renderer's dumps, scored on the
 * other's.
 *
 * <p>The second stage reads first-stage scores, so it must learn them as they fall on unseen
 * pages: its rows are gathered by cleaning each page with its fold's first stage. Those rows are
 * also what the final second stage is trained on, so the folds' first stages are trained even
 * when nothing is to be judged.
 */
final class CrossValidation {
    private final DomainFolds folds;
    private final int k;
    private final GradientBoostedTrees.Params params;
    private final double htmlThreshold;
    private final double textThreshold;
    private final double devWeight;
    private final boolean judge;
    private final PrintStream log;

    final Scoreboard model = new Scoreboard();
    final Scoreboard firstStage = new Scoreboard();
    final Scoreboard rules = new Scoreboard();
    final Scoreboard crossRenderer = new Scoreboard();
    /** Second-stage rows of every page, from its fold's first stage; set by {@link #run}. */
    TrainingData html2;
    TrainingData text2;
    TrainingData w3m2;

    /** @param judge whether to score the held-out pages, or only gather the second stage's rows */
    CrossValidation(DomainFolds folds, ContentTraining.Options options, GradientBoostedTrees.Params params, boolean judge,
                    PrintStream log) {
        this.folds = folds;
        this.k = options.folds();
        this.params = params;
        this.htmlThreshold = options.htmlThreshold();
        this.textThreshold = options.textThreshold();
        this.devWeight = options.devWeight();
        this.judge = judge;
        this.log = log;
    }

    /** Runs the folds on HTML and both text renderers; data gathered once is passed in. */
    void run(TrainingData html, TrainingData text, TrainingData w3m) {
        if (judge) {
            record(rules, html, html.predictions);
            record(rules, text, text.predictions);
            record(rules, w3m, w3m.predictions);
        }
        ContentModel[] htmlFirst = new ContentModel[k];
        ContentModel[] textFirst = new ContentModel[k];
        for (int f = 0; f < k; f++) {
            int fold = f;
            long t0 = System.nanoTime();
            TrainingData.Matrix htmlTrain = html.select(p -> foldOf(html, p) != fold);
            htmlFirst[f] = Models.train(htmlTrain, Format.HTML, params, 0.5, "cv-html-" + fold).model();
            TrainingData.Matrix fromText = text.select(p -> foldOf(text, p) != fold);
            TrainingData.Matrix fromW3m = w3m.select(p -> foldOf(w3m, p) != fold);
            textFirst[f] = Models.train(TrainingData.Matrix.concat(fromText, fromW3m), Format.TEXT, params, 0.5,
                    "cv-text-" + fold).model();
            if (judge) {
                ContentModel onlyText = Models.train(fromText, Format.TEXT, params, textThreshold, "cv-text-only-" + fold).model();
                ContentModel onlyW3m = Models.train(fromW3m, Format.TEXT, params, textThreshold, "cv-w3m-only-" + fold).model();
                clean(crossRenderer, text, fold, new Cleaner(new ScrapeDecoder(), htmlFirst[f], onlyW3m));
                clean(crossRenderer, w3m, fold, new Cleaner(new ScrapeDecoder(), htmlFirst[f], onlyText));
            }
            log.printf("fold %d of %d: first stages trained on %,d HTML and %,d text rows in %.0f s%n", f + 1, k,
                    htmlTrain.x().length, fromText.x().length + fromW3m.x().length, (System.nanoTime() - t0) / 1e9);
        }
        html2 = gatherSecond(html, htmlFirst, textFirst);
        text2 = gatherSecond(text, htmlFirst, textFirst);
        w3m2 = gatherSecond(w3m, htmlFirst, textFirst);
        if (!judge) return;
        record(firstStage, html2, html2.predictions);
        record(firstStage, text2, text2.predictions);
        record(firstStage, w3m2, w3m2.predictions);
        for (int f = 0; f < k; f++) {
            int fold = f;
            long t0 = System.nanoTime();
            ContentModel htmlModel = Models.trainSecondStage(html2.select(p -> foldOf(html2, p) != fold), htmlFirst[f], params,
                    htmlThreshold, "cv-html-stage2-" + fold).model();
            ContentModel textModel = Models.trainSecondStage(TrainingData.Matrix.concat(text2.select(p -> foldOf(text2, p) != fold),
                    w3m2.select(p -> foldOf(w3m2, p) != fold)), textFirst[f], params, textThreshold, "cv-text-stage2-" + fold).model();
            // Typed by the fold's own page-type models: the shipped ones saw these pages.
            Cleaner cleaner = new Cleaner(new ScrapeDecoder(), htmlModel, textModel)
                    .withPageTypes(foldTypes(List.of(html), fold, Format.HTML), foldTypes(List.of(text, w3m), fold, Format.TEXT));
            clean(model, html, fold, cleaner);
            clean(model, text, fold, cleaner);
            clean(model, w3m, fold, cleaner);
            log.printf("fold %d of %d: second stages trained, held-out pages cleaned, in %.0f s%n", f + 1, k,
                    (System.nanoTime() - t0) / 1e9);
        }
    }

    /** Page-type models trained on the other folds' pages of the given data. */
    private PageTypeModel foldTypes(List<TrainingData> data, int fold, Format format) {
        IntPredicate[] chosen = new IntPredicate[data.size()];
        for (int d = 0; d < data.size(); d++) {
            TrainingData td = data.get(d);
            chosen[d] = i -> folds.fold(td.pages.get(i)) != fold;
        }
        return PageTypeTraining.train(data, chosen, format, PageTypeTraining.params(params.seed()), "cv-types-" + fold).model();
    }

    /** The second stage's rows of one form: each page cleaned by its fold's first stage. */
    private TrainingData gatherSecond(TrainingData data, ContentModel[] htmlFirst, ContentModel[] textFirst) {
        long t0 = System.nanoTime();
        Cleaner[] cleaners = new Cleaner[k];
        for (int f = 0; f < k; f++) cleaners[f] = new Cleaner(new ScrapeDecoder(), htmlFirst[f], textFirst[f]);
        TrainingData second = TrainingData.gather(data.pages, data.form, page -> cleaners[folds.fold(page)], true, done -> { });
        second.weighSet("dev", devWeight);
        log.printf("second-stage rows of %s: %,d, from each page's fold's first stage, in %.0f s%n", data.form.label(),
                second.size(), (System.nanoTime() - t0) / 1e9);
        return second;
    }

    private int foldOf(TrainingData data, int page) {
        return folds.fold(data.pages.get(page));
    }

    private void record(Scoreboard board, TrainingData data, String[] predictions) {
        for (int i = 0; i < data.pages.size(); i++) {
            board.add(data.pages.get(i), data.form, foldOf(data, i), predictions[i]);
        }
    }
    /** Cleans the fold's pages of one form with the fold's cleaner and scores them. */
    private void clean(Scoreboard board, TrainingData data, int fold, Cleaner cleaner) {
        int[] held = IntStream.range(0, data.pages.size()).filter(i -> foldOf(data, i) == fold).toArray();
        String[] predictions = new String[held.length];
        IntStream.range(0, held.length).parallel().forEach(j -> {
            EvalPage page = data.pages.get(held[j]);
            try {
                predictions[j] = cleaner.clean(Files.readAllBytes(page.input(data.form))).article().text();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        for (int j = 0; j < held.length; j++) board.add(data.pages.get(held[j]), data.form, fold, predictions[j]);
    }
}
