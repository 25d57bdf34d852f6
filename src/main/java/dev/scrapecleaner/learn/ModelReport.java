package dev.scrapecleaner.learn;

import dev.scrapecleaner.clean.ContentModel;
import dev.scrapecleaner.clean.Format;
import java.util.List;
import java.util.Locale;

/** The report the training writes beside the models: the data, the folds, the cross-validated figures, what each model relies on. */
final class ModelReport {
    /** Named in every model's version: a change to the features must bump it, as old models cannot read new rows. */
    static final String FEATURE_SET = "f5";

    private ModelReport() {
    }

    /** A format's three trained stages; the other types' stage's cleaner view is the whole model. */
    record Stages(Models.Trained first, Models.Trained second, Models.Trained otherTypes) {
        int bytes() {
            return first.file().length() + second.file().length() + otherTypes.file().length();
        }
    }

    static String write(ContentTraining.Options options, GradientBoostedTrees.Params params, List<EvalPage> pages,
                        TrainingData html, List<TrainingData> dumps, Stages htmlModel,
                        Stages textModel, ContentTraining.CrossValidated figures,
                        double trainSeconds, double totalSeconds) {
        StringBuilder r = new StringBuilder();
        r.append("# Content models: training report\n\n");
        r.append("Written by `java -jar target/scrape-cleaner.jar train` (see the README's Quality section); do not edit by hand.\n\n");
        r.append("| | |\n|---|---|\n");
        row(r, "models", "`" + htmlModel.otherTypes().model().version() + "`, `" + textModel.otherTypes().model().version() + "`");
        row(r, "stages", "the first scores each block from its features; the second decides from the same features and the"
                + " first's scores of the blocks around (" + String.join(", ", secondStageOwn()) + "), trained on first-stage"
                + " scores of pages the first stage never saw (each page scored by its fold's first stage); each format has another"
                + " second stage, learned from WCXB's pages of the types " + String.join(", ", new java.util.TreeSet<>(ContentModel.OTHER_TYPES))
                + " alone, which decides on pages the page-type model types so (a text dump's where the type's probability is at"
                + " least " + ContentModel.otherTypesConfidence(Format.TEXT) + ")");
        row(r, "pages", pages.size() + " (" + count(pages, "dev") + " dev, " + count(pages, "wcxb-dev") + " wcxb-dev), "
                + pages.stream().map(EvalPage::domain).distinct().count() + " domains");
        row(r, "labelled blocks", String.format(Locale.ROOT, "HTML %,d; text dumps %s", html.size(),
                String.join(" + ", dumps.stream().map(d -> String.format(Locale.ROOT, "%,d (%s)", d.size(), d.form.label())).toList())));
        row(r, "trees", String.format(Locale.ROOT, "%d rounds, depth %d, learning rate %s, rows %s and features %s a tree, %d bins, seed %d",
                params.trees(), params.maxDepth(), params.learningRate(), params.rowSample(), params.featureSample(),
                params.bins(), params.seed()));
        row(r, "folds", options.folds() + ", by domain, seed " + options.seed());
        row(r, "weights", "each page weighs the same, its blocks by their words; a dev page weighs " + options.devWeight()
                + " WCXB pages; keep a block from probability " + options.htmlThreshold() + " (HTML), " + options.textThreshold()
                + " (text)");
        row(r, "final training", String.format(Locale.ROOT, "%.0f s for both models' stages (the whole command %.0f s)",
                trainSeconds, totalSeconds));
        row(r, "page types", "their models and figures are in [page-type-model.md](page-type-model.md), written by the same command");
        row(r, "model files", String.format(Locale.ROOT, "%,d bytes (HTML, three stages), %,d bytes (text, three stages)",
                htmlModel.bytes(), textModel.bytes()));
        r.append('\n');
        if (figures != null) {
            r.append("## Cross-validated figures (each page scored by a model that never saw its domain)\n\n");
            r.append(figures.model().table()).append('\n');
            r.append("## The first stage alone, for comparison\n\n");
            r.append(figures.firstStage().table()).append('\n');
            r.append("## The rules alone, for comparison (fitted to the dev pages)\n\n");
            r.append(figures.rules().table()).append('\n');
            r.append("## Each renderer's dumps scored by a first-stage text model trained on the other renderers' dumps only\n\n");
            r.append(figures.crossRenderer().table()).append('\n');
        }
        r.append("## What the models rely on (share of split gain, top 20)\n\n");
        r.append("| HTML, first stage | HTML, second stage | HTML, other types' second stage | text dumps, first stage"
                + " | text dumps, second stage | text dumps, other types' second stage |\n|---|---|---|---|---|---|\n");
        List<List<String>> columns = List.of(
                ContentTraining.topFeatures(htmlModel.first().trees(), ContentModel.featureNames(Format.HTML), 20),
                ContentTraining.topFeatures(htmlModel.second().trees(), ContentModel.secondStageNames(Format.HTML), 20),
                ContentTraining.topFeatures(htmlModel.otherTypes().trees(), ContentModel.secondStageNames(Format.HTML), 20),
                ContentTraining.topFeatures(textModel.first().trees(), ContentModel.featureNames(Format.TEXT), 20),
                ContentTraining.topFeatures(textModel.second().trees(), ContentModel.secondStageNames(Format.TEXT), 20),
                ContentTraining.topFeatures(textModel.otherTypes().trees(), ContentModel.secondStageNames(Format.TEXT), 20));
        for (int i = 0; i < 20; i++) {
            r.append('|');
            for (List<String> c : columns) r.append(' ').append(i < c.size() ? c.get(i) : "").append(" |");
            r.append('\n');
        }
        return r.toString();
    }

    /** The second stage's own features: its names after the first stage's. */
    private static List<String> secondStageOwn() {
        List<String> all = ContentModel.secondStageNames(Format.HTML);
        return all.subList(ContentModel.featureNames(Format.HTML).size(), all.size());
    }

    private static void row(StringBuilder r, String name, String value) {
        r.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }

    private static long count(List<EvalPage> pages, String set) {
        return pages.stream().filter(p -> p.set().equals(set)).count();
    }
}
