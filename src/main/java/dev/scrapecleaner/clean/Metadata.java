package dev.scrapecleaner.clean;

/**
 * Facts about the article besides its text. Any field may be null when the page does not say.
 *
 * @param publishedDate ISO 8601 date or date-time
 * @param language      BCP 47 language tag, as declared or detected
 */
public record Metadata(String publishedDate, String author, String siteName, String url, String language) {
    public static final Metadata EMPTY = new Metadata(null, null, null, null, null);

    public Metadata withLanguage(String lang) {
        return new Metadata(publishedDate, author, siteName, url, lang);
    }
}
