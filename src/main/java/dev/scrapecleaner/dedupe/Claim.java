package dev.scrapecleaner.dedupe;

/**
 * What the index stores under an exact or band key: the first article that claimed it.
 *
 * @param owner   SHA-256 (hex) of the source object's identity (bucket, key, ETag): the same
 *                object is never its own duplicate
 * @param key     the name reported to later duplicates
 * @param minhash its signature (hex), to measure a later article against it
 */
public record Claim(String owner, String key, String minhash) {
}
