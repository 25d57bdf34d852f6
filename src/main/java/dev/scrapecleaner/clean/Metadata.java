package dev.scrapecleaner.clean;

import java.util.List;
import java.util.Map;

/**
 * Facts about the article besides its text. Any field may be null (a list empty) when the page
 * does not say, or says it in no way the cleaner trusts.
 *
 * @param publishedDate ISO 8601 date or date-time of the publication (not of a modification)
 * @param authors       the people who wrote it, in the page's order
 * @param language      BCP 47 language tag, as declared or detected
 * @param sources       why each chosen field has its value, by field name ({@code title},
 *                      {@code author}, {@code publishedDate}): "title from meta og:title, site name removed"
 */
public record Metadata(String publishedDate, List<String> authors, String siteName, String url, String language,
                       Map<String, String> sources) {
    public static final Metadata EMPTY = new Metadata(null, List.of(), null, null, null, Map.of());

    public Metadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
        sources = sources == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources));
    }

    /** The authors' names joined by ", ", or null when there is none. */
    public String author() {
        return authors.isEmpty() ? null : String.join(", ", authors);
    }

    public Metadata withLanguage(String lang) {
        return new Metadata(publishedDate, authors, siteName, url, lang, sources);
    }
}
