package dev.scrapecleaner.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * The learned part of the cleaner: gradient-boosted trees that score each block (HTML) or line
 * (text dump) as main content or not, from the features {@link HtmlFeatures} and
 * {@link LineFeatures} compute. A model may have a second stage, which reads the same features
 * and what the first stage scored the blocks around ({@link NeighbourScores}): the article as a
 * run, where the first stage sees blocks one at a time. The models ship as text resources beside
 * this class, trained by {@code java -jar target/scrape-cleaner.jar train} on the shared
 * evaluation pages; a block is kept when its (last stage's) probability is at least one half (the
 * trainer folds its chosen threshold into the model's base score), or 0.3 on a page typed a listing
 * or a collection ({@link ContentScoring#keepAt}).
 *
 * <p>A model with a second stage may carry another, learned from pages of {@link #OTHER_TYPES} only,
 * which decides on a page typed so (a text dump's, only where its type is sure): a thread, a listing,
 * a manual or a service page is main content in many parts, where the shared stage, trained mostly on
 * articles, learned one run.
 */
public final class ContentModel {
    private static final String HTML_RESOURCE = "content-html.trees";
    private static final String TEXT_RESOURCE = "content-text.trees";
    /** The second stage's file beside the first's: {@code content-html.stage2.trees}. */
    private static final String SECOND_STAGE = ".stage2";
    /** The other types' second stage beside it: {@code content-html.stage2-other.trees}. */
    private static final String OTHER_TYPES_STAGE = ".stage2-other";
    /**
     * The page types whose pages the other types' second stage learns from and decides: not an
     * article, nor a product (whose description the article's stage keeps better, held out).
     */
    public static final Set<String> OTHER_TYPES = Set.of("collection", "documentation", "forum", "listing", "service");
    /**
     * How sure the page-type model must be of a text dump's type for the other types' stage to decide: a news page
     * typed otherwise loses with it. Chosen among 0, 0.6, 0.75 and 0.9 on held-out folds when a dump's type was right
     * on three pages in four (0.75); with the page's words, right on 77% and fewer news pages typed otherwise, 0.5
     * did better held out and cost the news pages nothing (see the README). HTML's types need no such bar.
     */
    static final double TEXT_OTHER_TYPES_CONFIDENCE = 0.5;
    // Before the bundled models: reading them checks their names against these.
    private static final List<String> HTML_SECOND_STAGE = concat(NeighbourScores.after(HtmlFeatures.NAMES), ContainerScores.NAMES);
    private static final List<String> TEXT_SECOND_STAGE = NeighbourScores.after(LineFeatures.NAMES);
    private static final ContentModel BUNDLED_HTML = bundled(HTML_RESOURCE);
    private static final ContentModel BUNDLED_TEXT = bundled(TEXT_RESOURCE);

    private final TreeEnsemble trees;
    private final TreeEnsemble second;
    /** The second stage for pages typed one of {@link #OTHER_TYPES}, or null: {@link #second} decides them too. */
    private final TreeEnsemble otherTypes;
    private final Format format;

    private ContentModel(TreeEnsemble trees, TreeEnsemble second, TreeEnsemble otherTypes, Format format) {
        this.trees = trees;
        this.second = second;
        this.otherTypes = otherTypes;
        this.format = format;
    }

    /**
     * Reads a (first-stage) model file. Fails when the model was trained on features other than
     * those this version computes, in name or order: such a model would score nonsense.
     */
    public static ContentModel read(Reader in) throws IOException {
        return firstStage(TreeEnsemble.read(in));
    }

    private static ContentModel firstStage(TreeEnsemble trees) throws IOException {
        List<String> names = trees.featureNames();
        Format format = names.equals(HtmlFeatures.NAMES) ? Format.HTML : names.equals(LineFeatures.NAMES) ? Format.TEXT : null;
        if (format == null) {
            throw new IOException("The model '" + trees.version() + "' was trained on " + names.size()
                    + " features that this version does not compute (HTML has " + HtmlFeatures.NAMES.size()
                    + ", text dumps " + LineFeatures.NAMES.size() + "): train it again with the train command.");
        }
        return new ContentModel(trees, null, null, format);
    }

    /** This model with a second stage read from {@code in}, which must read this format's {@link #secondStageNames}. */
    public ContentModel withSecondStage(Reader in) throws IOException {
        return withSecondStage(TreeEnsemble.read(in));
    }

    private ContentModel withSecondStage(TreeEnsemble stage) throws IOException {
        checkSecondStage(stage);
        return new ContentModel(trees, stage, null, format);
    }

    /**
     * This model with a second stage for pages typed one of {@link #OTHER_TYPES}, read from {@code in}; it reads
     * the rows the second stage reads, and this model must have a second stage for every other page.
     */
    public ContentModel withOtherTypesStage(Reader in) throws IOException {
        return withOtherTypesStage(TreeEnsemble.read(in));
    }

    private ContentModel withOtherTypesStage(TreeEnsemble stage) throws IOException {
        if (second == null) throw new IllegalStateException("the other types' stage follows a second stage, which this model lacks");
        checkSecondStage(stage);
        return new ContentModel(trees, second, stage, format);
    }

    private void checkSecondStage(TreeEnsemble stage) throws IOException {
        if (!stage.featureNames().equals(secondStageNames(format))) {
            throw new IOException("The second stage '" + stage.version() + "' was trained on " + stage.featureNames().size()
                    + " features, not the " + secondStageNames(format).size() + " this version computes for "
                    + format + ": train it again with the train command.");
        }
    }

    /** The model shipped with this version for a format, or null when the jar carries none (rules alone then decide). */
    public static ContentModel bundled(Format format) {
        return format == Format.HTML ? BUNDLED_HTML : format == Format.TEXT ? BUNDLED_TEXT : null;
    }

    /** The feature names a (first-stage) model for the format reads, in order. */
    public static List<String> featureNames(Format format) {
        return format == Format.HTML ? HtmlFeatures.NAMES : LineFeatures.NAMES;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> n = new java.util.ArrayList<>(a);
        n.addAll(b);
        return List.copyOf(n);
    }

    /**
     * The feature names a second stage for the format reads: the first stage's, then {@link NeighbourScores#NAMES},
     * then for HTML {@link ContainerScores#NAMES}.
     */
    public static List<String> secondStageNames(Format format) {
        return format == Format.HTML ? HTML_SECOND_STAGE : TEXT_SECOND_STAGE;
    }

    public Format format() {
        return format;
    }

    /** Whether a second stage decides, reading the first stage's scores of the blocks around. */
    public boolean hasSecondStage() {
        return second != null;
    }

    /** The page-type probability from which the other types' stage decides a page of this format. */
    public static double otherTypesConfidence(Format format) {
        return format == Format.TEXT ? TEXT_OTHER_TYPES_CONFIDENCE : 0;
    }

    /** Whether pages typed one of {@link #OTHER_TYPES} have a second stage of their own. */
    public boolean hasOtherTypesStage() {
        return otherTypes != null;
    }

    /** The versions the trainer wrote into the model's stages, named in reports of what it learned. */
    public String version() {
        return trees.version() + (second == null ? "" : " + " + second.version())
                + (otherTypes == null ? "" : " + " + otherTypes.version());
    }

    /** The first stage's probability that the block is content. */
    double probability(double[] row) {
        return trees.probability(row);
    }

    /** Whether the other types' stage decides a page of this type (once a page, not once a block). */
    boolean otherTypesDecide(PageType type) {
        return otherTypes != null && type.typed() && OTHER_TYPES.contains(type.label())
                && type.confidence() >= otherTypesConfidence(format);
    }

    /**
     * The second stage's probability, from a row of {@link #secondStageNames}: the other types' stage's where
     * {@link #otherTypesDecide} says so for the page; only for a model that has a second stage.
     */
    double secondProbability(double[] row, boolean otherTypesDecide) {
        return otherTypesDecide ? otherTypes.probability(row) : second.probability(row);
    }

    private static ContentModel bundled(String resource) {
        try (InputStream in = ContentModel.class.getResourceAsStream(resource)) {
            if (in == null) return null;
            ContentModel model = firstStage(trees(in));
            String stage = resource.replace(".trees", SECOND_STAGE + ".trees");
            try (InputStream second = ContentModel.class.getResourceAsStream(stage)) {
                if (second == null) return model;
                model = model.withSecondStage(trees(second));
            }
            String other = resource.replace(".trees", OTHER_TYPES_STAGE + ".trees");
            try (InputStream otherTypes = ContentModel.class.getResourceAsStream(other)) {
                return otherTypes == null ? model : model.withOtherTypesStage(trees(otherTypes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled content model " + resource + " cannot be read", e);
        }
    }

    private static TreeEnsemble trees(InputStream in) throws IOException {
        char[] file = TreeEnsemble.resourceChars(in);
        return TreeEnsemble.read(file, 0, file.length);
    }
}
