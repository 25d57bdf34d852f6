package dev.scrapecleaner.dedupe;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Computes the exact and near-duplicate fingerprints of an article's clean text. */
public final class Fingerprinter {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Words per shingle of the SimHash. */
    static final int SHINGLE = 3;

    private Fingerprinter() {
    }

    public static Fingerprints of(String text) {
        String norm = TextNormalizer.normalize(text);
        return new Fingerprints(sha256(norm), String.format("%016x", simhash(norm)));
    }

    static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    static long simhash(String normalized) {
        int[] votes = new int[64];
        long[] window = new long[SHINGLE];
        int seen = 0;
        Matcher m = TOKEN.matcher(normalized);
        while (m.find()) {
            window[seen % SHINGLE] = fnv1a(m.group());
            seen++;
            if (seen < SHINGLE) continue;
            long h = 0;
            for (int k = 0; k < SHINGLE; k++) {
                h = mix(h ^ window[(seen - SHINGLE + k) % SHINGLE]);
            }
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((h >>> bit) & 1L) != 0 ? 1 : -1;
            }
        }
        long out = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) out |= 1L << bit;
        }
        return out;
    }

    private static long fnv1a(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64 finaliser: spreads the bits of the combined shingle hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    public static int hammingDistance(String simhashA, String simhashB) {
        return Long.bitCount(Long.parseUnsignedLong(simhashA, 16) ^ Long.parseUnsignedLong(simhashB, 16));
    }
}
