package dev.scrapecleaner.learn;

import dev.scrapecleaner.clean.Cleaner;
import dev.scrapecleaner.clean.ContentModel;
import dev.scrapecleaner.clean.Format;
import dev.scrapecleaner.clean.ScrapeDecoder;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.stream.IntStream;

/**
 * Judges the content models only on pages they did not see: pages are grouped by domain into
 * folds ({@link DomainFolds}); for each fold a model is trained on the others' pages and cleans
 * the fold's pages. Every page is so scored once, by a model that never saw its site. Besides the
 * model's figures it keeps the rules' (the cleaner without a model, nothing fitted to the folds
 * but the rules themselves, which were written on the dev pages) and the cross-renderer figures:
 * a text model trained on one renderer's dumps, scored on the other's.
 */
final class CrossValidation {
    private final DomainFolds folds;
    private final int k;
    private final GradientBoostedTrees.Params params;
    private final double htmlThreshold;
    private final double textThreshold;
    private final PrintStream log;

    final Scoreboard model = new Scoreboard();
    final Scoreboard rules = new Scoreboard();
    final Scoreboard crossRenderer = new Scoreboard();

    CrossValidation(DomainFolds folds, ContentTraining.Options options, GradientBoostedTrees.Params params, PrintStream log) {
        this.folds = folds;
        this.k = options.folds();
        this.params = params;
        this.htmlThreshold = options.htmlThreshold();
        this.textThreshold = options.textThreshold();
        this.log = log;
    }

    /** Runs the folds on HTML and both text renderers; data gathered once is passed in. */
    void run(TrainingData html, TrainingData text, TrainingData w3m) {
        record(rules, html, html.rulesPredictions);
        record(rules, text, text.rulesPredictions);
        record(rules, w3m, w3m.rulesPredictions);
        for (int f = 0; f < k; f++) {
            int fold = f;
            long t0 = System.nanoTime();
            TrainingData.Matrix htmlTrain = html.select(p -> foldOf(html, p) != fold);
            ContentModel htmlModel = Models.train(htmlTrain, Format.HTML, params, htmlThreshold, "cv-html-" + fold).model();
            TrainingData.Matrix fromText = text.select(p -> foldOf(text, p) != fold);
            TrainingData.Matrix fromW3m = w3m.select(p -> foldOf(w3m, p) != fold);
            ContentModel textModel = Models.train(TrainingData.Matrix.concat(fromText, fromW3m), Format.TEXT, params, textThreshold,
                    "cv-text-" + fold).model();
            ContentModel onlyText = Models.train(fromText, Format.TEXT, params, textThreshold, "cv-text-only-" + fold).model();
            ContentModel onlyW3m = Models.train(fromW3m, Format.TEXT, params, textThreshold, "cv-w3m-only-" + fold).model();
            Cleaner cleaner = new Cleaner(new ScrapeDecoder(), htmlModel, textModel);
            clean(model, html, fold, cleaner);
            clean(model, text, fold, cleaner);
            clean(model, w3m, fold, cleaner);
            clean(crossRenderer, text, fold, new Cleaner(new ScrapeDecoder(), htmlModel, onlyW3m));
            clean(crossRenderer, w3m, fold, new Cleaner(new ScrapeDecoder(), htmlModel, onlyText));
            log.printf("fold %d of %d: four models trained on %,d HTML and %,d text rows, held-out pages cleaned, in %.0f s%n",
                    f + 1, k, htmlTrain.x().length, fromText.x().length + fromW3m.x().length, (System.nanoTime() - t0) / 1e9);
        }
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
