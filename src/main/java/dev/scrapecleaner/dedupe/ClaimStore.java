package dev.scrapecleaner.dedupe;

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
}
