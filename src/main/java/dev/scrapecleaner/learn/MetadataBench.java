package dev.scrapecleaner.learn;

import dev.scrapecleaner.clean.Format;
import dev.scrapecleaner.clean.MetadataCandidate;
import dev.scrapecleaner.clean.MetadataCandidate.Field;
import dev.scrapecleaner.clean.MetadataEvidence;
import dev.scrapecleaner.clean.MetadataWeights;
import dev.scrapecleaner.clean.PageType;
import dev.scrapecleaner.clean.PageTypeModel;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Measures the metadata the cleaner gives (title, author, publication date) against the shared
 * pages' truth, cross-validated by domain: each source's reliability and each field's threshold
 * ({@link MetadataWeights}) are learned on four folds of domains and judged on the fifth, so that
 * every page is scored by weights that never saw its site. Also learns the weights from every page
 * (what the cleaner ships) and prints them, source by source.
 */
public final class MetadataBench {

    /**
     * One page in one form: what it offers, its evidence of its type and the type a model that never
     * saw its site gives it ({@link #typed}; null before that, or for a page that cannot be typed), and its truth.
     */
    record Evidence(EvalPage page, Form form, Format format, List<MetadataCandidate> candidates, String site,
                    float[] typeEvidence, String pageType, MetadataTruth truth) {
        Evidence withPageType(String type) {
            return new Evidence(page, form, format, candidates, site, typeEvidence, type, truth);
        }
    }

    /** Counts of one field over a group of pages. */
    public static final class Tally {
        int pages;
        int declared;
        int given;
        int right;
        int givenUndeclared;
        int anyRight;
        int bestRight;

        void add(boolean declaredField, boolean givenField, boolean rightField, boolean any, boolean best) {
            if (any) anyRight++;
            if (best) bestRight++;
            pages++;
            if (declaredField) declared++;
            if (givenField) given++;
            if (rightField) right++;
            if (givenField && !declaredField) givenUndeclared++;
        }

        public double accuracy() {
            return declared == 0 ? Double.NaN : right / (double) declared;
        }

        public double precision() {
            return given == 0 ? Double.NaN : right / (double) given;
        }
    }

    private MetadataBench() {
    }

    /**
     * Prints the cross-validated figures of every set and form, the sources' reliability on all pages,
     * and writes the weights learned from all of them to {@code writeTo}, and each page's held-out values
     * to {@code pagesTo} ({@link PageRows}), each when it is not null.
     *
     * @return the cross-validated tallies by set, form and field (and page type)
     */
    public static Map<String, Tally> run(Path evalDir, List<Form> forms, int folds, long seed, Path writeTo, Path pagesTo,
            PrintStream out, PrintStream progress) throws IOException {
        EvalCorpus corpus = EvalCorpus.load(evalDir);
        DomainFolds domains = DomainFolds.of(corpus, folds, seed);
        List<Evidence> pages = typed(gather(corpus, forms, progress), domains, folds, seed);
        if (progress != null) progress.printf("metadata: each page typed by a page-type model trained on the other folds' pages%n");
        PageRows rows = pagesTo == null ? null : new PageRows();
        Map<String, Tally> tallies = crossValidate(pages, domains, folds, rows);
        if (rows != null) {
            rows.write(pagesTo);
            if (progress != null) progress.printf("metadata: wrote each page's held-out values to %s%n", pagesTo);
        }
        out.printf("Metadata, cross-validated by domain (%d folds, seed %d: each fold's sources weighed on the other folds' pages;"
                + " every page typed by a page-type model trained on the other folds' pages)%n%n", folds, seed);
        print(tallies, out);
        MetadataWeights all = learn(pages);
        Map<String, Tally> fitted = new TreeMap<>();
        score(pages, all, fitted);
        out.printf("%nThe weights learned from every page (what the cleaner ships), on those same pages (fitted)%n%n");
        print(fitted, out);
        out.printf("%nSources, as measured on every page (right: the share of pages where the source gives a value on which it is right)%n%n");
        printSources(all, pages, out);
        out.printf("%nWhat else the weights read: each value's shape, and the constant%n%n");
        out.println("| format | field | feature | weight |");
        out.println("|---|---|---|---:|");
        for (Format format : new Format[] {Format.HTML, Format.TEXT}) {
            for (Field field : Field.values()) {
                for (String feature : all.features(format, field)) {
                    if (feature.startsWith(MetadataWeights.FOR) || feature.startsWith(MetadataWeights.AGAINST)) continue;
                    out.printf(Locale.ROOT, "| %s | %s | %s | %+.2f |%n", format.code(), field.label(), feature,
                            all.weight(format, field, feature));
                }
            }
        }
        if (writeTo != null) {
            Files.writeString(writeTo, all.write());
            out.printf("%nWrote the weights to %s%n", writeTo);
        }
        return tallies;
    }

