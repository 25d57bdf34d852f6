package dev.scrapecleaner.clean;

import java.util.List;

/** The clean article: a title and the body paragraphs, verbatim, in page order, once. */
public record Article(String title, List<String> paragraphs, Metadata metadata) {
    public Article {
        paragraphs = List.copyOf(paragraphs);
        metadata = metadata == null ? Metadata.EMPTY : metadata;
    }

    public static Article empty() {
        return new Article(null, List.of(), Metadata.EMPTY);
    }

    /** The body as one string, paragraphs separated by a blank line. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }

    public boolean isEmpty() {
        return paragraphs.isEmpty();
    }
}
