package dev.scrapecleaner.aws;

import dev.scrapecleaner.dedupe.Claim;
import dev.scrapecleaner.dedupe.ClaimStore;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Claims as empty objects under the index prefix of the output bucket, the claim in the
 * object's metadata. HEADs read the holders of taken keys, all at once (a duplicate or a
 * redelivery costs no write); a free key is written with {@code If-None-Match: *}, so that of
 * two writers racing for it S3 stores the first and answers 412 Precondition Failed to the
 * second, who reads the winner. Per key: one HEAD, then at most one PUT and one more HEAD.
 *
 * <p>The body is empty on purpose: a server that answers 412 before reading a body breaks the
 * upload of one on some HTTP clients (the JDK's among them), and the claim then surfaces as an
 * I/O error instead of a 412. Metadata travel with the headers. They fit S3's 2 KB limit: the
 * owner is a hash, the signature 512 hex digits, the key cut to {@value #MAX_KEY} characters.
 */
final class S3ClaimStore implements ClaimStore {
    /** Daemon threads for the parallel reads, shared by every store of the process (one per Lambda instance). */
    private static final ExecutorService READERS = Executors.newFixedThreadPool(17, r -> {
        Thread t = new Thread(r, "claim-reader");
        t.setDaemon(true);
        return t;
    });
    private static final int MAX_KEY = 1024;
    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    S3ClaimStore(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix;
    }

    @Override
    public Claim claim(String key, Claim claim) {
        String objectKey = prefix + key;
        String encodedKey = URLEncoder.encode(claim.key(), StandardCharsets.UTF_8);
        if (encodedKey.length() > MAX_KEY) encodedKey = encodedKey.substring(0, encodedKey.lastIndexOf('%', MAX_KEY) < MAX_KEY - 3
                ? MAX_KEY : encodedKey.lastIndexOf('%', MAX_KEY));
        Map<String, String> metadata = Map.of("owner", claim.owner(), "key", encodedKey, "minhash", claim.minhash());
        try {
            s3.putObject(b -> b.bucket(bucket).key(objectKey).ifNoneMatch("*").metadata(metadata), RequestBody.empty());
            return null;
        } catch (S3Exception e) {
            // 412: someone else took the key since the read; 409: their conditional write is still in flight.
            if (e.statusCode() != 412 && e.statusCode() != 409) throw e;
        } catch (SdkClientException e) {
            // The JDK's HTTP client reports a 412 that came before the request finished as an I/O error.
            Claim held = head(objectKey);
            if (held == null) throw e;
            return held;
        }
        Claim held = head(objectKey);
        if (held == null) throw new IllegalStateException("S3 refused the claim " + objectKey + " but holds none");
        return held;
    }

    @Override
    public Claim read(String key) {
        return head(prefix + key);
    }

    /** Reads the keys with parallel HEADs: one round trip's wait instead of one per key. */
    @Override
    public List<Claim> readAll(List<String> keys) {
        List<CompletableFuture<Claim>> heads = new ArrayList<>(keys.size());
        for (String k : keys) heads.add(CompletableFuture.supplyAsync(() -> read(k), READERS));
        List<Claim> claims = new ArrayList<>(keys.size());
        try {
            for (CompletableFuture<Claim> h : heads) claims.add(h.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
        return claims;
    }

    /** The claim held under an object key, or null when the key is free. */
    private Claim head(String objectKey) {
        Map<String, String> held;
        try {
            held = s3.headObject(b -> b.bucket(bucket).key(objectKey)).metadata();
        } catch (NoSuchKeyException e) {
            return null;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) return null;
            throw e;
        }
        return new Claim(held.get("owner"), URLDecoder.decode(held.getOrDefault("key", ""), StandardCharsets.UTF_8),
                held.get("minhash"));
    }
}
