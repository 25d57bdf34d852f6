package dev.scrapecleaner.learn;

import dev.scrapecleaner.clean.Format;
import dev.scrapecleaner.clean.PageType;
import dev.scrapecleaner.clean.PageTypeModel;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * Trains the page-type models (one a format: HTML, and text dumps of both renderers together) on
 * each page's evidence and WCXB's label (every dev page is an article), and judges them as the
 * content models are judged: by domain folds, each page typed by a model that never saw its site.
 * A model is seven one-against-the-rest ensembles, written to one file and read back as the cleaner
 * reads it, so that what is judged is what ships.
 */
public final class PageTypeTraining {
    /**
     * Small trees suffice: a few thousand pages, a few dozen features. 80 rounds of depth 3 typed
     * the pages held out as well as 120 of depth 4 (HTML 84.9% against 84.8%, dumps 73.9% and 74.5%
     * against 73.8% and 74.5%) in a third of the file, which every cold start reads.
     */
    static GradientBoostedTrees.Params params(long seed) {
        return new GradientBoostedTrees.Params(80, 3, 0.1, 1e-3, 1.0, 0.8, 0.8, 32, seed);
    }

    private PageTypeTraining() {
    }

    /**
     * One form's cross-validated typing: counts by [truth][prediction], in the order of
     * {@link PageType#LABELS}, and how many of WCXB's own pages (the dev set's are all articles) were
     * typed, and typed right.
     */
    public record Judged(String form, int[][] confusion, int wcxbPages, int wcxbRight) {
        /** The share of WCXB's pages typed right: the measure, on pages of every type. */
        public double wcxbAccuracy() {
            return wcxbPages == 0 ? 0 : wcxbRight / (double) wcxbPages;
        }

        public int pages() {
            int n = 0;
            for (int[] row : confusion) for (int c : row) n += c;
            return n;
        }

        public double accuracy() {
            int right = 0;
            for (int t = 0; t < confusion.length; t++) right += confusion[t][t];
            return pages() == 0 ? 0 : right / (double) pages();
        }

        /** Of the pages of a type, the share typed right (recall). */
        double recall(int type) {
            int all = 0;
            for (int c : confusion[type]) all += c;
            return all == 0 ? Double.NaN : confusion[type][type] / (double) all;
        }

        /** Of the pages typed so, the share that are (precision). */
        double precision(int type) {
            int all = 0;
            for (int[] row : confusion) all += row[type];
            return all == 0 ? Double.NaN : confusion[type][type] / (double) all;
        }
    }

    /** A model's file text, the cleaner's view of it, and each type's ensemble (for what it relies on). */
    record Trained(String file, PageTypeModel model, List<GradientBoostedTrees> perType, PageWordTraining.Weights words) {
    }

    /** Trains the seven ensembles on the chosen pages of the data (for text, pass both renderers' data). */
    static Trained train(List<TrainingData> data, IntPredicate[] chosen, Format format, GradientBoostedTrees.Params params,
                         String version) {
        List<float[]> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<List<String>> words = new ArrayList<>();
        List<String> domains = new ArrayList<>();
        for (int d = 0; d < data.size(); d++) {
            TrainingData td = data.get(d);
            for (int i = 0; i < td.pages.size(); i++) {
                if (td.evidence[i] == null || !chosen[d].test(i)) continue;
                String label = td.pages.get(i).pageType();
                if (!PageType.LABELS.contains(label)) continue;
                rows.add(td.evidence[i]);
                labels.add(label);
                words.add(td.words.get(i) == null ? List.of() : td.words.get(i));
                domains.add(td.pages.get(i).domain());
            }
        }
        return train(rows, labels, words, domains, format, params, version);
    }

    /** Trains the seven ensembles on rows of page-type evidence of the format, each with its page's type label. */
    static Trained train(List<float[]> rows, List<String> labels, Format format, GradientBoostedTrees.Params params, String version) {
        return train(rows, labels, null, null, format, params, version);
    }

