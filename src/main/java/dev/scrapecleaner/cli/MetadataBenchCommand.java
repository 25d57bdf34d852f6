package dev.scrapecleaner.cli;

import dev.scrapecleaner.learn.EvalCorpus;
import dev.scrapecleaner.learn.Form;
import java.util.ArrayList;
import java.util.List;
import dev.scrapecleaner.learn.MetadataBench;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code bench --metadata}: the metadata figures (title, author, publication date) on the shared
 * pages, cross-validated by domain, and, with {@code --write}, the weights the cleaner ships.
 */
final class MetadataBenchCommand {
    static final String HELP = """
            Usage: java -jar target/scrape-cleaner.jar bench --metadata [--folds K] [--seed N] [--form F]... [--pages FILE] [--write] [EVAL_DIR]

            Reads the title, author and publication date of every page of EVAL_DIR (default ../shared/eval:
            dev and wcxb-dev, HTML and both text dumps), and prints per set, form and field how many pages
            declare one (the truth has it), how many the cleaner gives, how many are right (title: same words;
            date: same day; author: the truth's name contained or containing), accuracy (right / declared) and
            precision (right / given), cross-validated by domain (K folds, default 5): each fold's sources are
            weighed on the other folds' pages only. Then the weights learned from all pages, on those pages,
            and each source's reliability. --write stores those weights where the cleaner reads them
            (src/main/resources/dev/scrapecleaner/clean/metadata-weights.tsv; rebuild the jar after).
            --seed N deals the domains into folds with another seed (default the content model's, so that both
            benches hold out the same sites): a change that moves the figures by less than a second seed does is noise.
            --form (html, text, text-w3m; repeatable) reads only those forms. --pages FILE writes one row per page,
            form and field (tab-separated): the truth, the value given, the best value, its source and chance, and
            every value the page offered with its sources, each page scored by the weights of the folds it is not in.
            """;
    static final Path WEIGHTS = Path.of("src", "main", "resources", "dev", "scrapecleaner", "clean", "metadata-weights.tsv");

    private final PrintStream out;
    private final PrintStream err;

    MetadataBenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        Path evalDir = EvalCorpus.DEFAULT_DIR;
        int folds = 5;
        boolean write = false;
        Path pages = null;
        long seed = dev.scrapecleaner.learn.ContentTraining.SEED;
        List<Form> forms = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> {
                    out.print(HELP);
                    return 0;
                }
                case "--metadata" -> { }
                case "--write" -> write = true;
                case "--seed" -> seed = TrainCommand.positive(CleanCommand.value(args, ++i, "--seed"), "--seed");
                case "--pages" -> pages = Path.of(CleanCommand.value(args, ++i, "--pages"));
                case "--form" -> {
                    String v = CleanCommand.value(args, ++i, "--form");
                    Form form = null;
                    for (Form f : Form.values()) if (f.label().equals(v)) form = f;
                    if (form == null) throw new UsageException("--form takes html, text or text-w3m, not " + v + ".");
                    forms.add(form);
                }
                case "--folds" -> {
                    folds = TrainCommand.positive(CleanCommand.value(args, ++i, "--folds"), "--folds");
                    if (folds < 2) throw new UsageException("--folds takes 2 or more, not " + folds + ".");
                }
                default -> {
                    if (args[i].startsWith("--")) throw new UsageException("Unexpected argument " + args[i] + " for bench --metadata.");
                    evalDir = Path.of(args[i]);
                }
            }
        }
        try {
            if (write && !forms.isEmpty()) throw new UsageException("--write learns from every form: leave out --form.");
            MetadataBench.run(evalDir, forms.isEmpty() ? Form.shared() : forms, folds, seed, write ? WEIGHTS : null, pages, out, err);
            return 0;
        } catch (IOException e) {
            err.println("bench --metadata failed: " + e.getMessage());
            return 1;
        }
    }
}
