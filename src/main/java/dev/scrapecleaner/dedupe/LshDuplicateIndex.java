package dev.scrapecleaner.dedupe;

import java.util.ArrayList;
import java.util.List;

/**
 * The duplicate index over any {@link ClaimStore}: one exact key (the text's SHA-256), then the
 * {@value Fingerprints#BANDS} band keys of the MinHash signature, claimed in a fixed order; or,
 * {@link #exactOnly}, the exact key alone, for a 17th of the requests.
 *
 * <p>Claiming is the lookup, so two near-identical articles processed at the same moment cannot
 * both be first: the first band they share is taken by exactly one of them, and the other,
 * finding it taken by an article at least {@value #NEAR} similar, stops there as its duplicate.
 * A taken band whose holder is not similar enough (a chance collision) is passed over. Cost per
 * article: one batch of 1 + {@value Fingerprints#BANDS} reads, then, for a unique article, as many
 * claims (a claim found taken since the read costs one more read).
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
     * Exact duplicates only: one read and, for a new text, one claim per article. The band keys
     * are neither read nor written, so articles indexed this way are not found as near
     * duplicates later, whatever the index then looks for.
     */
    public static LshDuplicateIndex exactOnly(ClaimStore store) {
        return new LshDuplicateIndex(store, false);
    }

    @Override
    public DuplicateMatch checkAndRecord(String articleId, String key, Fingerprints fp) {
        String owner = Fingerprinter.sha256(articleId);
        Claim mine = new Claim(owner, key, fp.minhashHex());
        List<String> keys = new ArrayList<>();
        keys.add("exact/" + fp.exact());
        if (near) {
            String[] bands = fp.bandKeys();
            for (int b = 0; b < bands.length; b++) keys.add("lsh/" + b + "/" + bands[b]);
        }
        // Look every key up at once: a duplicate is found without writing anything.
        List<Claim> held = store.readAll(keys);
        for (int i = 0; i < keys.size(); i++) {
            DuplicateMatch m = match(i, held.get(i), owner, fp);
            if (m != null) return m;
        }
        // Claim the free keys in a fixed order: of two near-identical articles racing, the first
        // key both need is won by one, and the other stops there as its duplicate.
        for (int i = 0; i < keys.size(); i++) {
            if (held.get(i) != null) continue;
            DuplicateMatch m = match(i, store.claim(keys.get(i), mine), owner, fp);
            if (m != null) return m;
        }
        return DuplicateMatch.unique(near);
    }

    /** What holding key {@code i} makes of this article: a duplicate of the holder, or nothing (null). */
    private DuplicateMatch match(int i, Claim holder, String owner, Fingerprints fp) {
        if (holder == null || holder.owner().equals(owner)) return null;
        if (i == 0) return new DuplicateMatch(DuplicateMatch.EXACT, holder.key(), 1.0, near);
        double similarity = Fingerprinter.similarity(fp.minhash(), Fingerprints.parseMinhash(holder.minhash()));
        return similarity >= NEAR ? new DuplicateMatch(DuplicateMatch.NEAR, holder.key(), similarity, near) : null;
    }
}
