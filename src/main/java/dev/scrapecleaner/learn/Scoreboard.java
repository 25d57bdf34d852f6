package dev.scrapecleaner.learn;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.scrapecleaner.clean.PageType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * Scores predicted bodies page by page and averages the scores per set, form and page type as
 * {@code score.py}'s {@code summarise} does, with their spread over the cross-validation folds. A set of
 * the article-extraction benchmark is reported with its shingle metric (and word F1 beside it), a
 * WCXB set with WCXB's word metric. Safe to fill from several threads.
 */
public final class Scoreboard {
    private final List<Row> rows = new ArrayList<>();
    private final Set<String> added = new HashSet<>();
    private final Map<Path, String> truths = new HashMap<>();

    /**
     * Scores one prediction of a page read in one form and files it under its fold.
     *
     * @throws IllegalArgumentException when this page and form were added already
     */
    public synchronized void add(EvalPage page, Form form, int fold, String prediction) {
        add(page, form, fold, prediction, null);
    }

    /**
     * As {@link #add(EvalPage, Form, int, String)}, with the type the cleaner gave the page (null where
     * it is not known), which {@link #pagesTsv} lists beside WCXB's: a change to the page types is
     * judged by the pages it retyped.
     */
    public synchronized void add(EvalPage page, Form form, int fold, String prediction, PageType typed) {
        Objects.requireNonNull(form, "form");
        if (!added.add(page.set() + "/" + page.id() + "/" + form)) {
            throw new IllegalArgumentException(
                    page.set() + "/" + page.id() + " in form " + form.label() + " is scored already");
        }
        String truth = truths.computeIfAbsent(page.truth(), p -> page.truthText());
        double[] shingles = PageScores.shingles(truth, prediction);
        double[] words = PageScores.words(truth, prediction);
        rows.add(new Row(page.set(), page.id(), form, page.pageType(), fold,
                PageScores.precision(shingles), PageScores.recall(shingles), words[0], words[1], words[2],
                PageScores.hasDuplicateParagraph(prediction),
                PageScores.snippetShare(prediction, page.with()), PageScores.snippetShare(prediction, page.without()), prediction,
                typed));
    }

    /**
     * Writes every scored page's predicted article to {@code dir/<set>/<form>/<id>.txt}: the held-out
     * articles, to read beside the truth where a page's figures fall.
     *
     * @return how many articles were written
     */
    public synchronized int writeArticles(Path dir) throws IOException {
        for (Row r : rows) {
            Path file = dir.resolve(r.set()).resolve(r.form().label()).resolve(r.id() + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, r.prediction(), StandardCharsets.UTF_8);
        }
        return rows.size();
    }

