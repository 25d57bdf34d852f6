package dev.scrapecleaner.learn;

import dev.scrapecleaner.clean.ContentModel;
import dev.scrapecleaner.clean.Format;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Trains a content model and reads it back as the cleaner will, so that what is judged is the file that ships. */
final class Models {
    private Models() {
    }

    /** A trained model: the trainer's view (importances), the file's text and the cleaner's view. */
    record Trained(GradientBoostedTrees trees, String file, ContentModel model) {
    }

    /**
     * Trains a model that keeps a block when its probability is at least {@code threshold}: the
     * threshold is folded into the file's base score, so that the cleaner's cut is always one half.
     */
    static Trained train(TrainingData.Matrix data, Format format, GradientBoostedTrees.Params params, double threshold,
                         String version) {
        GradientBoostedTrees trees = GradientBoostedTrees.train(data.x(), data.y(), data.w(), params);
        StringWriter out = new StringWriter();
        try {
            trees.write(out, version, ContentModel.featureNames(format));
            String file = withThreshold(out.toString(), threshold);
            return new Trained(trees, file, ContentModel.read(new StringReader(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("A model just written cannot be read back", e);
        }
    }

    /**
     * Trains the second stage of {@code first} on rows of {@link ContentModel#secondStageNames}; the
     * trained model's cleaner view is the first stage with this one after it.
     */
    static Trained trainSecondStage(TrainingData.Matrix data, ContentModel first, GradientBoostedTrees.Params params,
                                    double threshold, String version) {
        return trainStage(data, first.format(), params, threshold, version, first::withSecondStage);
    }

    /**
     * Trains the second stage for pages of {@link ContentModel#OTHER_TYPES} on such pages' second-stage rows; the
     * trained model's cleaner view is {@code stacked} (a first and a second stage) with this one for those pages.
     */
    static Trained trainOtherTypesStage(TrainingData.Matrix data, ContentModel stacked, GradientBoostedTrees.Params params,
                                        double threshold, String version) {
        return trainStage(data, stacked.format(), params, threshold, version, stacked::withOtherTypesStage);
    }

    /** How a stage's file joins the model it follows. */
    private interface StageReader {
        ContentModel read(Reader file) throws IOException;
    }

    private static Trained trainStage(TrainingData.Matrix data, Format format, GradientBoostedTrees.Params params,
                                      double threshold, String version, StageReader joined) {
        GradientBoostedTrees trees = GradientBoostedTrees.train(data.x(), data.y(), data.w(), params);
        StringWriter out = new StringWriter();
        try {
            trees.write(out, version, ContentModel.secondStageNames(format));
            String file = withThreshold(out.toString(), threshold);
            return new Trained(trees, file, joined.read(new StringReader(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("A model just written cannot be read back", e);
        }
    }

    /** The model file with its base lowered by the threshold's log-odds: p >= threshold becomes p' >= 1/2. */
    static String withThreshold(String file, double threshold) {
        if (threshold == 0.5) return file;
        int at = file.indexOf("\nbase ") + 1;
        int end = file.indexOf('\n', at);
        double base = Double.parseDouble(file.substring(at + "base ".length(), end).strip());
        double shifted = base - Math.log(threshold / (1 - threshold));
        return file.substring(0, at) + "base " + shifted + file.substring(end);
    }
}
