package dev.scrapecleaner.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The learned page-type classifier: for each of {@link PageType#LABELS}, gradient-boosted trees
 * that score "this page is of that type" from the page's {@link PageEvidence}; the scores,
 * normalised to sum to one, are the type's probabilities. One file per format holds the seven
 * ensembles, each after a line {@code === <label>}; {@code train} writes them beside this class.
 */
public final class PageTypeModel {
    private static final String SECTION = "=== ";
    private static final PageTypeModel BUNDLED_HTML = bundled("page-type-html.trees");
    private static final PageTypeModel BUNDLED_TEXT = bundled("page-type-text.trees");

    private final TreeEnsemble[] perType;
    private final Format format;
    /** The page's words' weights, mixed with the trees' probabilities; null in a file written without them. */
    private final PageWordWeights words;

    private PageTypeModel(TreeEnsemble[] perType, Format format, PageWordWeights words) {
        this.perType = perType;
        this.format = format;
        this.words = words;
    }

    /**
     * Reads a model file. Fails when a label is missing or out of order, or when the trees read
     * other evidence than this version computes.
     */
    public static PageTypeModel read(Reader in) throws IOException {
        return read(TreeEnsemble.readAll(in));
    }

    private static PageTypeModel read(char[] file) throws IOException {
        TreeEnsemble[] perType = new TreeEnsemble[PageType.LABELS.size()];
        Format format = null;
        int from = 0;
        for (int t = 0; t < perType.length; t++) {
            String marker = SECTION + PageType.LABELS.get(t) + "\n";
            int at = indexOf(file, marker, from);
            if (at < 0) throw new IOException("The page-type model has no section '" + marker.strip() + "' in order");
            int start = at + marker.length();
            int end = indexOf(file, SECTION, start);
            if (end < 0) end = file.length;
            perType[t] = TreeEnsemble.read(file, start, end);
            List<String> names = perType[t].featureNames();
            Format f = names.equals(PageEvidence.HTML_NAMES) ? Format.HTML : names.equals(PageEvidence.TEXT_NAMES) ? Format.TEXT : null;
            if (f == null || format != null && f != format) {
                throw new StaleEvidence("The page-type model '" + perType[t].version() + "' reads evidence this version does not"
                        + " compute: train it again (bench --page-types --write, or train).");
            }
            format = f;
            from = end;
        }
        String wordsMarker = section(PageWordWeights.SECTION_LABEL);
        int at = indexOf(file, wordsMarker, from);
        PageWordWeights words = at < 0 ? null : PageWordWeights.read(file, at + wordsMarker.length(), file.length);
        return new PageTypeModel(perType, format, words);
    }

    /**
     * The section of a model file that holds the words' weights (after the seven ensembles): each
     * word's seven weights and the seven biases, in the order of {@link PageType#LABELS}, and the
     * words' share of the mix.
     */
    public static String wordsSection(java.util.Map<String, float[]> weights, float[] bias, double mix) {
        java.io.StringWriter out = new java.io.StringWriter();
        out.write(section(PageWordWeights.SECTION_LABEL));
        new PageWordWeights(weights, bias, mix).write(out);
        return out.toString();
    }

    /** The section marker before a label's ensemble in a model file. */
    public static String section(String label) {
        return SECTION + label + "\n";
    }

    /** The model shipped with this version for a format, or null when the jar carries none (pages stay untyped). */
    public static PageTypeModel bundled(Format format) {
        return format == Format.HTML ? BUNDLED_HTML : format == Format.TEXT ? BUNDLED_TEXT : null;
    }

    /** The evidence names a model for the format reads, in order. */
    public static List<String> evidenceNames(Format format) {
        return PageEvidence.names(format);
    }

    public Format format() {
        return format;
    }

    /** The ensembles in the order of {@link PageType#LABELS}. */
    List<TreeEnsemble> ensembles() {
        return List.of(perType);
    }

    /** How many words the model weighs (0 for a file without them). */
    public int words() {
        return words == null ? 0 : words.size();
    }

    /**
     * The type of a page with this evidence and these {@link PageWords}: the trees' probabilities and
     * the words', mixed as a weighted geometric mean (the words' share is the file's). Held out, WCXB's
     * pages typed right went from 84.6% to 86.2% from HTML, from 72.7% and 73.3% to 77.0% and 77.9% from dumps.
     */
    public PageType classify(float[] evidence, List<String> pageWords) {
        double[] trees = treeProbabilities(evidence);
        if (words == null || pageWords == null) return PageType.of(trees);
        double[] fromWords = words.logProbabilities(pageWords);
        double[] z = new double[perType.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < z.length; t++) {
            z[t] = (1 - words.mix()) * Math.log(Math.max(trees[t], 1e-6)) + words.mix() * fromWords[t];
            max = Math.max(max, z[t]);
        }
        double sum = 0;
        for (int t = 0; t < z.length; t++) {
            z[t] = Math.exp(z[t] - max);
            sum += z[t];
        }
        for (int t = 0; t < z.length; t++) z[t] /= sum;
        return PageType.of(z);
    }

    /** The type of a page with this evidence, from the trees alone. */
    public PageType classify(float[] evidence) {
        return PageType.of(treeProbabilities(evidence));
    }

    /** Each type's probability from the trees, normalised to sum to one, in the order of {@link PageType#LABELS}. */
    private double[] treeProbabilities(float[] evidence) {
        double[] x = new double[evidence.length];
        for (int i = 0; i < x.length; i++) x[i] = evidence[i];
        double[] p = new double[perType.length];
        double sum = 0;
        for (int t = 0; t < p.length; t++) {
            p[t] = perType[t].probability(x);
            sum += p[t];
        }
        for (int t = 0; t < p.length; t++) p[t] = sum == 0 ? 1.0 / p.length : p[t] / sum;
        return p;
    }

    /** As String.indexOf: where {@code what} first occurs in {@code text} at or after {@code from}, or -1. */
    static int indexOf(char[] text, String what, int from) {
        char first = what.charAt(0);
        int length = what.length();
        for (int at = Math.max(from, 0), last = text.length - length; at <= last; at++) {
            // One comparison a character until the first matches: this scans the whole file.
            while (text[at] != first) if (++at > last) return -1;
            int k = 1;
            while (k < length && text[at + k] == what.charAt(k)) k++;
            if (k == length) return at;
        }
        return -1;
    }

    /**
     * The model file shipped for a format. One written for other evidence than this version computes
     * (a developer added evidence and has not trained yet) leaves pages untyped, with a warning: the
     * command that retrains it runs the cleaner too. {@code PageTypingTest} keeps a release from shipping so.
     */
    private static PageTypeModel bundled(String resource) {
        try (InputStream in = PageTypeModel.class.getResourceAsStream(resource)) {
            return in == null ? null : read(TreeEnsemble.resourceChars(in));
        } catch (StaleEvidence e) {
            System.err.println("warning: " + resource + ": " + e.getMessage() + " Pages stay untyped until then.");
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled page-type model " + resource + " cannot be read", e);
        }
    }

    /** A model file whose trees read other evidence than this version computes. */
    private static final class StaleEvidence extends IOException {
        StaleEvidence(String message) {
            super(message);
        }
    }
}
