package dev.scrapecleaner.dedupe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A {@link DuplicateIndex} held in memory, for the command line over many local files. */
public final class InMemoryDuplicateIndex implements DuplicateIndex {
    /** SimHash Hamming distance up to which two articles are near-duplicates. */
    public static final int NEAR_DISTANCE = 6;

    private record Entry(String articleId, String key, Fingerprints fingerprints) {
    }

    private final Map<String, Entry> byExact = new HashMap<>();
    private final Map<String, Entry> byId = new HashMap<>();
    private final List<Entry> all = new ArrayList<>();

    @Override
    public synchronized DuplicateMatch checkAndRecord(String articleId, String key, Fingerprints fp) {
        Entry self = byId.get(articleId);
        if (self != null) {
            return DuplicateMatch.unique();
        }
        Entry exact = byExact.get(fp.exact());
        if (exact != null) {
            return new DuplicateMatch(DuplicateMatch.EXACT, exact.key, 1.0);
        }
        for (Entry e : all) {
            int d = Fingerprinter.hammingDistance(e.fingerprints.simhash(), fp.simhash());
            if (d <= NEAR_DISTANCE) {
                return new DuplicateMatch(DuplicateMatch.NEAR, e.key, 1.0 - d / 64.0);
            }
        }
        Entry entry = new Entry(articleId, key, fp);
        byExact.put(fp.exact(), entry);
        byId.put(articleId, entry);
        all.add(entry);
        return DuplicateMatch.unique();
    }
}
