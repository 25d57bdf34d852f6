package dev.scrapecleaner.learn;

import dev.scrapecleaner.clean.Cleaner;
import dev.scrapecleaner.clean.ContentModel;
import dev.scrapecleaner.clean.Format;
import dev.scrapecleaner.clean.ScrapeDecoder;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * The content models' one command: gathers the labelled blocks of every shared page in every
 * form, cross-validates by domain, trains the models that ship on all pages, and writes them
 * with a report of what they learned. Deterministic: the folds and the trees are seeded, so the
 * same data and options write the same files.
 */
public final class ContentTraining {
    /** The models' file names, as {@link ContentModel} reads them from its package. */
    public static final String HTML_MODEL = "content-html.trees";
    public static final String TEXT_MODEL = "content-text.trees";
    public static final String HTML_SECOND_STAGE = "content-html.stage2.trees";
    public static final String TEXT_SECOND_STAGE = "content-text.stage2.trees";
    /** The second stages for pages of {@link ContentModel#OTHER_TYPES}. */
    public static final String HTML_OTHER_TYPES_STAGE = "content-html.stage2-other.trees";
    public static final String TEXT_OTHER_TYPES_STAGE = "content-text.stage2-other.trees";
    public static final String HTML_TYPES = "page-type-html.trees";
    public static final String TEXT_TYPES = "page-type-text.trees";
    /** The page-type models' report, beside the content models' report. */
    public static final String PAGE_TYPE_REPORT = "page-type-model.md";
    /** The probability from which a block is kept, chosen on the cross-validated figures (see the README). */
    public static final double HTML_THRESHOLD = 0.5;
    public static final double TEXT_THRESHOLD = 0.5;
    /** A dev page's weight against a WCXB page's in training (see the README's Quality section). */
    public static final double DEV_WEIGHT = 8;
    /** Boosting rounds and seed of the models that ship. */
    public static final int TREES = 50;
    public static final long SEED = 20261129L;

    /**
     * @param evalDir       the shared evaluation folder ({@code ../shared/eval})
     * @param folds         number of domain folds
     * @param seed          seed of the folds and of the trees
     * @param trees         boosting rounds of every model
     * @param crossValidate whether to run the folds (the figures) before the final training
     * @param modelDir      where the final models go, or null to train none
     * @param report        where the report goes, or null
     * @param pagesPerSet   the most pages taken from each set, evenly spread over its ids (0: all), for a quick run
     * @param htmlThreshold the probability from which the HTML model keeps a block
     * @param textThreshold the same for the text-dump model
     * @param devWeight     how much a page of the dev set (news, the article-extraction benchmark's strict
     *                      bodies) weighs in training against a page of WCXB's (1: the same)
     * @param trainOnLynx   whether lynx's dumps, where the evaluation folder holds them, are trained on (else only judged)
     */
    public record Options(Path evalDir, int folds, long seed, int trees, boolean crossValidate, Path modelDir, Path report,
                          int pagesPerSet, double htmlThreshold, double textThreshold, double devWeight, boolean trainOnLynx) {
        /** Options that train on the shared renderers' dumps only (lynx's, where present, judged and not trained on). */
        public Options(Path evalDir, int folds, long seed, int trees, boolean crossValidate, Path modelDir, Path report,
                       int pagesPerSet, double htmlThreshold, double textThreshold, double devWeight) {
            this(evalDir, folds, seed, trees, crossValidate, modelDir, report, pagesPerSet, htmlThreshold, textThreshold, devWeight,
                    false);
        }
    }

    private final Options options;
    private final PrintStream out;
    private final PrintStream err;

