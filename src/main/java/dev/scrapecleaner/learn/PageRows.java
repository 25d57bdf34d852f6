package dev.scrapecleaner.learn;

import dev.scrapecleaner.clean.MetadataCandidate.Field;
import dev.scrapecleaner.clean.MetadataWeights;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code bench --metadata --pages FILE}: one row per page, form and field, as the held-out weights
 * saw it (the truth, the value given, the best value and its chance, every value offered), so that a
 * wrong or missing field can be read page by page instead of guessed from a percentage.
 */
final class PageRows {
    static final String HEADER = String.join("\t", "set", "id", "form", "type", "predicted_type", "fold", "field", "truth",
            "given", "right", "best", "best_source", "chance", "best_right", "some_candidate_right", "candidates");
    private final List<String> rows = new ArrayList<>();

    /** Adds one page's field: {@code given} may be null (nothing sure enough), {@code best} too (nothing offered). */
    void add(MetadataBench.Evidence e, Field field, int fold, MetadataWeights.Choice given, MetadataWeights.Choice best,
            boolean right, boolean bestRight, boolean anyRight) {
        // Each distinct value offered, once, with the sources that offered it: "value <- source; source".
        Set<String> offered = new LinkedHashSet<>();
        for (MetadataWeights.Value v : MetadataWeights.values(field, e.candidates(), e.site(), e.pageType())) {
            offered.add(clean(String.join(", ", v.values())) + " <- " + String.join("; ", v.sources()));
        }
        String truth = e.truth().value(field);
        rows.add(String.join("\t", e.page().set(), e.page().id(), e.form().label(), e.page().pageType(),
                e.pageType() == null ? "" : e.pageType(), String.valueOf(fold), field.label(), truth == null ? "" : clean(truth),
                given == null ? "" : clean(String.join(", ", given.values())), right ? "1" : "0",
                best == null ? "" : clean(String.join(", ", best.values())), best == null ? "" : best.source(),
                best == null ? "" : String.format(Locale.ROOT, "%.3f", best.chance()), bestRight ? "1" : "0", anyRight ? "1" : "0",
                String.join(" | ", offered)));
    }

    /** Tabs and line breaks inside a value would break the row. */
    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.writeString(file, HEADER + "\n" + String.join("\n", rows) + (rows.isEmpty() ? "" : "\n"));
    }
}
