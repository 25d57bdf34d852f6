package dev.scrapecleaner.dedupe;

import java.util.HexFormat;

/**
 * The fingerprints of one clean article.
 *
 * @param exact   SHA-256 (hex) of the normalised text: equal only for the same words in the same order
 * @param minhash MinHash signature ({@value Fingerprinter#HASHES} values) of the text's 5-word shingles
 */
public record Fingerprints(String exact, int[] minhash) {
    /**
     * Keys an article has in the near-duplicate index: one per value of the first {@value #NEAR_KEYS}
     * of the signature (LSH with bands of one value). Two articles share key {@code i} exactly when
     * their i-th MinHash values agree, which happens with probability equal to the Jaccard
     * similarity {@code s} of their shingle sets, so they share at least one key with probability
     * {@code 1 - (1 - s)^4}: 0.97 at 0.6, 0.998 at 0.8.
     */
    public static final int NEAR_KEYS = 4;
    /**
     * The fingerprint's name, stored beside it in article documents. The signature has not changed
     * since this name was given (64 values over 5-word shingles); the index's keys, which the name's
     * last part once described, are no part of a document.
     */
    public static final String SCHEME = "minhash64-shingle5-lsh16x4";

    /** The signature as hex, 8 digits per value. */
    public String minhashHex() {
        StringBuilder sb = new StringBuilder(minhash.length * 8);
        for (int v : minhash) sb.append(HexFormat.of().toHexDigits(v));
        return sb.toString();
    }

    public static int[] parseMinhash(String hex) {
        int[] sig = new int[hex.length() / 8];
        for (int i = 0; i < sig.length; i++) sig[i] = (int) Long.parseLong(hex.substring(8 * i, 8 * i + 8), 16);
        return sig;
    }

    /** The near-duplicate index keys: key {@code i} is the i-th signature value, with its position. */
    public String[] nearKeys() {
        String[] keys = new String[NEAR_KEYS];
        for (int i = 0; i < NEAR_KEYS; i++) keys[i] = i + "/" + HexFormat.of().toHexDigits(minhash[i]);
        return keys;
    }
}
