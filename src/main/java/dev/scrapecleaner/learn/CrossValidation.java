package dev.scrapecleaner.learn;

import dev.scrapecleaner.clean.Cleaner;
import dev.scrapecleaner.clean.CleanResult;
import dev.scrapecleaner.clean.ContentModel;
import dev.scrapecleaner.clean.Format;
import dev.scrapecleaner.clean.PageType;
import dev.scrapecleaner.clean.PageTypeModel;
import dev.scrapecleaner.clean.ScrapeDecoder;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Judges the content models only on pages they did not see: pages are grouped by domain into
 * folds ({@link DomainFolds}); for each fold a model is trained on the others' pages and cleans
 * the fold's pages. Every page is so scored once, by a model that never saw its site. Besides the
 * model's figures it keeps the rules' (the cleaner without a model, nothing fitted to the folds
 * but the rules themselves, which were written on the dev pages), the first stage's alone, and the
 * cross-renderer figures: each renderer's dumps scored by a first-stage text model trained on the
 * other renderers' dumps only.
 *
 * <p>The second stage reads first-stage scores, so it must learn them as they fall on unseen
 * pages: its rows are gathered by cleaning each page with its fold's first stage. Those rows are
 * also what the final second stage is trained on, so the folds' first stages are trained even
 * when nothing is to be judged. The second stage for pages of {@link ContentModel#OTHER_TYPES}
 * learns from those pages' rows alone, and decides on the held-out pages its fold's page-type model
 * types so.
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
    /** The same for every renderer's dumps, in the order {@link #run} got them. */
    List<TrainingData> dumps2;

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

    /**
     * Runs the folds on HTML and the dumps; data gathered once is passed in. One text model learns
     * from every renderer's dumps in {@code dumps} (the shared block renderer's and w3m's, and any
     * other asked for); each of them is also scored by a first stage trained on the others' only.
     * The dumps in {@code judgedOnly} (another renderer's, never trained on) are only cleaned and
     * scored: their figures are those of a renderer the models never saw, on sites they never saw.
     */
    void run(TrainingData html, List<TrainingData> dumps, List<TrainingData> judgedOnly) {
        if (judge) {
            record(rules, html, html.predictions);
            for (TrainingData d : dumps) record(rules, d, d.predictions);
            for (TrainingData d : judgedOnly) record(rules, d, d.predictions);
        }
        ContentModel[] htmlFirst = new ContentModel[k];
        ContentModel[] textFirst = new ContentModel[k];
        for (int f = 0; f < k; f++) {
            int fold = f;
            long t0 = System.nanoTime();
            TrainingData.Matrix htmlTrain = html.select(p -> foldOf(html, p) != fold);
            htmlFirst[f] = Models.train(htmlTrain, Format.HTML, params, 0.5, "cv-html-" + fold).model();
            List<TrainingData.Matrix> fromEach = dumps.stream().map(d -> d.select(p -> foldOf(d, p) != fold)).toList();
            TrainingData.Matrix fromAll = TrainingData.Matrix.concat(fromEach);
            textFirst[f] = Models.train(fromAll, Format.TEXT, params, 0.5, "cv-text-" + fold).model();
            if (judge) {
                for (int d = 0; d < dumps.size(); d++) {
                    if (dumps.get(d).pages.isEmpty()) continue;
                    List<TrainingData.Matrix> others = new ArrayList<>(fromEach);
                    others.remove(d);
                    ContentModel fromOthers = Models.train(TrainingData.Matrix.concat(others), Format.TEXT, params,
                            textThreshold, "cv-text-others-" + fold).model();
                    clean(crossRenderer, dumps.get(d), fold, new Cleaner(new ScrapeDecoder(), htmlFirst[f], fromOthers));
                }
            }
            log.printf("fold %d of %d: first stages trained on %,d HTML and %,d text rows in %.0f s%n", f + 1, k,
                    htmlTrain.x().length, fromAll.x().length, (System.nanoTime() - t0) / 1e9);
        }
        // Judged pages are typed by their fold's page-type models, the first stage's as the whole model's (the shipped
        // ones saw every page); the type moves only the keeping threshold, so the second stage's rows are the same either way.
        PageTypeModel[][] types = new PageTypeModel[2][];
        if (judge) {
            types[0] = new PageTypeModel[k];
            types[1] = new PageTypeModel[k];
            // The text page-type model learns from the shared renderers' dumps only, as the shipped one does.
            List<TrainingData> shared = dumps.stream().filter(d -> Form.shared().contains(d.form)).toList();
            for (int f = 0; f < k; f++) {
                types[0][f] = foldTypes(List.of(html), f, Format.HTML);
                types[1][f] = foldTypes(shared, f, Format.TEXT);
            }
        }
        html2 = gatherSecond(html, htmlFirst, textFirst, types);
        dumps2 = dumps.stream().map(d -> gatherSecond(d, htmlFirst, textFirst, types)).toList();
        if (!judge) return;
        record(firstStage, html2, html2.predictions);
        for (TrainingData d : dumps2) record(firstStage, d, d.predictions);
        for (TrainingData d : judgedOnly) {
            TrainingData byFirst = gatherSecond(d, htmlFirst, textFirst, types);
            record(firstStage, byFirst, byFirst.predictions);
        }
        for (int f = 0; f < k; f++) {
            int fold = f;
            long t0 = System.nanoTime();
            ContentModel htmlStacked = Models.trainSecondStage(html2.select(p -> foldOf(html2, p) != fold), htmlFirst[f], params,
                    htmlThreshold, "cv-html-stage2-" + fold).model();
            ContentModel htmlModel = Models.trainOtherTypesStage(html2.select(p -> foldOf(html2, p) != fold
                    && html2.ofOtherType(p)), htmlStacked, params, htmlThreshold,
                    "cv-html-stage2-other-" + fold).model();
            ContentModel textStacked = Models.trainSecondStage(TrainingData.Matrix.concat(dumps2.stream()
                    .map(d -> d.select(p -> foldOf(d, p) != fold)).toList()), textFirst[f], params, textThreshold,
                    "cv-text-stage2-" + fold).model();
            ContentModel textModel = Models.trainOtherTypesStage(TrainingData.Matrix.concat(dumps2.stream()
                    .map(d -> d.select(p -> foldOf(d, p) != fold && d.ofOtherType(p)))
                    .toList()), textStacked, params, textThreshold, "cv-text-stage2-other-" + fold).model();
            // Typed by the fold's own page-type models (trained on the shared renderers' dumps): the shipped ones saw these pages.
            Cleaner cleaner = new Cleaner(new ScrapeDecoder(), htmlModel, textModel).withPageTypes(types[0][f], types[1][f]);
            clean(model, html, fold, cleaner);
            for (TrainingData d : dumps) clean(model, d, fold, cleaner);
            for (TrainingData d : judgedOnly) clean(model, d, fold, cleaner);
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
    private TrainingData gatherSecond(TrainingData data, ContentModel[] htmlFirst, ContentModel[] textFirst, PageTypeModel[][] types) {
        long t0 = System.nanoTime();
        Cleaner[] cleaners = new Cleaner[k];
        for (int f = 0; f < k; f++) {
            cleaners[f] = new Cleaner(new ScrapeDecoder(), htmlFirst[f], textFirst[f]);
            if (types[0] != null) cleaners[f] = cleaners[f].withPageTypes(types[0][f], types[1][f]);
        }
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
        PageType[] typed = new PageType[held.length];
        IntStream.range(0, held.length).parallel().forEach(j -> {
            EvalPage page = data.pages.get(held[j]);
            try {
                CleanResult result = cleaner.clean(Files.readAllBytes(page.input(data.form)));
                predictions[j] = result.article().text();
                typed[j] = result.pageType();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        for (int j = 0; j < held.length; j++) board.add(data.pages.get(held[j]), data.form, fold, predictions[j], typed[j]);
    }
}
