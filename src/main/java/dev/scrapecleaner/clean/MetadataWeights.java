package dev.scrapecleaner.clean;

import dev.scrapecleaner.clean.MetadataCandidate.Field;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How much each source of a metadata field counts, and how sure a value must be to be given at
 * all. The candidates of a field that say the same thing form a value; a value's chance of being
 * right is a logistic function of which sources give it (a weight each) and which give another
 * value (a weight each, for dissent), learned from the shared pages ({@code bench --metadata});
 * the value with the best chance wins, and it is given only at or above the field's threshold: a
 * wrong value is worse than none.
 */
public final class MetadataWeights {
    private static final String RESOURCE = "metadata-weights.tsv";
    /** Feature names: a source that gives the value, one that gives another, and the constant. */
    public static final String FOR = "for ";
    public static final String AGAINST = "against ";
    public static final String BIAS = "bias";
    public static final String SHAPE = "shape: ";
    /** The page's type, as the page-type model names it: a product or a service page seldom has an author or a date to give. */
    public static final String TYPE = "page type: ";
    private final Map<String, Double> weights;
    private final Map<String, Double> thresholds;

    /**
     * @param weights    by {@link #key(Format, Field, String)} of a feature ({@code for <source>},
     *                   {@code against <source>}, {@code bias}); a feature not in the map weighs 0
     * @param thresholds by {@link #key(Format, Field, String)} with a null feature; a field without one is never given
     */
    public MetadataWeights(Map<String, Double> weights, Map<String, Double> thresholds) {
        this.weights = new TreeMap<>(weights);
        this.thresholds = new TreeMap<>(thresholds);
    }

    public static String key(Format format, Field field, String feature) {
        return format.code() + "\t" + field.label() + (feature == null ? "" : "\t" + feature);
    }

    /** The table this version ships, learned from every shared page. */
    public static MetadataWeights bundled() {
        return Bundled.WEIGHTS;
    }

    private static final class Bundled {
        static final MetadataWeights WEIGHTS = load();

