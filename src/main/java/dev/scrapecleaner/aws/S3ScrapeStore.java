package dev.scrapecleaner.aws;

import dev.scrapecleaner.report.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** Reads raw scrapes from the input bucket and writes the two documents to the output bucket. */
final class S3ScrapeStore {
    private final S3Client s3;

    S3ScrapeStore(S3Client s3) {
        this.s3 = s3;
    }

    /**
     * One object as read: its bytes, or null when it is larger than the cap, with the ETag and
     * size S3 gave (the size is -1 when the object was cut off at the cap without a length).
     */
    record Scrape(byte[] bytes, String etag, long size) {
    }

    /**
     * Reads the object, streaming, never past {@code cap}: a Content-Length over the cap stops it
     * before the body, and a body that runs over (no length given) is dropped at cap + 1 bytes.
     */
    Scrape read(ObjectRef ref, long cap) {
        GetObjectRequest.Builder req = GetObjectRequest.builder().bucket(ref.bucket()).key(ref.key());
        if (ref.versionId() != null) req.versionId(ref.versionId());
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(req.build())) {
            String etag = unquote(in.response().eTag());
            Long length = in.response().contentLength();
            if (length != null && length > cap) {
                in.abort();
                return new Scrape(null, etag, length);
            }
            byte[] bytes = readCapped(in, cap);
            if (bytes == null) in.abort();
            return new Scrape(bytes, etag, bytes == null ? -1 : bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException("reading s3://" + ref.bucket() + "/" + ref.key(), e);
        }
    }

    private static byte[] readCapped(InputStream in, long cap) throws IOException {
        int limit = (int) Math.min(cap + 1, Integer.MAX_VALUE - 16);
        byte[] buf = new byte[(int) Math.min(64 * 1024, limit)];
        int len = 0;
        for (int n; (n = in.read(buf, len, buf.length - len)) > 0; ) {
            len += n;
            if (len > cap) return null;
            if (len == buf.length) buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, limit));
        }
        return Arrays.copyOf(buf, len);
    }

    /** A JSON document of the output bucket, or null when there is none. */
    Map<String, Object> readJsonOrNull(String bucket, String key) {
        try {
            return Json.parseObject(s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String());
        } catch (NoSuchKeyException e) {
            return null;
        } catch (IllegalArgumentException e) {
            return null; // not JSON (written by something else): treat as absent and overwrite it
        }
    }

    /** ETags without the quotes S3 puts around them in headers, as events carry them. */
    static String unquote(String etag) {
        if (etag == null) return null;
        return etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"") ? etag.substring(1, etag.length() - 1) : etag;
    }

    /** Writes the document as pretty-printed JSON; returns the bytes written. */
    long writeJson(String bucket, String key, Map<String, Object> document) {
        byte[] body = (Json.write(document, true) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        s3.putObject(b -> b.bucket(bucket).key(key).contentType("application/json; charset=utf-8"),
                RequestBody.fromBytes(body));
        return body.length;
    }
}
