package dev.scrapecleaner.dedupe;

import java.util.concurrent.ConcurrentHashMap;

/** The duplicate index held in memory, for the command line over many local files. */
public final class InMemoryDuplicateIndex implements DuplicateIndex {
    private final ConcurrentHashMap<String, Claim> claims = new ConcurrentHashMap<>();
    private final LshDuplicateIndex index = new LshDuplicateIndex(claims::putIfAbsent);

    @Override
    public DuplicateMatch checkAndRecord(String articleId, String key, Fingerprints fingerprints) {
        return index.checkAndRecord(articleId, key, fingerprints);
    }
}
