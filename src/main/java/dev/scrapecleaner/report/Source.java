package dev.scrapecleaner.report;

/**
 * Where a scrape came from. For S3: bucket, key, version id and ETag; for a local file the
 * bucket is null and the key is the path. Null fields are left out of the outputs.
 */
public record Source(String bucket, String key, String versionId, String etag, long size) {
    public static Source localFile(String path, long size) {
        return new Source(null, path, null, null, size);
    }

    /** The identity that makes a reprocessing of the same object recognisable as such. */
    public String identity() {
        return (bucket == null ? "file" : bucket) + "/" + key + "#" + (etag == null ? "" : etag);
    }
}
