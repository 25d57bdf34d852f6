package dev.scrapecleaner.clean;

import java.util.List;

/**
 * The clean article: a title and the body paragraphs, verbatim, in page order, once.
 *
 * @param title    the title the metadata's sources make sure enough, or null ({@link Metadata#sources()} says which gave it)
 * @param headline the heading or line the cleaner took as the page's headline and kept out of the body: what the
 *                 page shows, not weighed, so it may be wrong where {@code title} is null
 */
public record Article(String title, String headline, List<String> paragraphs, Metadata metadata) {
    public Article {
        paragraphs = List.copyOf(paragraphs);
        metadata = metadata == null ? Metadata.EMPTY : metadata;
    }

    public static Article empty() {
        return new Article(null, null, List.of(), Metadata.EMPTY);
    }

    /** The body as one string, paragraphs separated by a blank line. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }

    public boolean isEmpty() {
        return paragraphs.isEmpty();
    }
}
