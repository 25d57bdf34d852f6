package dev.scrapecleaner.dedupe;

import java.util.concurrent.ConcurrentHashMap;

/** The duplicate index held in memory, for the command line over many local files. */
public final class InMemoryDuplicateIndex implements DuplicateIndex {
    private final ConcurrentHashMap<String, Claim> claims = new ConcurrentHashMap<>();
    private final LshDuplicateIndex index = new LshDuplicateIndex(new ClaimStore() {
        @Override
        public Claim claim(String key, Claim claim) {
            return claims.putIfAbsent(key, claim);
        }

        @Override
        public Claim read(String key) {
            return claims.get(key);
        }
    });

    @Override
    public DuplicateMatch checkAndRecord(String articleId, String key, Fingerprints fingerprints) {
        return index.checkAndRecord(articleId, key, fingerprints);
    }
}
