package dev.scrapecleaner.dedupe;

/**
 * What the index stores under a key: the first article that claimed it.
 *
 * @param owner   SHA-256 (hex) of the source object's identity (bucket, key, ETag): the same
 *                object is never its own duplicate
 * @param key     the name reported to later duplicates
 * @param minhash its signature (hex), to measure a later article against it
 * @param exact   SHA-256 (hex) of its normalised text, so that a copy found through a near key is
 *                reported as exact when it is one; null in claims written before it was stored
 */
public record Claim(String owner, String key, String minhash, String exact) {
    /** A claim without the text's hash, as stored by earlier versions. */
    public Claim(String owner, String key, String minhash) {
        this(owner, key, minhash, null);
    }
}
