package dev.scrapecleaner.dedupe;

/**
 * Remembers the articles seen so far and tells whether a new one duplicates one of them.
 * Implementations claim atomically: of two callers with duplicate articles, exactly one is
 * told {@code unique}. Checking the same {@code articleId} again is not a duplicate of itself.
 */
public interface DuplicateIndex {
    /**
     * Looks the article up and, when it is unique, records it.
     *
     * @param articleId stable identity of the source object (for S3: bucket, key and ETag)
     * @param key       the name reported to later duplicates in {@code of}
     */
    DuplicateMatch checkAndRecord(String articleId, String key, Fingerprints fingerprints);
}
