package dev.scrapecleaner.learn;

import dev.scrapecleaner.clean.Format;
import java.util.List;
import java.util.Locale;

/** The report the training writes beside the models: the data, the folds, the cross-validated figures, what each model relies on. */
final class ModelReport {
    /** Named in every model's version: a change to the features must bump it, as old models cannot read new rows. */
    static final String FEATURE_SET = "f2";

    private ModelReport() {
    }

    static String write(ContentTraining.Options options, GradientBoostedTrees.Params params, List<EvalPage> pages,
                        TrainingData html, TrainingData text, TrainingData w3m, Models.Trained htmlModel,
                        Models.Trained textModel, ContentTraining.CrossValidated figures, double trainSeconds,
                        double totalSeconds) {
        StringBuilder r = new StringBuilder();
        r.append("# Content models: training report\n\n");
        r.append("Written by `java -jar target/scrape-cleaner.jar train` (see the README's Quality section); do not edit by hand.\n\n");
        r.append("| | |\n|---|---|\n");
        row(r, "models", "`" + htmlModel.model().version() + "`, `" + textModel.model().version() + "`");
        row(r, "pages", pages.size() + " (" + count(pages, "dev") + " dev, " + count(pages, "wcxb-dev") + " wcxb-dev), "
                + pages.stream().map(EvalPage::domain).distinct().count() + " domains");
        row(r, "labelled blocks", String.format(Locale.ROOT, "HTML %,d; text dumps %,d (block renderer) + %,d (w3m)",
                html.size(), text.size(), w3m.size()));
        row(r, "trees", String.format(Locale.ROOT, "%d rounds, depth %d, learning rate %s, rows %s and features %s a tree, %d bins, seed %d",
                params.trees(), params.maxDepth(), params.learningRate(), params.rowSample(), params.featureSample(),
                params.bins(), params.seed()));
        row(r, "folds", options.folds() + ", by domain, seed " + options.seed());
        row(r, "weights", "each page weighs the same, its blocks by their words; a dev page weighs " + options.devWeight()
                + " WCXB pages; keep a block from probability " + options.htmlThreshold() + " (HTML), " + options.textThreshold()
                + " (text)");
        row(r, "final training", String.format(Locale.ROOT, "%.0f s for both models (the whole command %.0f s)", trainSeconds,
                totalSeconds));
        row(r, "model files", String.format(Locale.ROOT, "%,d bytes (HTML), %,d bytes (text)", htmlModel.file().length(),
                textModel.file().length()));
        r.append('\n');
        if (figures != null) {
            r.append("## Cross-validated figures (each page scored by a model that never saw its domain)\n\n");
            r.append(figures.model().table()).append('\n');
            r.append("## The rules alone, for comparison (fitted to the dev pages)\n\n");
            r.append(figures.rules().table()).append('\n');
            r.append("## A text model trained on one renderer's dumps, scored on the other's\n\n");
            r.append(figures.crossRenderer().table()).append('\n');
        }
        r.append("## What the models rely on (share of split gain, top 20)\n\n");
        r.append("| HTML | text dumps |\n|---|---|\n");
        List<String> a = ContentTraining.topFeatures(htmlModel.trees(), Format.HTML, 20);
        List<String> b = ContentTraining.topFeatures(textModel.trees(), Format.TEXT, 20);
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            r.append("| ").append(i < a.size() ? a.get(i) : "").append(" | ").append(i < b.size() ? b.get(i) : "").append(" |\n");
        }
        return r.toString();
    }

    private static void row(StringBuilder r, String name, String value) {
        r.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }

    private static long count(List<EvalPage> pages, String set) {
        return pages.stream().filter(p -> p.set().equals(set)).count();
    }
}
