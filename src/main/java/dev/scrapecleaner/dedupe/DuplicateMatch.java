package dev.scrapecleaner.dedupe;

/**
 * What the duplicate index said about one article.
 *
 * @param status     {@code unique}, {@code exact} or {@code near}
 * @param of         the key of the earlier article this one duplicates, null when unique
 * @param similarity estimated similarity to that article in [0, 1], 0 when unique
 * @param nearLooked whether near duplicates were looked for, or exact ones only (so that
 *                   {@code unique} reads as "no exact duplicate")
 */
public record DuplicateMatch(String status, String of, double similarity, boolean nearLooked) {
    public static final String UNIQUE = "unique";
    public static final String EXACT = "exact";
    public static final String NEAR = "near";

    public static DuplicateMatch unique(boolean nearLooked) {
        return new DuplicateMatch(UNIQUE, null, 0, nearLooked);
    }

    public boolean isDuplicate() {
        return !UNIQUE.equals(status);
    }
}
