package dev.scrapecleaner.learn;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.scrapecleaner.clean.MetadataCandidate.Field;
import dev.scrapecleaner.clean.MetadataText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A page's true title, author and publication date (WCXB's {@code <id>.json}; the article-extraction
 * set has none), and the rules by which a value counts as right: a title has the same words, a date
 * the same day, an author's name is contained in the truth's or contains it.
 */
public record MetadataTruth(String title, String author, String date) {
    static final MetadataTruth NONE = new MetadataTruth(null, null, null);

    /** The truth of a page: its set's {@code <id>.json} beside the truth text, or none. */
    static MetadataTruth of(EvalPage page) throws IOException {
        Path json = page.truth().toAbsolutePath().getParent().resolve(page.id() + ".json");
        if (!Files.isRegularFile(json)) return NONE;
        Map<String, Object> m = JSON.std.mapFrom(Files.readString(json));
        return new MetadataTruth(blank(m.get("title")), blank(m.get("author")), blank(m.get("publishDate")));
    }

    private static String blank(Object o) {
        return o instanceof String s && !s.isBlank() ? s.strip() : null;
    }

    /** The truth's value of a field, null where the page declares none. */
    String value(Field field) {
        return switch (field) {
            case TITLE -> title;
            case AUTHOR -> author;
            case DATE -> date;
        };
    }

    /** Whether the values given for the field are right by the field's rule; false when the truth has none. */
    boolean right(Field field, List<String> values) {
        String truth = value(field);
        if (truth == null || values == null || values.isEmpty()) return false;
        return switch (field) {
            case TITLE -> {
                String t = MetadataText.words(truth);
                yield !t.isEmpty() && t.equals(MetadataText.words(values.get(0)));
            }
            case DATE -> values.get(0).length() >= truth.length() && values.get(0).startsWith(truth)
                    || truth.length() > 10 && values.get(0).length() >= 10 && truth.startsWith(values.get(0).substring(0, 10));
            case AUTHOR -> sameAuthor(truth, values);
        };
    }

    /** The names given, together or each one, are contained in the truth's words, or contain them. */
    static boolean sameAuthor(String truth, List<String> names) {
        String t = " " + MetadataText.words(truth) + " ";
        if (t.isBlank()) return false;
        String all = " " + MetadataText.words(String.join(" ", names)) + " ";
        if (!all.isBlank() && (t.contains(all) || all.contains(t))) return true;
        for (String n : names) {
            String w = " " + MetadataText.words(n) + " ";
            if (w.isBlank() || !t.contains(w)) return false;
        }
        return true;
    }
}
