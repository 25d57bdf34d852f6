package dev.scrapecleaner.dedupe;

/**
 * What the duplicate index said about one article.
 *
 * @param status     {@code unique}, {@code exact} or {@code near}
 * @param of         the key of the earlier article this one duplicates, null when unique
 * @param similarity estimated similarity to that article in [0, 1], 0 when unique
 */
public record DuplicateMatch(String status, String of, double similarity) {
    public static final String UNIQUE = "unique";
    public static final String EXACT = "exact";
    public static final String NEAR = "near";

    public static DuplicateMatch unique() {
        return new DuplicateMatch(UNIQUE, null, 0);
    }

    public boolean isDuplicate() {
        return !UNIQUE.equals(status);
    }
}
