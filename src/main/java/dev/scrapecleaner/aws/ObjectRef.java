package dev.scrapecleaner.aws;

/**
 * One S3 object named by an event, with the key already URL-decoded.
 *
 * @param size the size the event announced, or -1 when it did not say
 */
public record ObjectRef(String bucket, String key, String versionId, String etag, long size) {
}