        private static MetadataWeights load() {
            try (InputStream in = MetadataWeights.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("the metadata weights " + RESOURCE + " are missing from the jar");
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reads the table {@link #write()} writes. */
    public static MetadataWeights parse(String text) {
        Map<String, Double> w = new LinkedHashMap<>();
        Map<String, Double> t = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f[0].equals("threshold") && f.length == 4) {
                t.put(f[1] + "\t" + f[2], Double.parseDouble(f[3]));
            } else if (f[0].equals("weight") && f.length == 5) {
                w.put(f[1] + "\t" + f[2] + "\t" + f[3], Double.parseDouble(f[4]));
            } else {
                throw new IllegalArgumentException("not a line of a metadata weights table: " + line);
            }
        }
        return new MetadataWeights(w, t);
    }

    /** The table as text, sorted, so that the same weights always write the same bytes. */
    public String write() {
        StringBuilder sb = new StringBuilder();
        sb.append("# How much each metadata source counts for (or, giving another value, against) a value, and each field's threshold.\n");
        sb.append("# Learned from the shared pages by: java -jar target/scrape-cleaner.jar bench --metadata --write\n");
        thresholds.forEach((k, v) -> sb.append("threshold\t").append(k).append('\t').append(String.format(Locale.ROOT, "%.4f", v)).append('\n'));
        weights.forEach((k, v) -> {
            if (Math.abs(v) >= 0.0005) sb.append("weight\t").append(k).append('\t').append(String.format(Locale.ROOT, "%.3f", v)).append('\n');
        });
        return sb.toString();
    }

    public double weight(Format format, Field field, String feature) {
        return weights.getOrDefault(key(format, field, feature), 0.0);
    }

    /** The features the weights name for a format and field, sorted. */
    public List<String> features(Format format, Field field) {
        String prefix = key(format, field, "");
        List<String> out = new ArrayList<>();
        for (String k : weights.keySet()) if (k.startsWith(prefix)) out.add(k.substring(prefix.length()));
        return out;
    }

    public double threshold(Format format, Field field) {
        return thresholds.getOrDefault(key(format, field, null), 1.0);
    }

    /**
     * Whether the field's values are scored on the page's type. The author and the date are: WCXB's
     * truth names them on articles and forum threads and seldom elsewhere, whatever a product or a
     * service page declares. The title is not: it is chosen before the page is typed (the type's
     * evidence reads it), and the type did not help choose it.
     */
    public static boolean readsPageType(Field field) {
        return field != Field.TITLE;
    }

    /**
     * Each distinct value the candidates give for the field, with the features it is scored on:
     * the sources that give it and the sources that give another, its {@link #shape}, and for the
     * fields that {@link #readsPageType read it} the page's type.
     *
     * @param site     the site's name, when the page gives one
     * @param pageType the page's type label, or null for an untyped page
     */
    public static List<Value> values(Field field, List<MetadataCandidate> candidates, String site, String pageType) {
        Map<String, List<MetadataCandidate>> groups = new LinkedHashMap<>();
        Set<String> allSources = new LinkedHashSet<>();
        for (MetadataCandidate c : candidates) {
            if (c.field() != field || c.key().isEmpty()) continue;
            groups.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
            allSources.add(c.source());
        }
        List<Value> values = new ArrayList<>();
        for (List<MetadataCandidate> group : groups.values()) {
            Set<String> sources = new LinkedHashSet<>();
            for (MetadataCandidate c : group) sources.add(c.source());
            Set<String> others = new LinkedHashSet<>(allSources);
            others.removeAll(sources);
            List<String> features = new ArrayList<>();
            features.add(BIAS);
            for (String s : sources) features.add(FOR + s);
            for (String s : others) features.add(AGAINST + s);
            features.addAll(shape(field, group.get(0), groups.keySet(), site));
            if (field == Field.TITLE && isLastSegment(group.get(0).key(), candidates)) features.add(SHAPE + "a declared title's last segment");
            Set<String> traits = new LinkedHashSet<>();
            for (MetadataCandidate c : group) traits.addAll(c.traits());
            for (String t : traits) features.add(SHAPE + t);
            if (pageType != null && readsPageType(field)) features.add(TYPE + pageType);
            values.add(new Value(field, group.get(0).values(), List.copyOf(sources), features, List.copyOf(group)));
        }
        return values;
    }

    /**
     * What the value looks like, as features: a title of one word, or the site's name, or one that
     * still holds a separator, or a part of another value, is seldom the headline; a date that is the
     * page's earliest of several days is more often its publication's than its latest; a value the
     * page offers alone is surer than one among several.
     */
    static List<String> shape(Field field, MetadataCandidate c, Set<String> keys, String site) {
        List<String> f = new ArrayList<>();
        String key = c.key();
        int words = key.isEmpty() ? 0 : key.split(" ").length;
        switch (field) {
            case TITLE -> {
                if (words == 1) f.add(SHAPE + "one word");
                else if (words <= 3) f.add(SHAPE + "two or three words");
                else if (words > 20) f.add(SHAPE + "over twenty words");
                String siteWords = site == null ? "" : MetadataText.words(site);
                if (!siteWords.isEmpty() && key.replace(" ", "").equals(siteWords.replace(" ", ""))) f.add(SHAPE + "the site's name");
                else if (!siteWords.isEmpty() && key.contains(siteWords)) f.add(SHAPE + "holds the site's name");
                String v = c.values().get(0);
                if (v.contains(" | ") || v.contains(" - ") || v.contains(" – ") || v.contains(" — ") || v.contains(" · ")
                        || v.contains(" :: ") || v.contains(" • ")) {
                    f.add(SHAPE + "holds a separator");
                }
                for (String other : keys) {
                    if (other.equals(key) || other.isEmpty()) continue;
                    if ((" " + other + " ").contains(" " + key + " ")) {
                        f.add(SHAPE + "part of another value");
                        break;
                    }
                }
                for (String other : keys) {
                    if (other.equals(key) || other.isEmpty()) continue;
                    if ((" " + key + " ").contains(" " + other + " ")) {
                        f.add(SHAPE + "holds another value");
                        break;
                    }
                }
            }
            case AUTHOR -> {
                if (c.values().size() > 1) f.add(SHAPE + "several names");
                if (words == 1) f.add(SHAPE + "one word");
            }
            case DATE -> {
                if (c.values().get(0).length() > 10) f.add(SHAPE + "with a time");
                // A page's first day is its publication's more often than its last, which is an update's or a comment's.
                if (keys.size() > 1) {
                    boolean earliest = true;
                    boolean latest = true;
                    for (String other : keys) {
                        if (other.length() != key.length() || other.equals(key)) continue;
                        if (other.compareTo(key) < 0) earliest = false;
                        else latest = false;
                    }
                    if (earliest) f.add(SHAPE + "the earliest of several days");
                    if (latest) f.add(SHAPE + "the latest of several days");
                }
            }
        }
        if (keys.size() == 1) f.add(SHAPE + "the only value");
        return f;
    }

    /**
     * Whether the title is, or is within, what a declared title ends with after a separator
     * ("Ownership - The Rust Book" ends with "The Rust Book"; "Thread / Discussion / Arch Linux Forums"
     * holds "Arch Linux"): a site's or a section's name, which a page's h1 often holds too.
     */
    static boolean isLastSegment(String key, List<MetadataCandidate> candidates) {
        if (key.isEmpty()) return false;
        for (MetadataCandidate c : candidates) {
            if (c.field() != Field.TITLE) continue;
            String whole = c.key();
            if (whole.length() > key.length() && whole.contains(key)) {
                String v = c.values().get(0);
                for (String sep : HtmlMetadataSources.SEPARATORS) {
                    int i = v.lastIndexOf(sep);
                    if (i > 0 && (" " + MetadataText.words(v.substring(i + sep.length())) + " ").contains(" " + key + " ")) return true;
                }
            }
        }
        return false;
    }

    /** One value a page gives for a field, the sources that give it, its features, and the candidates that say it. */
    public record Value(Field field, List<String> values, List<String> sources, List<String> features,
                        List<MetadataCandidate> candidates) {
    }

    /** The value's chance of being right: the logistic function of its features' weights. */
    public double chance(Format format, Value v) {
        double z = 0;
        for (String f : v.features()) z += weight(format, v.field(), f);
        return 1 / (1 + Math.exp(-z));
    }

    /** The value the candidates support best (see {@link #values}), with its chance and the reason, whether or not it reaches the threshold; null when there is none. */
    public Choice best(Format format, Field field, List<MetadataCandidate> candidates, String site, String pageType) {
        Choice best = null;
        for (Value v : values(field, candidates, site, pageType)) {
            double chance = chance(format, v);
            if (best == null || chance > best.chance()) {
                // The source that counts most for it leads the reason.
                String lead = v.sources().get(0);
                for (String s : v.sources()) if (weight(format, field, FOR + s) > weight(format, field, FOR + lead)) lead = s;
                List<String> others = new ArrayList<>(v.sources());
                others.remove(lead);
                // The value as the leading source writes it; a date in its fullest form (a time and zone) among those of that day.
                List<String> values = v.values();
                String form = null;
                for (MetadataCandidate c : v.candidates()) if (c.source().equals(lead)) values = c.values();
                if (field == Field.DATE) {
                    for (MetadataCandidate c : v.candidates()) {
                        if (c.values().get(0).length() > values.get(0).length()) {
                            values = c.values();
                            form = c.source();
                        }
                    }
                }
                best = new Choice(field, values, chance, lead, others, form,
                        pageType != null && readsPageType(field) ? pageType : null);
            }
        }
        return best;
    }

    /** The value to give for the field (see {@link #values}), or null when none is sure enough. */
    public Choice choose(Format format, Field field, List<MetadataCandidate> candidates, String site, String pageType) {
        Choice c = best(format, field, candidates, site, pageType);
        return c != null && c.chance() >= threshold(format, field) ? c : null;
    }

    /**
     * What the cleaner gives for the field: the {@link #choose chosen} value, except a text dump's
     * title, which is its likeliest line even when none is sure enough. A dump declares no title to
     * weigh its lines against, and its reader takes the likeliest line as one (the seed scrape's
     * contract); its chance says how sure it is.
     */
    public Choice give(Format format, Field field, List<MetadataCandidate> candidates, String site, String pageType) {
        return format == Format.TEXT && field == Field.TITLE
                ? best(format, field, candidates, site, pageType)
                : choose(format, field, candidates, site, pageType);
    }

    /**
     * A value chosen for a field.
     *
     * @param chance   its chance of being right, by the weights
     * @param source   the source that counts most for it
     * @param agreeing the other sources that gave the same value
     * @param form     the source whose fuller form of the same day (a time and zone) is given, or null
     * @param pageType the page's type the chance was weighed with, or null
     */
    public record Choice(Field field, List<String> values, double chance, String source, List<String> agreeing, String form,
                         String pageType) {
        /** Why this value: "title from meta og:title, site name removed (also <h1>, the only one)". */
        public String reason() {
            return field.label() + " from " + source + (agreeing.isEmpty() ? "" : " (also " + String.join("; ", agreeing) + ")")
                    + (form == null ? "" : "; time and zone as " + form + " gives them")
                    + (pageType == null ? "" : "; on a page typed " + pageType);
        }
    }
}
