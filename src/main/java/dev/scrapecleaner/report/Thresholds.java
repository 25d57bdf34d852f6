package dev.scrapecleaner.report;

import dev.scrapecleaner.clean.PageType;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every threshold the verdict uses, in one place, each overridable by an environment variable
 * that template.yaml sets (the core reads a map, so the command line and tests set them too).
 *
 * @param minWords           {@code MIN_WORDS} (50): fewer words is {@code too-short}, a review
 * @param mostlyBoilerplate  {@code MOSTLY_BOILERPLATE} (0.97): share of the page's characters removed above which the page is flagged
 * @param mostlyDuplicate    {@code MOSTLY_DUPLICATE} (0.6): share of the page's non-boilerplate characters that were in-page
 *                           repeats (a whole double capture is about 0.5)
 * @param encodingDamage     {@code ENCODING_DAMAGE} (0.01): share of the article's characters that are replacement characters or mojibake
 * @param reviewBelow        {@code REVIEW_BELOW_SCORE} (0.5): an article scoring less is reviewed even without a flag that says so
 * @param expectedLanguages  {@code EXPECTED_LANGUAGES} (empty: any): comma-separated primary language subtags, such as {@code en,de}
 * @param expectedPageTypes  {@code EXPECTED_PAGE_TYPES} ({@code article}): the page types an ingest takes, among
 *                           {@link PageType#LABELS}; {@code *} or {@code any} for all of them
 * @param pageTypeConfidence {@code PAGE_TYPE_CONFIDENCE} (0.5): the least confidence at which a page typed outside
 *                           {@code expectedPageTypes} is flagged {@code unexpected-page-type}
 */
public record Thresholds(int minWords, double mostlyBoilerplate, double mostlyDuplicate, double encodingDamage,
                         double reviewBelow, Set<String> expectedLanguages, Set<String> expectedPageTypes,
                         double pageTypeConfidence) {
    public static final Thresholds DEFAULT = new Thresholds(50, 0.97, 0.6, 0.01, 0.5, Set.of(), Set.of("article"), 0.5);

    public Thresholds {
        expectedLanguages = Set.copyOf(expectedLanguages);
        expectedPageTypes = Set.copyOf(expectedPageTypes);
    }

    /** The thresholds from environment variables, the defaults for those not set; a bad value is an error that names it. */
    public static Thresholds fromEnv(Map<String, String> env) {
        String types = env.get("EXPECTED_PAGE_TYPES");
        return new Thresholds(
                (int) number(env, "MIN_WORDS", DEFAULT.minWords, 0, 100_000),
                number(env, "MOSTLY_BOILERPLATE", DEFAULT.mostlyBoilerplate, 0, 1),
                number(env, "MOSTLY_DUPLICATE", DEFAULT.mostlyDuplicate, 0, 1),
                number(env, "ENCODING_DAMAGE", DEFAULT.encodingDamage, 0, 1),
                number(env, "REVIEW_BELOW_SCORE", DEFAULT.reviewBelow, 0, 1),
                languages(env.get("EXPECTED_LANGUAGES")),
                types == null || types.isBlank() ? DEFAULT.expectedPageTypes : pageTypes(types),
                number(env, "PAGE_TYPE_CONFIDENCE", DEFAULT.pageTypeConfidence, 0, 1));
    }

    /** These thresholds with other expected page types ({@link #pageTypes} reads a list given on a command line). */
    public Thresholds withExpectedPageTypes(Set<String> types) {
        return new Thresholds(minWords, mostlyBoilerplate, mostlyDuplicate, encodingDamage, reviewBelow, expectedLanguages,
                types, pageTypeConfidence);
    }

    /**
     * A page the ingest did not ask for: typed, of a type outside {@link #expectedPageTypes}, and
     * typed with at least {@link #pageTypeConfidence}. An untyped page never is: with no evidence
     * of its type, it is judged as an article, as before page types.
     */
    public boolean unexpected(PageType type) {
        return type.typed() && !expectedPageTypes.contains(type.label()) && type.confidence() >= pageTypeConfidence;
    }

    /**
     * A comma-separated list of page types ({@code article,forum}, any case), or {@code *} or
     * {@code any} alone for every type; anything else is an error that lists the valid labels.
     */
    public static Set<String> pageTypes(String list) {
        Set<String> types = new LinkedHashSet<>();
        for (String s : list.split(",", -1)) types.add(s.strip().toLowerCase(Locale.ROOT));
        if (types.size() == 1 && (types.contains("*") || types.contains("any"))) return Set.copyOf(PageType.LABELS);
        for (String t : types) {
            if (!PageType.LABELS.contains(t)) {
                throw new IllegalArgumentException("EXPECTED_PAGE_TYPES takes a comma-separated list of the page types "
                        + String.join(", ", PageType.LABELS) + ", or '*' (or 'any') alone for every type; '"
                        + t + "' in '" + list + "' is none of these.");
            }
        }
        return Set.copyOf(types);
    }

    private static double number(Map<String, String> env, String name, double def, double min, double max) {
        String v = env.get(name);
        if (v == null || v.isBlank()) return def;
        try {
            double d = Double.parseDouble(v.strip());
            if (!(d >= min && d <= max)) throw new NumberFormatException(); // NaN too
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number from " + min + " to " + max + ", not '" + v + "'.");
        }
    }

    private static Set<String> languages(String v) {
        if (v == null || v.isBlank()) return Set.of();
        return Arrays.stream(v.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