    /**
     * Trains the seven ensembles on rows of page-type evidence of the format, each with its page's type label,
     * and, given the pages' words and domains, the words' weights the model mixes with them.
     */
    static Trained train(List<float[]> rows, List<String> labels, List<List<String>> words, List<String> domains, Format format,
                         GradientBoostedTrees.Params params, String version) {
        float[][] x = rows.toArray(new float[0][]);
        float[] w = new float[x.length];
        java.util.Arrays.fill(w, 1f);
        StringBuilder file = new StringBuilder();
        List<GradientBoostedTrees> perType = new ArrayList<>();
        for (String type : PageType.LABELS) {
            boolean[] y = new boolean[x.length];
            for (int r = 0; r < x.length; r++) y[r] = labels.get(r).equals(type);
            GradientBoostedTrees trees = GradientBoostedTrees.train(x, y, w, params);
            perType.add(trees);
            StringWriter out = new StringWriter();
            try {
                trees.write(out, version + "-" + type, PageTypeModel.evidenceNames(format));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            file.append(PageTypeModel.section(type)).append(out);
        }
        PageWordTraining.Weights weights = words == null ? null : PageWordTraining.train(words, labels, domains);
        if (weights != null) file.append(PageTypeModel.wordsSection(weights.words(), weights.bias(), PageWordTraining.MIX));
        try {
            return new Trained(file.toString(), PageTypeModel.read(new StringReader(file.toString())), List.copyOf(perType),
                    weights);
        } catch (IOException e) {
            throw new UncheckedIOException("A page-type model just written cannot be read back", e);
        }
    }

    /**
     * Cross-validates by domain: for each fold, a model trained on the other folds' pages (of
     * {@code trainOn}) types the fold's pages of each data set in {@code judge}.
     */
    static List<Judged> crossValidate(DomainFolds folds, int k, List<TrainingData> trainOn, List<TrainingData> judge,
                                      Format format, GradientBoostedTrees.Params params) {
        List<int[][]> confusions = new ArrayList<>();
        int[] wcxbPages = new int[judge.size()];
        int[] wcxbRight = new int[judge.size()];
        for (int j = 0; j < judge.size(); j++) confusions.add(new int[PageType.LABELS.size()][PageType.LABELS.size()]);
        for (int f = 0; f < k; f++) {
            int fold = f;
            IntPredicate[] chosen = new IntPredicate[trainOn.size()];
            for (int d = 0; d < trainOn.size(); d++) {
                TrainingData td = trainOn.get(d);
                chosen[d] = i -> folds.fold(td.pages.get(i)) != fold;
            }
            PageTypeModel model = train(trainOn, chosen, format, params, "cv-types-" + fold).model();
            for (int j = 0; j < judge.size(); j++) {
                TrainingData td = judge.get(j);
                for (int i = 0; i < td.pages.size(); i++) {
                    int truth = PageType.LABELS.indexOf(td.pages.get(i).pageType());
                    if (truth < 0 || folds.fold(td.pages.get(i)) != fold) continue;
                    // A page with no evidence of its form's format (unreadable) counts as typed an article, the common guess.
                    String label = td.evidence[i] == null ? "article" : model.classify(td.evidence[i], td.words.get(i)).label();
                    confusions.get(j)[truth][PageType.LABELS.indexOf(label)]++;
                    if (td.pages.get(i).set().equals("wcxb-dev")) {
                        wcxbPages[j]++;
                        if (PageType.LABELS.indexOf(label) == truth) wcxbRight[j]++;
                    }
                }
            }
        }
        List<Judged> out = new ArrayList<>();
        for (int j = 0; j < judge.size(); j++) {
            out.add(new Judged(judge.get(j).form.label(), confusions.get(j), wcxbPages[j], wcxbRight[j]));
        }
        return out;
    }

    /** The report the page-type training writes beside its models: the data, the settings, the held-out figures, what each type relies on. */
    static String report(int pages, GradientBoostedTrees.Params params, int folds, List<Judged> judged, Trained html,
                         Trained text) {
        StringBuilder r = new StringBuilder("# Page-type models: training report\n\n");
        r.append("Written by `java -jar target/scrape-cleaner.jar bench --page-types --write` and by `train`; do not edit by hand.\n\n");
        r.append("| | |\n|---|---|\n");
        r.append(String.format(Locale.ROOT, "| model files | `%s` %,d bytes; `%s` (text dumps of both renderers) %,d bytes |%n",
                ContentTraining.HTML_TYPES, html.file().length(), ContentTraining.TEXT_TYPES, text.file().length()));
        r.append("| pages | ").append(pages).append(" (WCXB's labels; every dev page an article) |\n");
        r.append("| evidence | ").append(PageTypeModel.evidenceNames(Format.HTML).size()).append(" figures for HTML, ")
                .append(PageTypeModel.evidenceNames(Format.TEXT).size()).append(" for text dumps (`clean/PageEvidence`) |\n");
        r.append(String.format(Locale.ROOT, "| trees | seven one-against-the-rest ensembles, %d rounds, depth %d, learning rate %s, %d bins, seed %d |%n",
                params.trees(), params.maxDepth(), params.learningRate(), params.bins(), params.seed()));
        r.append("| folds | ").append(folds).append(", by domain |\n\n");
        if (judged != null) {
            r.append("## Cross-validated (each page typed by a model that never saw its domain)\n\n").append(table(judged)).append('\n');
        }
        r.append("## What each type's model relies on (share of split gain, top 5)\n\n").append(reliesOn(html, text, 5));
        if (html.words() != null && text.words() != null) {
            r.append(String.format(Locale.ROOT, "%n## What the pages' words say (mixed with the trees at %.2f)%n%n", PageWordTraining.MIX));
            r.append(String.format(Locale.ROOT, "Words seen on pages of at least %d sites: %,d for HTML, %,d for text dumps. "
                    + "Prefixes: u: the address's path, t: the title, h: the headings, c: the short blocks (controls). "
                    + "The words of highest weight for each type:%n%n", PageWordTraining.MIN_DOMAINS, html.words().words().size(),
                    text.words().words().size()));
            r.append("| type | HTML | text dumps |\n|---|---|---|\n");
            for (int t = 0; t < PageType.LABELS.size(); t++) {
                r.append("| ").append(PageType.LABELS.get(t)).append(" | ").append(String.join(", ", PageWordTraining.top(html.words(), t, 8)))
                        .append(" | ").append(String.join(", ", PageWordTraining.top(text.words(), t, 8))).append(" |\n");
            }
        }
        return r.toString();
    }

    /** What each type's ensemble relies on most, as Markdown: the top evidence by share of split gain. */
    static String reliesOn(Trained html, Trained text, int n) {
        StringBuilder sb = new StringBuilder("| type | HTML | text dumps |\n|---|---|---|\n");
        for (int t = 0; t < PageType.LABELS.size(); t++) {
            sb.append("| ").append(PageType.LABELS.get(t)).append(" | ")
                    .append(String.join(", ", ContentTraining.topFeatures(html.perType().get(t), PageTypeModel.evidenceNames(Format.HTML), n)))
                    .append(" | ")
                    .append(String.join(", ", ContentTraining.topFeatures(text.perType().get(t), PageTypeModel.evidenceNames(Format.TEXT), n)))
                    .append(" |\n");
        }
        return sb.toString();
    }

    /** The figures as Markdown: accuracy per form, then each form's confusion matrix with recall and precision. */
    static String table(List<Judged> judged) {
        StringBuilder sb = new StringBuilder();
        sb.append("| form | pages | right | WCXB's pages | right |\n|---|---:|---:|---:|---:|\n");
        for (Judged j : judged) {
            sb.append(String.format(Locale.ROOT, "| %s | %d | %.1f%% | %d | %.1f%% |%n", j.form(), j.pages(), 100 * j.accuracy(),
                    j.wcxbPages(), 100 * j.wcxbAccuracy()));
        }
        for (Judged j : judged) {
            sb.append("\n").append(j.form()).append(" (rows: WCXB's type; columns: the model's)\n\n| type |");
            for (String l : PageType.LABELS) sb.append(' ').append(l).append(" |");
            sb.append(" recall | precision |\n|---|");
            sb.append("---:|".repeat(PageType.LABELS.size() + 2)).append('\n');
            for (int t = 0; t < PageType.LABELS.size(); t++) {
                sb.append("| ").append(PageType.LABELS.get(t)).append(" |");
                for (int c : j.confusion()[t]) sb.append(' ').append(c).append(" |");
                sb.append(String.format(Locale.ROOT, " %.2f | %.2f |%n", j.recall(t), j.precision(t)));
            }
        }
        return sb.toString();
    }
}
