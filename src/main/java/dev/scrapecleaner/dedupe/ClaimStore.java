package dev.scrapecleaner.dedupe;

import java.util.ArrayList;
import java.util.List;

/**
 * A key-value store whose writes are claims: the first writer of a key wins, atomically, and
 * later writers learn who won. In memory a concurrent map; on S3 a conditional put
 * ({@code If-None-Match: *}) that answers 412 to every writer after the first.
 */
public interface ClaimStore {
    /**
     * Stores the claim under the key unless the key is taken.
     *
     * @return null when this claim was stored, else the claim that holds the key
     */
    Claim claim(String key, Claim claim);

    /** The claim under a key, or null when it is free. */
    Claim read(String key);

    /** The claims under several keys, in their order (null for a free key). A remote store reads them at once. */
    default List<Claim> readAll(List<String> keys) {
        List<Claim> claims = new ArrayList<>(keys.size());
        for (String k : keys) claims.add(read(k));
        return claims;
    }

    /**
     * Reads every key and claims the first, as one step: a remote store sends the reads and the
     * claim at once, one round trip. The reads may or may not see the claim.
     */
    default Look readAllAndClaimFirst(List<String> keys, Claim claim) {
        List<Claim> read = readAll(keys);
        return new Look(read, claim(keys.get(0), claim));
    }

    /**
     * What {@link #readAllAndClaimFirst} found.
     *
     * @param read        the holder of each key as read (null for a key that was free)
     * @param firstHolder the claim that holds the first key: null when it is the one just made
     */
    record Look(List<Claim> read, Claim firstHolder) {
    }
}