    /**
     * Every scored page, one a line (tab-separated, with a header): its set, id, form, type and fold,
     * F1, precision and recall in its set's metric, and the type the cleaner gave it with its probability
     * (empty where not known or untyped); for finding the pages a change moved.
     */
    public synchronized String pagesTsv() {
        StringBuilder sb = new StringBuilder("set\tid\tform\ttype\tfold\tf1\tprecision\trecall\ttyped\ttyped_confidence\n");
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(Row::set).thenComparing(Row::form).thenComparing(Row::id));
        for (Row r : sorted) {
            double p = wordsMetric(r.set()) ? r.wordP() : r.shingleP();
            double rc = wordsMetric(r.set()) ? r.wordR() : r.shingleR();
            double f = wordsMetric(r.set()) ? r.wordF() : (p + rc > 0 ? 2 * p * rc / (p + rc) : 0);
            sb.append(r.set()).append('\t').append(r.id()).append('\t').append(r.form().label()).append('\t')
                    .append(r.pageType() == null ? "" : r.pageType()).append('\t').append(r.fold()).append('\t')
                    .append(num(f)).append('\t').append(num(p)).append('\t').append(num(rc)).append('\t');
            boolean typed = r.typed() != null && r.typed().label() != null;
            sb.append(typed ? r.typed().label() : "").append('\t').append(typed ? num(r.typed().confidence()) : "").append('\n');
        }
        return sb.toString();
    }

    /** The group's F1 in its set's metric over all its pages; NaN for a group without pages. */
    public synchronized double f1(String set, Form form, String pageTypeOrNull) {
        List<Row> group = group(set, form, pageTypeOrNull);
        return group.isEmpty() ? Double.NaN : Summary.of(group).main().f1();
    }

    /** The sample standard deviation of the group's F1 over its folds; NaN with fewer than two folds. */
    public synchronized double foldSpread(String set, Form form, String pageTypeOrNull) {
        return Spread.of(group(set, form, pageTypeOrNull)).sd();
    }

    /** The number of pages scored in the group. */
    public synchronized int pages(String set, Form form, String pageTypeOrNull) {
        return group(set, form, pageTypeOrNull).size();
    }

    /**
     * The figures as a Markdown table, its columns padded so that it reads in a terminal too: a row
     * per set and form, and under it a row per page type where the set has several.
     */
    public synchronized String table() {
        List<List<String>> cells = new ArrayList<>();
        cells.add(List.of("set", "form", "type", "metric", "pages", "F1", "P", "R", "fold sd", "fold range",
                "word F1", "with", "without", "dup"));
        for (GroupKey key : groups()) {
            List<Row> group = group(key.set(), key.form(), key.pageType());
            Summary s = Summary.of(group);
            Spread spread = Spread.of(group);
            boolean head = key.pageType() == null;
            cells.add(List.of(head ? key.set() : "", head ? key.form().label() : "", head ? "all" : "· " + key.pageType(),
                    s.metric(), Integer.toString(s.pages()), num(s.main().f1()), num(s.main().precision()),
                    num(s.main().recall()), Double.isNaN(spread.sd()) ? "" : "±" + num(spread.sd()),
                    spread.f1().isEmpty() ? "" : "[" + num(spread.min()) + "–" + num(spread.max()) + "]",
                    s.usesWords() ? "" : num(s.words().f1()), num(s.with()), num(s.without()), num(s.dup())));
        }
        return markdown(cells);
    }

    /**
     * All figures as one JSON object, {@code {"groups": [...]}}, with one group for each row of the
     * table. A figure that is undefined (no snippets, a single fold) is null.
     */
    public synchronized String json() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (GroupKey key : groups()) {
            List<Row> group = group(key.set(), key.form(), key.pageType());
            Summary s = Summary.of(group);
            Spread spread = Spread.of(group);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("set", key.set());
            m.put("form", key.form().label());
            m.put("pageType", key.pageType());
            m.put("metric", s.metric());
            m.put("pages", s.pages());
            m.put("f1", finite(s.main().f1()));
            m.put("precision", finite(s.main().precision()));
            m.put("recall", finite(s.main().recall()));
            m.put("shingles", s.shingles().toMap());
            m.put("words", s.words().toMap());
            m.put("with", finite(s.with()));
            m.put("without", finite(s.without()));
            m.put("dup", finite(s.dup()));
            Map<String, Object> folds = new LinkedHashMap<>();
            folds.put("sd", finite(spread.sd()));
            folds.put("min", finite(spread.min()));
            folds.put("max", finite(spread.max()));
            Map<String, Object> perFold = new LinkedHashMap<>();
            spread.f1().forEach((fold, f1) -> perFold.put(Integer.toString(fold), finite(f1)));
            folds.put("f1", perFold);
            m.put("folds", folds);
            out.add(m);
        }
        try {
            return JSON.std.with(JSON.Feature.WRITE_NULL_PROPERTIES).asString(Map.of("groups", out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The summary of one group, for tests that compare it with score.py. */
    synchronized Summary summary(String set, Form form, String pageTypeOrNull) {
        return Summary.of(group(set, form, pageTypeOrNull));
    }

    private List<Row> group(String set, Form form, String pageTypeOrNull) {
        return rows.stream().filter(r -> r.set().equals(set) && r.form() == form)
                .filter(r -> pageTypeOrNull == null || r.pageType().equals(pageTypeOrNull)).toList();
    }

    /** The table's rows in order: sets by name, forms in declaration order, page types by name. */
    private List<GroupKey> groups() {
        Map<String, Map<Form, TreeSet<String>>> types = new TreeMap<>();
        for (Row r : rows) {
            types.computeIfAbsent(r.set(), s -> new TreeMap<>())
                    .computeIfAbsent(r.form(), f -> new TreeSet<>()).add(r.pageType());
        }
        List<GroupKey> keys = new ArrayList<>();
        types.forEach((set, forms) -> forms.forEach((form, pageTypes) -> {
            keys.add(new GroupKey(set, form, null));
            if (pageTypes.size() > 1) pageTypes.forEach(t -> keys.add(new GroupKey(set, form, t)));
        }));
        return keys;
    }

    private static String markdown(List<List<String>> cells) {
        int[] width = new int[cells.get(0).size()];
        for (List<String> row : cells) {
            for (int i = 0; i < width.length; i++) width[i] = Math.max(width[i], Math.max(3, row.get(i).length()));
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < cells.size(); r++) {
            out.append('|');
            for (int i = 0; i < width.length; i++) {
                String cell = cells.get(r).get(i);
                String pad = " ".repeat(width[i] - cell.length());
                out.append(' ').append(i < 4 ? cell + pad : pad + cell).append(" |");
            }
            out.append('\n');
            if (r == 0) {
                out.append('|');
                for (int i = 0; i < width.length; i++) {
                    out.append(i < 4 ? "-".repeat(width[i] + 2) : "-".repeat(width[i] + 1) + ":").append('|');
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String num(double x) {
        return Double.isNaN(x) ? "" : String.format(Locale.ROOT, "%.3f", x);
    }

    private static Double finite(double x) {
        return Double.isFinite(x) ? x : null;
    }

    /** A set of the article-extraction benchmark is scored with shingles; a WCXB set with words. */
    static boolean wordsMetric(String set) {
        return set.startsWith("wcxb");
    }

    private record GroupKey(String set, Form form, String pageType) {
    }

    /** One scored page: shingle precision and recall are NaN where score.py leaves them out of the mean. */
    private record Row(String set, String id, Form form, String pageType, int fold, double shingleP, double shingleR,
            double wordP, double wordR, double wordF, boolean dup, double with, double without, String prediction, PageType typed) {
    }

    /** F1, precision and recall of one metric. */
    record Prf(double f1, double precision, double recall) {
        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("f1", finite(f1));
            m.put("precision", finite(precision));
            m.put("recall", finite(recall));
            return m;
        }
    }

    /**
     * A group's figures as score.py's {@code summarise} gives them: for shingles, F1 of the mean
     * precision and mean recall (each over the pages where it is defined); for words, the means of the
     * per-page figures. Snippet shares average over the pages that have snippets (NaN for none).
     */
    record Summary(int pages, boolean usesWords, Prf shingles, Prf words, double with, double without, double dup) {
        static Summary of(List<Row> rows) {
            if (rows.isEmpty()) {
                Prf none = new Prf(Double.NaN, Double.NaN, Double.NaN);
                return new Summary(0, false, none, none, Double.NaN, Double.NaN, Double.NaN);
            }
            double p = meanOr(rows, Row::shingleP, 0.0);
            double r = meanOr(rows, Row::shingleR, 0.0);
            Prf shingles = new Prf(p + r > 0 ? 2 * p * r / (p + r) : 0.0, p, r);
            Prf words = new Prf(meanOr(rows, Row::wordF, 0.0), meanOr(rows, Row::wordP, 0.0), meanOr(rows, Row::wordR, 0.0));
            return new Summary(rows.size(), wordsMetric(rows.get(0).set()), shingles, words,
                    meanOr(rows, Row::with, Double.NaN), meanOr(rows, Row::without, Double.NaN),
                    meanOr(rows, row -> row.dup() ? 1.0 : 0.0, Double.NaN));
        }

        /** The figures of the set's own metric. */
        Prf main() {
            return usesWords ? words : shingles;
        }

        String metric() {
            return usesWords ? "words" : "shingles";
        }
    }

    /** A group's F1 per fold (each from that fold's pages alone), and their spread. */
    record Spread(SortedMap<Integer, Double> f1, double sd, double min, double max) {
        static Spread of(List<Row> rows) {
            SortedMap<Integer, List<Row>> byFold = new TreeMap<>();
            for (Row r : rows) byFold.computeIfAbsent(r.fold(), f -> new ArrayList<>()).add(r);
            SortedMap<Integer, Double> f1 = new TreeMap<>();
            byFold.forEach((fold, foldRows) -> f1.put(fold, Summary.of(foldRows).main().f1()));
            double mean = f1.values().stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            double squares = f1.values().stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
            double sd = f1.size() < 2 ? Double.NaN : Math.sqrt(squares / (f1.size() - 1));
            return new Spread(f1, sd, f1.values().stream().min(Comparator.naturalOrder()).orElse(Double.NaN),
                    f1.values().stream().max(Comparator.naturalOrder()).orElse(Double.NaN));
        }
    }

    /** The mean of the values that are not NaN, or {@code none} when there are none. */
    private static double meanOr(List<Row> rows, ToDoubleFunction<Row> value, double none) {
        double sum = 0;
        int n = 0;
        for (Row r : rows) {
            double x = value.applyAsDouble(r);
            if (!Double.isNaN(x)) {
                sum += x;
                n++;
            }
        }
        return n == 0 ? none : sum / n;
    }
}
