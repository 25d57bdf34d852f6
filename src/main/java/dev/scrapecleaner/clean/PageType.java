package dev.scrapecleaner.clean;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What kind of page a scrape is, as the page-type model reads it from the page's own evidence:
 * one of WCXB's seven types, with the model's probability for each. An ingest routes on it (a
 * news pipeline expects articles); the content model reads the same evidence, so that a forum's
 * posts or a listing's items are kept as what they are.
 *
 * @param label         the most probable type, or null when the page was not typed (unreadable
 *                      input, or a cleaner without a page-type model)
 * @param confidence    the model's probability of {@code label}, 0 when untyped
 * @param probabilities every type's probability, in the order of {@link #LABELS}; empty when untyped
 */
public record PageType(String label, double confidence, Map<String, Double> probabilities) {
    /** WCXB's page types, in the order the model's outputs are stored. */
    public static final List<String> LABELS = List.of("article", "collection", "documentation", "forum", "listing",
            "product", "service");

    /** A page that was not typed. */
    public static final PageType UNTYPED = new PageType(null, 0, Map.of());

    public PageType {
        probabilities = probabilities == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(probabilities));
    }

    /** The type of highest probability among {@code p}, given in the order of {@link #LABELS}. */
    public static PageType of(double[] p) {
        if (p.length != LABELS.size()) throw new IllegalArgumentException("expected " + LABELS.size() + " probabilities");
        Map<String, Double> byLabel = new LinkedHashMap<>();
        int best = 0;
        for (int i = 0; i < p.length; i++) {
            byLabel.put(LABELS.get(i), p[i]);
            if (p[i] > p[best]) best = i;
        }
        return new PageType(LABELS.get(best), p[best], byLabel);
    }

    public boolean typed() {
        return label != null;
    }
}
