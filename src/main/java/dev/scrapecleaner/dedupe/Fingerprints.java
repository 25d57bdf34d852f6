package dev.scrapecleaner.dedupe;

/**
 * The fingerprints of one clean article.
 *
 * @param exact   SHA-256 (hex) of the normalised text: equal only for the same words in the same order
 * @param simhash 64-bit SimHash (16 hex digits) of word shingles: close in Hamming distance for near-duplicates
 */
public record Fingerprints(String exact, String simhash) {
}
