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

/** Reads raw scrapes from the input bucket and writes the two documents to the output bucket. */
final class S3ScrapeStore {
    private final S3Client s3;

    S3ScrapeStore(S3Client s3) {
        this.s3 = s3;
    }

    /** The object's bytes, or null when it is larger than {@code cap}: the stream is read no further. */
    byte[] read(ObjectRef ref, long cap) {
        GetObjectRequest.Builder req = GetObjectRequest.builder().bucket(ref.bucket()).key(ref.key());
        if (ref.versionId() != null) req.versionId(ref.versionId());
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(req.build())) {
            Long length = in.response().contentLength();
            if (length != null && length > cap) {
                in.abort();
                return null;
            }
            return readCapped(in, cap);
        } catch (IOException e) {
            throw new UncheckedIOException("reading s3://" + ref.bucket() + "/" + ref.key(), e);
        }
    }

    private static byte[] readCapped(InputStream in, long cap) throws IOException {
        byte[] buf = new byte[64 * 1024];
        int len = 0;
        for (int n; (n = in.read(buf, len, buf.length - len)) > 0; ) {
            len += n;
            if (len > cap) return null;
            if (len == buf.length) buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, cap + 1));
        }
        return Arrays.copyOf(buf, len);
    }

    void writeJson(String bucket, String key, Map<String, Object> document) {
        String body = Json.write(document, true) + "\n";
        s3.putObject(b -> b.bucket(bucket).key(key).contentType("application/json; charset=utf-8"),
                RequestBody.fromString(body));
    }
}