    /** Reads every page of the corpus in every form that exists, two threads. */
    static List<Evidence> gather(EvalCorpus corpus, List<Form> forms, PrintStream progress) {
        return gather(corpus.pages(), forms, progress);
    }

    /** Reads the given pages in every form that exists, two threads. */
    static List<Evidence> gather(List<EvalPage> pages, List<Form> forms, PrintStream progress) {
        List<Evidence> all = new ArrayList<>();
        for (Form form : forms) {
            Evidence[] found = new Evidence[pages.size()];
            try (Workers workers = new Workers(2)) {
                workers.forEach(pages.size(), i -> {
                    EvalPage p = pages.get(i);
                    Path input = p.input(form);
                    if (input == null) return;
                    try {
                        MetadataEvidence.Found f = MetadataEvidence.of(Files.readAllBytes(input));
                        found[i] = new Evidence(p, form, f.format(), f.candidates(), f.site(), f.typeEvidence(), null,
                                MetadataTruth.of(p));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            int n = 0;
            for (Evidence e : found) {
                if (e != null) {
                    all.add(e);
                    n++;
                }
            }
            if (progress != null) progress.printf("metadata: read %d pages as %s%n", n, form.label());
        }
        return all;
    }

    static MetadataWeights learn(List<Evidence> pages) {
        return MetadataLearner.learn(pages);
    }

    /**
     * The pages, each typed by page-type models (one per format, the text one on both renderers' dumps)
     * trained on the other folds' pages, as the cleaner's own model types a page it never saw. The
     * weights are learned and judged on these types, the shipped ones too: at run time the type
     * comes from a model that is sometimes wrong, and the weights should know how often.
     */
    static List<Evidence> typed(List<Evidence> pages, DomainFolds folds, int k, long seed) {
        String[] types = new String[pages.size()];
        for (Format format : new Format[] {Format.HTML, Format.TEXT}) {
            for (int f = 0; f < k; f++) {
                List<float[]> rows = new ArrayList<>();
                List<String> labels = new ArrayList<>();
                for (Evidence e : pages) {
                    if (!typeable(e, format) || folds.fold(e.page()) == f || !PageType.LABELS.contains(e.page().pageType())) continue;
                    rows.add(e.typeEvidence());
                    labels.add(e.page().pageType());
                }
                if (rows.isEmpty()) continue;
                PageTypeModel model = PageTypeTraining.train(rows, labels, format, PageTypeTraining.params(seed), "metadata-types-" + f).model();
                for (int i = 0; i < pages.size(); i++) {
                    Evidence e = pages.get(i);
                    if (typeable(e, format) && folds.fold(e.page()) == f) types[i] = model.classify(e.typeEvidence()).label();
                }
            }
        }
        List<Evidence> out = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) out.add(pages.get(i).withPageType(types[i]));
        return out;
    }

    /** Whether the page carries the format's evidence of its type (an HTML file may hold a text dump). */
    private static boolean typeable(Evidence e, Format format) {
        return e.format() == format && e.typeEvidence() != null
                && e.typeEvidence().length == PageTypeModel.evidenceNames(format).size();
    }

    /**
     * The tallies of every page scored with the weights of the folds it is not in (set, form, field),
     * each page's values also added to {@code rows} when not null.
     */
    static Map<String, Tally> crossValidate(List<Evidence> pages, DomainFolds folds, int k, PageRows rows) {
        Map<String, Tally> tallies = new TreeMap<>();
        for (int f = 0; f < k; f++) {
            int fold = f;
            MetadataWeights weights = learn(filter(pages, e -> folds.fold(e.page()) != fold));
            score(filter(pages, e -> folds.fold(e.page()) == fold), weights, tallies, rows, fold);
        }
        return tallies;
    }

    /** Scores the pages with the weights into tallies keyed by set, form and field. */
    static void score(List<Evidence> pages, MetadataWeights weights, Map<String, Tally> tallies) {
        score(pages, weights, tallies, null, -1);
    }

    private static void score(List<Evidence> pages, MetadataWeights weights, Map<String, Tally> tallies, PageRows rows, int fold) {
        for (Evidence e : pages) {
            for (Field field : Field.values()) {
                MetadataWeights.Choice c = weights.give(e.format(), field, e.candidates(), e.site(), e.pageType());
                boolean declared = e.truth().value(field) != null;
                boolean right = c != null && e.truth().right(field, c.values());
                MetadataWeights.Choice b = weights.best(e.format(), field, e.candidates(), e.site(), e.pageType());
                boolean best = b != null && e.truth().right(field, b.values());
                boolean any = false;
                for (MetadataCandidate x : e.candidates()) any |= x.field() == field && e.truth().right(field, x.values());
                String key = e.page().set() + "\t" + e.form().label() + "\t" + field.label();
                tallies.computeIfAbsent(key, x -> new Tally()).add(declared, c != null, right, any, best);
                if (rows != null) rows.add(e, field, fold, c, b, right, best, any);
                if (e.page().pageType().equals("article") && e.page().set().equals("wcxb-dev")) {
                    tallies.computeIfAbsent(key + "\tarticle", x -> new Tally()).add(declared, c != null, right, any, best);
                }
            }
        }
    }

    private static List<Evidence> filter(List<Evidence> pages, Predicate<Evidence> keep) {
        List<Evidence> out = new ArrayList<>();
        for (Evidence e : pages) if (keep.test(e)) out.add(e);
        return out;
    }

    /** A table of the tallies, one row per set, form and field, in Markdown. */
    static void print(Map<String, Tally> tallies, PrintStream out) {
        out.println("| set | form | field | pages | declared | given | right | accuracy | precision | given where the truth has none | best value right, no threshold | some candidate right |");
        out.println("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        List<String> keys = new ArrayList<>(tallies.keySet());
        keys.sort(Comparator.comparing((String s) -> s.split("\t")[0]).thenComparing(s -> s.split("\t")[1])
                .thenComparing(s -> s.split("\t").length).thenComparing(s -> Field.valueOf(fieldName(s.split("\t")[2])).ordinal()));
        for (String key : keys) {
            String[] p = key.split("\t");
            Tally t = tallies.get(key);
            boolean noTruth = t.declared == 0;
            out.printf(Locale.ROOT, "| %s | %s | %s%s | %d | %d | %d | %s | %s | %s | %s | %s | %s |%n", p[0], p[1], p[2],
                    p.length > 3 ? " (" + p[3] + " pages)" : "", t.pages, t.declared, t.given,
                    noTruth ? "–" : String.valueOf(t.right), noTruth ? "no truth" : pct(t.accuracy()),
                    noTruth ? "no truth" : pct(t.precision()), noTruth ? "–" : String.valueOf(t.givenUndeclared),
                    noTruth ? "–" : pct(t.bestRight / (double) t.declared), noTruth ? "–" : pct(t.anyRight / (double) t.declared));
        }
    }

    private static String fieldName(String label) {
        for (Field f : Field.values()) if (f.label().equals(label)) return f.name();
        throw new IllegalArgumentException(label);
    }

    /** Each source's measured reliability, by format and field, best first: the weights in words. */
    static void printSources(MetadataWeights weights, List<Evidence> pages, PrintStream out) {
        out.println("| format | field | source | pages with a value | right where it gives one | weight for | weight against | threshold |");
        out.println("|---|---|---|---:|---:|---:|---:|---:|");
        Map<String, int[]> counts = new TreeMap<>();
        for (Evidence e : pages) {
            if (e.truth() == MetadataTruth.NONE) continue;
            Map<String, MetadataCandidate> first = new LinkedHashMap<>();
            for (MetadataCandidate c : e.candidates()) first.putIfAbsent(c.field() + "\t" + c.source(), c);
            for (MetadataCandidate c : first.values()) {
                int[] n = counts.computeIfAbsent(e.format().code() + "\t" + c.field().ordinal() + "\t" + c.source(), k -> new int[2]);
                n[0]++;
                if (e.truth().right(c.field(), c.values())) n[1]++;
            }
        }
        List<Map.Entry<String, int[]>> rows = new ArrayList<>(counts.entrySet());
        rows.sort(Comparator.comparing((Map.Entry<String, int[]> r) -> r.getKey().split("\t")[0])
                .thenComparing(r -> r.getKey().split("\t")[1])
                .thenComparing(r -> -r.getValue()[1] / (double) r.getValue()[0]));
        for (Map.Entry<String, int[]> r : rows) {
            String[] p = r.getKey().split("\t");
            Format format = p[0].equals("html") ? Format.HTML : Format.TEXT;
            Field field = Field.values()[Integer.parseInt(p[1])];
            out.printf(Locale.ROOT, "| %s | %s | %s | %d | %s | %+.2f | %+.2f | %.3f |%n", p[0], field.label(), p[2], r.getValue()[0],
                    pct(r.getValue()[1] / (double) r.getValue()[0]), weights.weight(format, field, MetadataWeights.FOR + p[2]),
                    weights.weight(format, field, MetadataWeights.AGAINST + p[2]), weights.threshold(format, field));
        }
    }

    static String pct(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }
}
