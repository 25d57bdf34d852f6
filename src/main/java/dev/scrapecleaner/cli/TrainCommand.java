package dev.scrapecleaner.cli;

import dev.scrapecleaner.learn.ContentTraining;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code train} and {@code bench --cv}: the content models' training and their cross-validated
 * figures, from the shared evaluation pages.
 */
final class TrainCommand {
    static final String HELP = """
            Usage: java -jar target/scrape-cleaner.jar train [--eval DIR] [--models DIR] [--report FILE]
                                                            [--folds K] [--trees N] [--seed S] [--no-cv]
                                                            [--threshold P[,P]] [--dev-weight W] [--sample N]
                                                            [--pages FILE] [--articles DIR] [--train-on-lynx]

            Trains the content models (which blocks of an HTML page, which lines of a text dump, are main
            content) on every page of the shared evaluation sets (DIR/dev and DIR/wcxb-dev, default
            DIR: ../shared/eval), in every form: HTML, text/ and text-w3m/ dumps. First it cross-validates:
            pages are grouped by domain into K folds (default 5), and each fold is cleaned by models trained
            on the other folds only; it prints those figures per set, form and page type, with the spread
            across folds, beside the rules alone, the first stage alone and a text model trained on the
            other renderers' dumps. A model has two stages: the first scores each block from its features;
            the second decides from the same features and the first stage's scores of the blocks around,
            learned from each page as its fold's first stage scored it (so the folds run even with --no-cv);
            pages typed collection, documentation, forum, listing or service have a second stage of their
            own, learned from WCXB's pages of those types alone.
            Then it trains the models that ship on all pages and writes them to DIR (default
            src/main/resources/dev/scrapecleaner/clean, where the cleaner reads them; rebuild the jar
            after) and the report of what they learned to FILE (default docs/content-model.md).
            Deterministic: the same data, seed (default 20261129) and trees (default 50) write the same files.
            --threshold sets the probability from which a block is kept (HTML,text; default 0.5,0.5);
            --dev-weight W: how many WCXB pages a dev page weighs in training (default 8: the dev set's 121 news
            pages with their strict article bodies against WCXB's 1,497 pages of every type).
            --pages FILE writes every held-out page's F1, precision and recall (tab-separated), to find the
            pages a change moved; --articles DIR writes each held-out page's article (DIR/<set>/<form>/<id>.txt),
            to read beside its truth. --sample N takes at most N pages of each set, for a quick look. Takes about twenty minutes on
            two cores with a few GB of heap (java -Xmx8g); --no-cv skips the judging (about ten minutes).
            Where DIR also holds lynx's dumps (<set>/text-lynx/, as scripts/lynx-eval.sh writes a copy of
            the shared folder), they are judged as a renderer the models never saw; --train-on-lynx trains
            on them too (the shipped models do not: see the README's "Dumps from renderers the models never saw").
            """;

    static final String CV_HELP = """
            Usage: java -jar target/scrape-cleaner.jar bench --cv [--folds K] [--trees N] [--seed S] [--sample N]
                                                            [--threshold P[,P]] [--pages FILE] [--articles DIR]
                                                            [EVAL_DIR]

            The cross-validated figures alone (what 'train' prints first), writing no model: pages of
            EVAL_DIR/dev and EVAL_DIR/wcxb-dev (default ../shared/eval) grouped by domain into K folds
            (default 5); each fold cleaned by models trained on the others. Prints F1, precision and recall
            per set, form (html, text, text-w3m) and page type, with the spread across folds; --pages FILE
            writes each held-out page's figures (tab-separated), --articles DIR its article as cleaned
            (DIR/<set>/<form>/<id>.txt).

            Usage: java -jar target/scrape-cleaner.jar bench --page-types [--folds K] [--seed S] [--sample N] [--write]
                                                            [--models DIR] [EVAL_DIR]

            The page-type models alone: every page cleaned by the rules, its evidence of its kind and the
            words it names itself with read (address, title, headings, short blocks), and the models (trees
            on the evidence, mixed with a regression on the words) judged by domain folds (accuracy per form, confusion matrices with recall and
            precision per type). --write then trains the models that ship on every page and writes them to
            DIR (default src/main/resources/dev/scrapecleaner/clean), with their report (docs/page-type-model.md).
            A few minutes on two cores.
            """;

    private static final String THRESHOLD_USAGE = "--threshold needs probabilities between 0 and 1 (HTML,TEXT or one for both)";

    private final PrintStream out;
    private final PrintStream err;

    TrainCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args, boolean crossValidateOnly) {
        Path eval = Path.of("..", "shared", "eval");
        Path models = Path.of("src", "main", "resources", "dev", "scrapecleaner", "clean");
        Path report = Path.of("docs", "content-model.md");
        int folds = 5;
        int trees = ContentTraining.TREES;
        long seed = ContentTraining.SEED;
        boolean crossValidate = true;
        boolean evalGiven = false;
        boolean pageTypes = false;
        boolean write = false;
        int sample = 0;
        Path pages = null;
        Path articles = null;
        double htmlThreshold = ContentTraining.HTML_THRESHOLD;
        double textThreshold = ContentTraining.TEXT_THRESHOLD;
        double devWeight = ContentTraining.DEV_WEIGHT;
        boolean trainOnLynx = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> {
                    out.print(crossValidateOnly ? CV_HELP : HELP);
                    return 0;
                }
                case "--cv" -> {
                    if (!crossValidateOnly) throw new UsageException("--cv belongs to bench; train always cross-validates unless --no-cv.");
                }
                case "--eval" -> eval = Path.of(CleanCommand.value(args, ++i, "--eval"));
                case "--models" -> models = Path.of(CleanCommand.value(args, ++i, "--models"));
                case "--report" -> report = Path.of(CleanCommand.value(args, ++i, "--report"));
                case "--folds" -> folds = positive(CleanCommand.value(args, ++i, "--folds"), "--folds");
                case "--trees" -> trees = positive(CleanCommand.value(args, ++i, "--trees"), "--trees");
                case "--seed" -> seed = positive(CleanCommand.value(args, ++i, "--seed"), "--seed");
                case "--no-cv" -> crossValidate = false;
                case "--train-on-lynx" -> trainOnLynx = true;
                case "--page-types" -> {
                    if (!crossValidateOnly) throw new UsageException("--page-types belongs to bench; train always trains the page types too.");
                    pageTypes = true;
                }
                case "--write" -> {
                    if (!crossValidateOnly) throw new UsageException("--write belongs to bench --page-types; train always writes its models.");
                    write = true;
                }
                case "--threshold" -> {
                    String[] t = CleanCommand.value(args, ++i, "--threshold").split(",");
                    htmlThreshold = between(t[0], 0, 1, THRESHOLD_USAGE);
                    textThreshold = between(t[t.length - 1], 0, 1, THRESHOLD_USAGE);
                }
                case "--dev-weight" -> devWeight = between(CleanCommand.value(args, ++i, "--dev-weight"), 0, 1000,
                        "--dev-weight needs a positive number (a dev page weighs that many WCXB pages)");
                case "--sample" -> sample = positive(CleanCommand.value(args, ++i, "--sample"), "--sample");
                case "--pages" -> pages = Path.of(CleanCommand.value(args, ++i, "--pages"));
                case "--articles" -> articles = Path.of(CleanCommand.value(args, ++i, "--articles"));
                default -> {
                    if (!crossValidateOnly || args[i].startsWith("--") || evalGiven) {
                        throw new UsageException("Unexpected argument " + args[i] + ".");
                    }
                    eval = Path.of(args[i]);
                    evalGiven = true;
                }
            }
        }
        if (folds < 2) throw new UsageException("--folds needs 2 or more.");
        if (!Files.isDirectory(eval)) {
            err.println("No evaluation data at " + eval.toAbsolutePath() + ": the shared folder sits beside the clone"
                    + " (../shared/eval); pass another with --eval DIR.");
            return 1;
        }
        if (write && !pageTypes) throw new UsageException("--write goes with --page-types.");
        if (pageTypes) {
            ContentTraining.Options options = new ContentTraining.Options(eval, folds, seed, trees, true, models, report, sample,
                    htmlThreshold, textThreshold, devWeight);
            try {
                new ContentTraining(options, out, err).pageTypes(write);
                return 0;
            } catch (IOException e) {
                err.println("bench --page-types failed: " + e.getMessage());
                return 1;
            }
        }
        ContentTraining.Options options = crossValidateOnly
                ? new ContentTraining.Options(eval, folds, seed, trees, true, null, null, sample, htmlThreshold, textThreshold,
                        devWeight, trainOnLynx)
                : new ContentTraining.Options(eval, folds, seed, trees, crossValidate, models, report, sample, htmlThreshold,
                        textThreshold, devWeight, trainOnLynx);
        if (pages != null && !options.crossValidate()) throw new UsageException("--pages needs the cross-validation: drop --no-cv.");
        if (articles != null && !options.crossValidate()) throw new UsageException("--articles needs the cross-validation: drop --no-cv.");
        try {
            ContentTraining.CrossValidated cv = new ContentTraining(options, out, err).run();
            if (pages != null) {
                Files.writeString(pages, cv.model().pagesTsv(), java.nio.charset.StandardCharsets.UTF_8);
                out.println("Held-out pages' figures written to " + pages);
            }
            if (articles != null) {
                int n = cv.model().writeArticles(articles);
                out.printf("Held-out pages' articles (%,d, set/form/id.txt) written to %s%n", n, articles);
            }
            return 0;
        } catch (IOException e) {
            err.println((crossValidateOnly ? "bench --cv" : "train") + " failed: " + e.getMessage());
            return 1;
        }
    }

    /** A number strictly between the bounds, or a usage error that says what the option takes. */
    private static double between(String value, double low, double high, String what) {
        try {
            double x = Double.parseDouble(value);
            if (x > low && x < high) return x;
        } catch (NumberFormatException e) {
            // falls through to the usage error
        }
        throw new UsageException(what + ", not '" + value + "'.");
    }

    /** The flag's value as a positive whole number, or a usage error that says what it needs. */
    static int positive(String value, String flag) {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) return n;
        } catch (NumberFormatException e) {
            // falls through to the usage error
        }
        throw new UsageException(flag + " needs a positive whole number, not '" + value + "'.");
    }
}