    public ContentTraining(Options options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /** Runs what the options ask for and prints the figures; returns the cross-validation's scoreboards (null without it). */
    public CrossValidated run() throws IOException {
        long start = System.nanoTime();
        EvalCorpus corpus = EvalCorpus.load(options.evalDir());
        List<EvalPage> pages = sample(corpus.pages(), options.pagesPerSet());
        DomainFolds folds = DomainFolds.of(corpus, options.folds(), options.seed());
        GradientBoostedTrees.Params params = params();
        Cleaner rulesOnly = new Cleaner(new ScrapeDecoder(), null, null);
        TrainingData html = gather(pages, Form.HTML, rulesOnly);
        TrainingData text = gather(pages, Form.TEXT, rulesOnly);
        TrainingData w3m = gather(pages, Form.TEXT_W3M, rulesOnly);
        // Another renderer's dumps, where the evaluation folder holds them (scripts/lynx-eval.sh; none in the shared data):
        // judged as a renderer the models never saw, or trained on too when asked.
        TrainingData lynx = gather(pages, Form.TEXT_LYNX, rulesOnly);
        boolean lynxTrained = options.trainOnLynx() && !lynx.pages.isEmpty();
        List<TrainingData> dumps = lynxTrained ? List.of(text, w3m, lynx) : List.of(text, w3m);
        List<TrainingData> judgedOnly = lynxTrained || lynx.pages.isEmpty() ? List.of() : List.of(lynx);
        html.weighSet("dev", options.devWeight());
        for (TrainingData data : dumps) data.weighSet("dev", options.devWeight());
        List<PageTypeTraining.Judged> types = options.crossValidate() ? judgePageTypes(folds, html, text, w3m) : null;
        CrossValidated figures = null;
        // The folds run even without judging: the second stage learns from first-stage scores of unseen pages.
        CrossValidation cv = new CrossValidation(folds, options, params, options.crossValidate(), err);
        cv.run(html, dumps, judgedOnly);
        if (options.crossValidate()) {
            figures = new CrossValidated(cv.model, cv.firstStage, cv.rules, cv.crossRenderer, types);
            out.println("## Content model, cross-validated by domain (" + options.folds() + " folds, seed " + options.seed() + ")");
            out.println(cv.model.table());
            out.println("## First stage alone (no second stage reading its neighbours' scores)");
            out.println(cv.firstStage.table());
            out.println("## Rules alone (no model; the rules were written on the dev pages)");
            out.println(cv.rules.table());
            out.println("## First-stage text model trained on the other renderers' dumps only");
            out.println(cv.crossRenderer.table());
        }
        if (options.modelDir() != null) {
            long t0 = System.nanoTime();
            Models.Trained htmlFirst = Models.train(html.select(p -> true), Format.HTML, params, 0.5, version("html"));
            Models.Trained textFirst = Models.train(TrainingData.Matrix.concat(dumps.stream().map(d -> d.select(p -> true)).toList()),
                    Format.TEXT, params, 0.5, version("text"));
            Models.Trained htmlSecond = Models.trainSecondStage(cv.html2.select(p -> true), htmlFirst.model(), params,
                    options.htmlThreshold(), version("html-stage2"));
            // Learned from WCXB's pages of those types alone (the dev pages are all articles), as text's below.
            Models.Trained htmlOther = Models.trainOtherTypesStage(cv.html2.select(p ->
                    cv.html2.ofOtherType(p)), htmlSecond.model(), params,
                    options.htmlThreshold(), version("html-stage2-other"));
            Models.Trained textSecond = Models.trainSecondStage(TrainingData.Matrix.concat(cv.dumps2.stream()
                    .map(d -> d.select(p -> true)).toList()), textFirst.model(), params, options.textThreshold(), version("text-stage2"));
            Models.Trained textOther = Models.trainOtherTypesStage(TrainingData.Matrix.concat(cv.dumps2.stream()
                    .map(d -> d.select(d::ofOtherType)).toList()),
                    textSecond.model(), params, options.textThreshold(), version("text-stage2-other"));
            double trainSeconds = (System.nanoTime() - t0) / 1e9;
            Files.createDirectories(options.modelDir());
            Files.writeString(options.modelDir().resolve(HTML_MODEL), htmlFirst.file(), StandardCharsets.UTF_8);
            Files.writeString(options.modelDir().resolve(TEXT_MODEL), textFirst.file(), StandardCharsets.UTF_8);
            Files.writeString(options.modelDir().resolve(HTML_SECOND_STAGE), htmlSecond.file(), StandardCharsets.UTF_8);
            Files.writeString(options.modelDir().resolve(HTML_OTHER_TYPES_STAGE), htmlOther.file(), StandardCharsets.UTF_8);
            Files.writeString(options.modelDir().resolve(TEXT_SECOND_STAGE), textSecond.file(), StandardCharsets.UTF_8);
            Files.writeString(options.modelDir().resolve(TEXT_OTHER_TYPES_STAGE), textOther.file(), StandardCharsets.UTF_8);
            writePageTypes(html, text, w3m, pages.size(), types);
            out.printf("Models written to %s (HTML %,d + %,d + %,d bytes, text %,d + %,d + %,d bytes), trained in %.0f s%n",
                    options.modelDir(), htmlFirst.file().length(), htmlSecond.file().length(), htmlOther.file().length(),
                    textFirst.file().length(), textSecond.file().length(), textOther.file().length(), trainSeconds);
            if (options.report() != null) {
                String report = ModelReport.write(options, params, pages, html, dumps,
                        new ModelReport.Stages(htmlFirst, htmlSecond, htmlOther), new ModelReport.Stages(textFirst, textSecond, textOther), figures,
                        trainSeconds, (System.nanoTime() - start) / 1e9);
                Files.createDirectories(options.report().toAbsolutePath().getParent());
                Files.writeString(options.report(), report, StandardCharsets.UTF_8);
                out.println("Report written to " + options.report());
            }
        }
        return figures;
    }

    /**
     * The page types alone: every page cleaned by the rules, its evidence read, and the page-type
     * models cross-validated by domain (printed); with {@code write}, the models that ship trained on
     * every page and written to the model folder.
     */
    public List<PageTypeTraining.Judged> pageTypes(boolean write) throws IOException {
        EvalCorpus corpus = EvalCorpus.load(options.evalDir());
        List<EvalPage> pages = sample(corpus.pages(), options.pagesPerSet());
        DomainFolds folds = DomainFolds.of(corpus, options.folds(), options.seed());
        Cleaner rulesOnly = new Cleaner(new ScrapeDecoder(), null, null);
        TrainingData html = gather(pages, Form.HTML, rulesOnly);
        TrainingData text = gather(pages, Form.TEXT, rulesOnly);
        TrainingData w3m = gather(pages, Form.TEXT_W3M, rulesOnly);
        List<PageTypeTraining.Judged> judged = judgePageTypes(folds, html, text, w3m);
        if (write && options.modelDir() != null) writePageTypes(html, text, w3m, pages.size(), judged);
        return judged;
    }

    private List<PageTypeTraining.Judged> judgePageTypes(DomainFolds folds, TrainingData html, TrainingData text,
                                                        TrainingData w3m) {
        GradientBoostedTrees.Params params = PageTypeTraining.params(options.seed());
        List<PageTypeTraining.Judged> judged = new ArrayList<>(PageTypeTraining.crossValidate(folds, options.folds(),
                List.of(html), List.of(html), Format.HTML, params));
        judged.addAll(PageTypeTraining.crossValidate(folds, options.folds(), List.of(text, w3m), List.of(text, w3m),
                Format.TEXT, params));
        out.println("## Page types, cross-validated by domain (" + options.folds() + " folds, seed " + options.seed() + ")");
        out.println(PageTypeTraining.table(judged));
        return judged;
    }

    /**
     * Trains the page-type models on every page and writes them, with their report beside the
     * content models' ({@code page-type-model.md}) when a report is asked for.
     */
    private void writePageTypes(TrainingData html, TrainingData text, TrainingData w3m, int pages,
                                List<PageTypeTraining.Judged> judged) throws IOException {
        GradientBoostedTrees.Params params = PageTypeTraining.params(options.seed());
        java.util.function.IntPredicate all = i -> true;
        PageTypeTraining.Trained htmlTypes = PageTypeTraining.train(List.of(html), new java.util.function.IntPredicate[] {all},
                Format.HTML, params, version("types-html"));
        PageTypeTraining.Trained textTypes = PageTypeTraining.train(List.of(text, w3m),
                new java.util.function.IntPredicate[] {all, all}, Format.TEXT, params, version("types-text"));
        Files.createDirectories(options.modelDir());
        Files.writeString(options.modelDir().resolve(HTML_TYPES), htmlTypes.file(), StandardCharsets.UTF_8);
        Files.writeString(options.modelDir().resolve(TEXT_TYPES), textTypes.file(), StandardCharsets.UTF_8);
        out.printf("Page-type models written to %s (HTML %,d bytes, text %,d bytes)%n", options.modelDir(),
                htmlTypes.file().length(), textTypes.file().length());
        if (options.report() != null) {
            Path report = options.report().toAbsolutePath().resolveSibling(PAGE_TYPE_REPORT);
            Files.createDirectories(report.getParent());
            Files.writeString(report, PageTypeTraining.report(pages, params, options.folds(), judged, htmlTypes, textTypes),
                    StandardCharsets.UTF_8);
            out.println("Report written to " + report);
        }
    }

    /** At most {@code perSet} pages of each set, every n-th by id, so that a sample spreads over the whole set. */
    static List<EvalPage> sample(List<EvalPage> pages, int perSet) {
        if (perSet <= 0) return pages;
        List<EvalPage> out = new ArrayList<>();
        for (String set : pages.stream().map(EvalPage::set).distinct().toList()) {
            List<EvalPage> of = pages.stream().filter(p -> p.set().equals(set)).toList();
            int taken = Math.min(perSet, of.size());
            for (int j = 0; j < taken; j++) out.add(of.get((int) ((long) j * of.size() / taken)));
        }
        return out;
    }

    /** The cross-validated scoreboards: the models', their first stages' alone, the rules' and the cross-renderer text models'. */
    public record CrossValidated(Scoreboard model, Scoreboard firstStage, Scoreboard rules, Scoreboard crossRenderer,
                                 List<PageTypeTraining.Judged> pageTypes) {
    }

    GradientBoostedTrees.Params params() {
        GradientBoostedTrees.Params d = GradientBoostedTrees.Params.defaults();
        return new GradientBoostedTrees.Params(options.trees(), d.maxDepth(), d.learningRate(), d.minChildWeight(), d.l2(),
                d.rowSample(), d.featureSample(), d.bins(), options.seed());
    }

    private String version(String form) {
        return form + "-" + ModelReport.FEATURE_SET + "-seed" + options.seed() + "-trees" + options.trees();
    }

    private TrainingData gather(List<EvalPage> pages, Form form, Cleaner rulesOnly) {
        long t0 = System.nanoTime();
        long total = pages.stream().filter(p -> p.input(form) != null).count();
        IntConsumer progress = done -> {
            if (done % 100 == 0 || done == total) err.printf("\rgathering %-8s %5d/%d pages", form.label(), done, total);
        };
        TrainingData data = TrainingData.gather(pages, form, rulesOnly, progress);
        err.printf("  %,d labelled blocks in %.0f s%n", data.size(), (System.nanoTime() - t0) / 1e9);
        return data;
    }

    /** The features a model relies on most, by their share of its split gain. */
    static List<String> topFeatures(GradientBoostedTrees trees, List<String> names, int n) {
        double[] importance = trees.importance();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < importance.length; i++) order.add(i);
        order.sort(Comparator.comparingDouble((Integer i) -> -importance[i]).thenComparing(i -> i));
        List<String> top = new ArrayList<>();
        for (int i = 0; i < Math.min(n, order.size()); i++) {
            int f = order.get(i);
            top.add(String.format(Locale.ROOT, "%s %.3f", names.get(f), importance[f]));
        }
        return top;
    }
}
