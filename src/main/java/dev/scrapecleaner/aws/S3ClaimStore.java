package dev.scrapecleaner.aws;

import dev.scrapecleaner.dedupe.Claim;
import dev.scrapecleaner.dedupe.ClaimStore;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Claims as empty objects under the index prefix of the index bucket, the claim in the object's
 * metadata. HEADs read the holders of taken keys, all at once (a duplicate or a redelivery is
 * settled there); a free key is written with {@code If-None-Match: *}, so that of two writers
 * racing for it S3 stores the first and answers 412 Precondition Failed to the second, who reads
 * the winner. Per key: one HEAD, then at most one PUT and one more HEAD.
 *
 * <p>The body is empty on purpose: a server that answers 412 before reading a body breaks the
 * upload of one on some HTTP clients (the JDK's among them), and the claim then surfaces as an
 * I/O error instead of a 412. Metadata travel with the headers. They fit S3's 2 KB limit: the
 * owner and the text's hash are hashes, the signature 512 hex digits, the key cut to
 * {@value #MAX_KEY} characters.
 */
final class S3ClaimStore implements ClaimStore {
    /**
     * Daemon threads for the requests sent at once, shared by every store of the process (one per
     * Lambda instance); made as they are needed, so that an SQS batch's objects do not wait for each other.
     */
    private static final ExecutorService REQUESTS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "claim-request");
        t.setDaemon(true);
        return t;
    });
    private static final int MAX_KEY = 1024;
    /** Tries of a conditional PUT that S3 answers 409 (a racing conditional write still in flight). */
    private static final int CONFLICT_TRIES = 4;
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
        return put(key, claim) ? null : holder(key, null);
    }

    @Override
    public Claim read(String key) {
        return head(prefix + key);
    }

    /** Reads the keys with parallel HEADs: one round trip's wait instead of one per key. */
    @Override
    public List<Claim> readAll(List<String> keys) {
        List<CompletableFuture<Claim>> heads = new ArrayList<>(keys.size());
        for (String k : keys) heads.add(async(() -> read(k)));
        return joinAll(heads);
    }

    /** The HEADs and the first key's conditional PUT, sent at once. */
    @Override
    public Look readAllAndClaimFirst(List<String> keys, Claim claim) {
        CompletableFuture<Boolean> put = async(() -> put(keys.get(0), claim));
        List<CompletableFuture<Claim>> heads = new ArrayList<>(keys.size());
        for (String k : keys) heads.add(async(() -> read(k)));
        List<Claim> read = joinAll(heads);
        boolean stored = join(put);
        // A refused claim's holder: the HEAD sent with it saw it when it was there before; else one more HEAD.
        return new Look(read, stored ? null : holder(keys.get(0), read.get(0)));
    }

    /** Writes the claim unless the key is taken: true when it was stored. */
    private boolean put(String key, Claim claim) {
        String objectKey = prefix + key;
        Map<String, String> metadata = new HashMap<>();
        metadata.put("owner", claim.owner());
        metadata.put("key", encodedKey(claim.key()));
        metadata.put("minhash", claim.minhash());
        if (claim.exact() != null) metadata.put("exact", claim.exact());
        for (int attempt = 1; ; attempt++) {
            try {
                s3.putObject(b -> b.bucket(bucket).key(objectKey).ifNoneMatch("*").metadata(metadata), RequestBody.empty());
                return true;
            } catch (S3Exception e) {
                // A 412 to a retry (the first attempt's answer lost) may be the first attempt's own claim.
                if (e.statusCode() == 412) return e.numAttempts() > 1 && ownClaim(objectKey, claim);
                // 409 ConditionalRequestConflict: another conditional write of the key is in flight; S3 asks for a retry.
                if (e.statusCode() != 409) throw e;
                if (attempt == CONFLICT_TRIES) return false;
                pause(attempt);
            } catch (SdkClientException e) {
                // The JDK's HTTP client reports a 412 that came before the request finished as an I/O error.
                Claim held = head(objectKey);
                if (held == null) throw e;
                return held.equals(claim);
            }
        }
    }

    /** Whether the claim held under the key is this one: an earlier attempt of the same PUT stored it. */
    private boolean ownClaim(String objectKey, Claim claim) {
        return claim.equals(head(objectKey));
    }

    /** The claim that holds a key this store was refused: {@code seen} if a HEAD already found one, else read now. */
    private Claim holder(String key, Claim seen) {
        if (seen != null) return seen;
        Claim held = head(prefix + key);
        if (held == null) throw new IllegalStateException("S3 refused the claim " + prefix + key + " but holds none");
        return held;
    }

    private static String encodedKey(String key) {
        String encoded = URLEncoder.encode(key, StandardCharsets.UTF_8);
        if (encoded.length() <= MAX_KEY) return encoded;
        int cut = encoded.lastIndexOf('%', MAX_KEY);
        return encoded.substring(0, cut < MAX_KEY - 3 ? MAX_KEY : cut);
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
                held.get("minhash"), held.get("exact"));
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(20L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a claim", e);
        }
    }

    private static <T> CompletableFuture<T> async(Supplier<T> request) {
        return CompletableFuture.supplyAsync(request, REQUESTS);
    }

    private static <T> List<T> joinAll(List<CompletableFuture<T>> futures) {
        List<T> values = new ArrayList<>(futures.size());
        for (CompletableFuture<T> f : futures) values.add(join(f));
        return values;
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }
}
