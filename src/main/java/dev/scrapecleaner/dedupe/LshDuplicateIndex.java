package dev.scrapecleaner.dedupe;

/**
 * The duplicate index over any {@link ClaimStore}: one exact key (the text's SHA-256), then the
 * {@value Fingerprints#BANDS} band keys of the MinHash signature, claimed in a fixed order.
 *
 * <p>Claiming is the lookup, so two near-identical articles processed at the same moment cannot
 * both be first: the first band they share is taken by exactly one of them, and the other,
 * finding it taken by an article at least {@value #NEAR} similar, stops there as its duplicate.
 * A taken band whose holder is not similar enough (a chance collision) is passed over. Cost per
 * article: 1 + {@value Fingerprints#BANDS} claims at most, plus one read per claim found taken.
 */
public final class LshDuplicateIndex implements DuplicateIndex {
    /** Estimated Jaccard similarity from which an article is a near duplicate. */
    public static final double NEAR = 0.6;

    private final ClaimStore store;

    public LshDuplicateIndex(ClaimStore store) {
        this.store = store;
    }

    @Override
    public DuplicateMatch checkAndRecord(String articleId, String key, Fingerprints fp) {
        String owner = Fingerprinter.sha256(articleId);
        Claim mine = new Claim(owner, key, fp.minhashHex());
        Claim exact = store.claim("exact/" + fp.exact(), mine);
        if (exact != null && !exact.owner().equals(owner)) {
            return new DuplicateMatch(DuplicateMatch.EXACT, exact.key(), 1.0);
        }
        String[] bands = fp.bandKeys();
        for (int b = 0; b < bands.length; b++) {
            Claim holder = store.claim("lsh/" + b + "/" + bands[b], mine);
            if (holder == null || holder.owner().equals(owner)) continue;
            double similarity = Fingerprinter.similarity(fp.minhash(), Fingerprints.parseMinhash(holder.minhash()));
            if (similarity >= NEAR) return new DuplicateMatch(DuplicateMatch.NEAR, holder.key(), similarity);
        }
        return DuplicateMatch.unique();
    }
}
