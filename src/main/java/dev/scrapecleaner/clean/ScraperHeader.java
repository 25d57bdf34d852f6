package dev.scrapecleaner.clean;

/**
 * The line a scraper puts in front of a text dump, such as {@code date 2026-01-19 403}: when it
 * fetched the page and what HTTP status it got. Either field may be null.
 */
public record ScraperHeader(String fetchDate, Integer httpStatus) {
    public boolean isHttpError() {
        return httpStatus != null && httpStatus >= 400;
    }
}
