package dev.scrapecleaner.dedupe;

import java.util.HexFormat;

/**
 * The fingerprints of one clean article.
 *
 * @param exact   SHA-256 (hex) of the normalised text: equal only for the same words in the same order
 * @param minhash MinHash signature ({@value Fingerprinter#HASHES} values) of the text's 5-word shingles
 */
public record Fingerprints(String exact, int[] minhash) {
    /** Bands of the LSH index, and values per band: {@code BANDS * ROWS == HASHES}. */
    public static final int BANDS = 16;
    public static final int ROWS = 4;
    /** The scheme's name, stored beside the fingerprints so that a changed scheme is never compared with an old one. */
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

    /** The key of each band: a hash of its {@link #ROWS} values, equal for two articles that agree on the whole band. */
    public String[] bandKeys() {
        String[] keys = new String[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) h = Fingerprinter.mix(h ^ (minhash[b * ROWS + r] & 0xffffffffL));
            keys[b] = HexFormat.of().toHexDigits(h);
        }
        return keys;
    }
}
