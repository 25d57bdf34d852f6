package dev.scrapecleaner.aws;

import dev.scrapecleaner.dedupe.DuplicateIndex;
import dev.scrapecleaner.dedupe.LshDuplicateIndex;
import software.amazon.awssdk.services.s3.S3Client;

/** Chooses the duplicate index the function uses, from {@code DEDUPE}. */
final class DuplicateIndexes {
    private DuplicateIndexes() {
    }

    /**
     * The S3-backed index under {@code INDEX_PREFIX} of {@code INDEX_BUCKET} (the output bucket
     * when unset): exact and near duplicates ({@code s3}), exact ones only ({@code s3-exact});
     * null when {@code DEDUPE=off}.
     */
    static DuplicateIndex create(Config config, S3Client s3) {
        if (config.dedupe().equals("off")) return null;
        S3ClaimStore store = new S3ClaimStore(s3, config.indexBucket(), config.indexPrefix());
        return config.dedupe().equals("s3-exact") ? LshDuplicateIndex.exactOnly(store) : new LshDuplicateIndex(store);
    }
}
