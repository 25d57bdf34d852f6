package dev.scrapecleaner.dedupe;

import java.util.Arrays;
import java.util.List;

/**
 * The duplicate index over any {@link ClaimStore}: the {@value Fingerprints#NEAR_KEYS} near keys of
 * the MinHash signature ({@link Fingerprints#nearKeys}), claimed in a fixed order; or,
 * {@link #exactOnly}, one key for the text's SHA-256.
 *
 * <p>Claiming is the lookup, and claims are made in key order, one after the other: an article
 * claims key {@code i} only after it holds, or has found held by an unrelated article, every key
 * before it. An article stops, as a duplicate, at the first key it finds held by an article at
 * least {@value #NEAR} similar, and holds no key from there on. So the holder of the key where an
 * article stops went further down the keys than it did, and following who stopped where always
 * ends, within {@value Fingerprints#NEAR_KEYS} steps, at an article that claimed all of its keys:
 * of near-identical articles processed at the same moment, one is {@code unique} (no claim is
 * lost by everyone). Two similar articles that share a key cannot both be: one of them holds it,
 * and the other stops there (no claim is won by two). A taken key whose holder is not similar (a
 * chance collision) is passed over.
 *
 * <p>Round trips: the first key is claimed in the same round trip that reads all of them, so a
 * unique article takes {@value Fingerprints#NEAR_KEYS} sequential round trips ({@value
 * Fingerprints#NEAR_KEYS} claims, {@value Fingerprints#NEAR_KEYS} reads); a duplicate is settled
 * by the first. A claim lost to a racer costs one more read, to learn who won.
 */
public final class LshDuplicateIndex implements DuplicateIndex {
    /** Estimated Jaccard similarity from which an article is a near duplicate. */
    public static final double NEAR = 0.6;

    private final ClaimStore store;
    private final boolean near;

    /** Exact and near duplicates. */
    public LshDuplicateIndex(ClaimStore store) {
        this(store, true);
    }

    private LshDuplicateIndex(ClaimStore store, boolean near) {
        this.store = store;
        this.near = near;
    }

    /**
     * Exact duplicates only: one read and, for a new text, one claim per article, under a key of
     * its own ({@code exact/}). Articles indexed this way are not found as near duplicates later,
     * nor found by an index that looks for both (whose keys are the near keys).
     */
    public static LshDuplicateIndex exactOnly(ClaimStore store) {
        return new LshDuplicateIndex(store, false);
    }

    @Override
    public DuplicateMatch checkAndRecord(String articleId, String key, Fingerprints fp) {
        String owner = Fingerprinter.sha256(articleId);
        Claim mine = new Claim(owner, key, fp.minhashHex(), fp.exact());
        if (!near) {
            String exactKey = "exact/" + fp.exact();
            // Read first: an exact duplicate, the common case for this index, writes nothing.
            DuplicateMatch m = match(store.read(exactKey), owner, fp);
            return m != null ? m : orUnique(match(store.claim(exactKey, mine), owner, fp));
        }
        List<String> keys = nearKeys(fp);
        // One round trip: every key read, and the first claimed.
        ClaimStore.Look look = store.readAllAndClaimFirst(keys, mine);
        // An earlier article found by the reads settles it (an exact copy first); the first key's
        // claim, if it won, is harmless: a duplicate holds only keys before the one it stopped at.
        DuplicateMatch found = best(look.read(), owner, fp);
        if (found != null) return found;
        DuplicateMatch m = match(look.firstHolder(), owner, fp);
        if (m != null) return m;
        // Then the free keys, one after the other.
        for (int i = 1; i < keys.size(); i++) {
            if (look.read().get(i) != null) continue; // ours already (a redelivery), or an unrelated article's
            m = match(store.claim(keys.get(i), mine), owner, fp);
            if (m != null) return m;
        }
        return DuplicateMatch.unique(true);
    }

    private DuplicateMatch orUnique(DuplicateMatch m) {
        return m != null ? m : DuplicateMatch.unique(near);
    }

    /** The article's near keys in claim order, each under {@code near/}. */
    private static List<String> nearKeys(Fingerprints fp) {
        return Arrays.stream(fp.nearKeys()).map(k -> "near/" + k).toList();
    }

    /** Of the holders read, the exact copy if there is one, else the first similar one in key order. */
    private DuplicateMatch best(List<Claim> holders, String owner, Fingerprints fp) {
        DuplicateMatch first = null;
        for (Claim h : holders) {
            DuplicateMatch m = match(h, owner, fp);
            if (m != null && m.status().equals(DuplicateMatch.EXACT)) return m;
            if (first == null) first = m;
        }
        return first;
    }

    /** What a key's holder makes of this article: a duplicate of it, or nothing (null). */
    private DuplicateMatch match(Claim holder, String owner, Fingerprints fp) {
        if (holder == null || holder.owner().equals(owner)) return null;
        if (fp.exact().equals(holder.exact())) return new DuplicateMatch(DuplicateMatch.EXACT, holder.key(), 1.0, near);
        if (!near) {
            // Held under this text's exact key, by a claim from before the text's hash was stored.
            return new DuplicateMatch(DuplicateMatch.EXACT, holder.key(), 1.0, false);
        }
        double similarity = Fingerprinter.similarity(fp.minhash(), Fingerprints.parseMinhash(holder.minhash()));
        return similarity >= NEAR ? new DuplicateMatch(DuplicateMatch.NEAR, holder.key(), similarity, true) : null;
    }
}
