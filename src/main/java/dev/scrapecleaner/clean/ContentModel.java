package dev.scrapecleaner.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The learned part of the cleaner: gradient-boosted trees that score each block (HTML) or line
 * (text dump) as main content or not, from the features {@link HtmlFeatures} and
 * {@link LineFeatures} compute. The models ship as text resources beside this class, trained by
 * {@code java -jar target/scrape-cleaner.jar train} on the shared evaluation pages; a block is
 * kept when its probability is at least one half (the trainer folds its chosen threshold into the
 * model's base score).
 */
public final class ContentModel {
    private static final String HTML_RESOURCE = "content-html.trees";
    private static final String TEXT_RESOURCE = "content-text.trees";
    private static final ContentModel BUNDLED_HTML = bundled(HTML_RESOURCE);
    private static final ContentModel BUNDLED_TEXT = bundled(TEXT_RESOURCE);

    private final TreeEnsemble trees;
    private final Format format;

    private ContentModel(TreeEnsemble trees, Format format) {
        this.trees = trees;
        this.format = format;
    }

    /**
     * Reads a model file. Fails when the model was trained on features other than those this
     * version computes, in name or order: such a model would score nonsense.
     */
    public static ContentModel read(Reader in) throws IOException {
        TreeEnsemble trees = TreeEnsemble.read(in);
        List<String> names = trees.featureNames();
        Format format = names.equals(HtmlFeatures.NAMES) ? Format.HTML : names.equals(LineFeatures.NAMES) ? Format.TEXT : null;
        if (format == null) {
            throw new IOException("The model '" + trees.version() + "' was trained on " + names.size()
                    + " features that this version does not compute (HTML has " + HtmlFeatures.NAMES.size()
                    + ", text dumps " + LineFeatures.NAMES.size() + "): train it again with the train command.");
        }
        return new ContentModel(trees, format);
    }

    /** The model shipped with this version for a format, or null when the jar carries none (rules alone then decide). */
    public static ContentModel bundled(Format format) {
        return format == Format.HTML ? BUNDLED_HTML : format == Format.TEXT ? BUNDLED_TEXT : null;
    }

    /** The feature names a model for the format reads, in order. */
    public static List<String> featureNames(Format format) {
        return format == Format.HTML ? HtmlFeatures.NAMES : LineFeatures.NAMES;
    }

    public Format format() {
        return format;
    }

    /** The version the trainer wrote into the model, named in reports of what it learned. */
    public String version() {
        return trees.version();
    }

    double probability(double[] row) {
        return trees.probability(row);
    }

    /** Each feature's share of the block's score (Saabas attribution), to say why a block was removed. */
    double[] contributions(double[] row) {
        return trees.contributions(row);
    }

    private static ContentModel bundled(String resource) {
        try (InputStream in = ContentModel.class.getResourceAsStream(resource)) {
            if (in == null) return null;
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled content model " + resource + " cannot be read", e);
        }
    }
}
