package dev.scrapecleaner.clean;

import java.util.List;

/**
 * One value a page offers for a metadata field, with where it was read: the evidence the
 * {@link MetadataWeights} weigh against each other. The source is a short printable name
 * ({@code og:title, site suffix removed}, {@code JSON-LD Article.author}, {@code byline under the h1}).
 *
 * @param values the value as one string for a title or a date (an ISO 8601 date for a date); one
 *               name each for an author
 * @param traits what the candidate's place says about it beyond its source, weighed as its shape
 *               (a text dump's line: "most of its words in the article"); empty for most sources
 */
public record MetadataCandidate(Field field, String source, List<String> values, List<String> traits) {
    /** The fields the cleaner reads from what a page declares and weighs. */
    public enum Field {
        TITLE("title"), AUTHOR("author"), DATE("publishedDate");

        private final String label;

        Field(String label) {
            this.label = label;
        }

        /** The field's name in the article document. */
        public String label() {
            return label;
        }
    }

    public MetadataCandidate(Field field, String source, List<String> values) {
        this(field, source, values, List.of());
    }

    public MetadataCandidate {
        values = List.copyOf(values);
        traits = List.copyOf(traits);
        if (values.isEmpty()) throw new IllegalArgumentException("a candidate has a value");
    }

    /** The single value of a title or date candidate; the names joined with ", " for an author. */
    public String value() {
        return String.join(", ", values);
    }

    /**
     * What two candidates that say the same thing share: a title's words in lower case, a date's day,
     * an author's names in lower case. Candidates with the same key vote together.
     */
    public String key() {
        return switch (field) {
            case TITLE -> MetadataText.words(values.get(0));
            case DATE -> values.get(0).length() >= 10 ? values.get(0).substring(0, 10) : values.get(0);
            case AUTHOR -> MetadataText.words(String.join(" ", values));
        };
    }
}
