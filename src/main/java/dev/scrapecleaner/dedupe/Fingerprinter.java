package dev.scrapecleaner.dedupe;

import dev.scrapecleaner.clean.Scripts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Computes the fingerprints of an article's clean text: SHA-256 of the normalised text for
 * exact duplicates, and a MinHash signature of its word shingles for near duplicates.
 *
 * <p>MinHash rather than SimHash because its banding gives an index keyed by exact values (one
 * S3 object per band), so a lookup costs a fixed number of requests whatever the index size,
 * and its agreement estimates the Jaccard similarity of the shingle sets, a threshold one can
 * state: 64 hashes (32 bits each) of 5-word shingles, near duplicate at an estimated Jaccard of 0.6 or more.
 */
public final class Fingerprinter {
    /** FNV-1a over a word's UTF-16 units: a word's hash, before it joins a shingle. */
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /** Words per shingle. */
    static final int SHINGLE = 5;
    /** Hash functions in a signature. */
    public static final int HASHES = 64;
    private static final long[] SEEDS = new long[HASHES];

    static {
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            s += 0x9E3779B97F4A7C15L;
            SEEDS[i] = mix(s);
        }
    }

    private Fingerprinter() {
    }

    public static Fingerprints of(String text) {
        String norm = TextNormalizer.normalize(text);
        return new Fingerprints(sha256(norm), minhash(norm));
    }

    static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    /** The minimum of each seeded hash over all shingles; a text shorter than a shingle is one shingle. */
    static int[] minhash(String normalized) {
        int[] sig = new int[HASHES];
        java.util.Arrays.fill(sig, -1);
        long[] window = new long[SHINGLE];
        int seen = 0;
        int n = normalized.length();
        // A word: letters and numbers ([\p{L}\p{N}]+), hashed as it is read.
        for (int i = Scripts.nextLetterOrNumber(normalized, 0); i < n; i = Scripts.nextLetterOrNumber(normalized, i)) {
            int cp;
            long h = FNV_OFFSET;
            while (i < n && Scripts.isLetterOrNumber(cp = normalized.codePointAt(i))) {
                int len = Character.charCount(cp);
                for (int k = i; k < i + len; k++) h = (h ^ normalized.charAt(k)) * FNV_PRIME;
                i += len;
            }
            window[seen % SHINGLE] = h;
            seen++;
            if (seen >= SHINGLE) add(sig, shingle(window, seen, SHINGLE));
        }
        if (seen > 0 && seen < SHINGLE) add(sig, shingle(window, seen, seen));
        return sig;
    }

    private static long shingle(long[] window, int seen, int n) {
        long h = 0;
        for (int k = 0; k < n; k++) h = mix(h ^ window[(seen - n + k) % SHINGLE]);
        return h;
    }

    private static void add(int[] sig, long shingle) {
        for (int i = 0; i < HASHES; i++) {
            int h = (int) (mix(shingle ^ SEEDS[i]) >>> 32);
            if (Integer.compareUnsigned(h, sig[i]) < 0) sig[i] = h;
        }
    }

    /** The share of equal positions: an unbiased estimate of the Jaccard similarity of the shingle sets. */
    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) same++;
        }
        return same / (double) HASHES;
    }

    /** SplitMix64 finaliser: spreads the bits of a combined hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
