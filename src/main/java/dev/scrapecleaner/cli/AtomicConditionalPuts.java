package dev.scrapecleaner.cli;

import org.gaul.s3proxy.PutOptions2;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.domain.Blob;
import org.jclouds.blobstore.options.PutOptions;
import org.jclouds.blobstore.util.ForwardingBlobStore;
import org.jclouds.http.HttpResponse;
import org.jclouds.http.HttpResponseException;

/**
 * Makes {@code If-None-Match: *} on a PUT atomic, as S3 has it. S3Proxy checks the condition in
 * its request handler, then writes (a check and an act): two PUTs of the same key at the same
 * moment could both pass the check and both be told they stored it, the later one overwriting the
 * earlier, where S3 stores one and answers 412 to the other. The duplicate index's claims rest on
 * that answer, so the embedded server checks and writes under one lock per key. (Found by
 * {@code ClaimRaceTest}: one round of 200 had two writers each told it won the same key.)
 */
final class AtomicConditionalPuts extends ForwardingBlobStore {
    private static final int STRIPES = 64;
    private final Object[] locks = new Object[STRIPES];

    AtomicConditionalPuts(BlobStore delegate) {
        super(delegate);
        for (int i = 0; i < STRIPES; i++) locks[i] = new Object();
    }

    @Override
    public String putBlob(String container, Blob blob, PutOptions options) {
        if (!(options instanceof PutOptions2 conditional) || !"*".equals(conditional.getIfNoneMatch())) {
            return super.putBlob(container, blob, options);
        }
        String name = blob.getMetadata().getName();
        synchronized (locks[Math.floorMod((container + '/' + name).hashCode(), STRIPES)]) {
            if (delegate().blobExists(container, name)) {
                throw new HttpResponseException("the key exists (If-None-Match: *)", null,
                        HttpResponse.builder().statusCode(412).message("Precondition Failed").build());
            }
            return super.putBlob(container, blob, options);
        }
    }
}
