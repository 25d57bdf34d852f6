package dev.scrapecleaner.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scrapecleaner.dedupe.Claim;
import dev.scrapecleaner.dedupe.DuplicateMatch;
import dev.scrapecleaner.dedupe.Fingerprinter;
import dev.scrapecleaner.dedupe.LshDuplicateIndex;
import dev.scrapecleaner.cli.EmbeddedS3Server;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** The S3-backed duplicate index against the real S3 server, over HTTP, with the real SDK client. */
class S3DuplicateIndexTest {
    @RegisterExtension
    static final S3TestServer server = S3TestServer.perClass();
    private String bucket;

    @BeforeEach
    void bucket() {
        bucket = "out-" + UUID.randomUUID().toString().substring(0, 8);
        server.client().createBucket(b -> b.bucket(bucket));
    }

    private LshDuplicateIndex index() {
        return new LshDuplicateIndex(new S3ClaimStore(server.client(), bucket, "index/"));
    }

    @Test
    void theServerHonoursIfNoneMatch() {
        // The key is written plainly first: a conditional first write whose answer a busy machine loses is retried
        // by the SDK and meets itself (412); the race test below covers conditional first writes.
        server.client().putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("first"));
        S3Exception e = org.junit.jupiter.api.Assertions.assertThrows(S3Exception.class, () -> server.client()
                .putObject(b -> b.bucket(bucket).key("k").ifNoneMatch("*"), RequestBody.fromString("second")));
        assertEquals(412, e.statusCode());
        assertEquals("first", server.client().getObjectAsBytes(b -> b.bucket(bucket).key("k")).asUtf8String());
    }

    /**
     * The claims rest on it: of writers racing for one key with If-None-Match, exactly one stores it
     * (told so, or told 412 by a retry that met its own object).
     */
    @Test
    void ofConditionalPutsRacingForOneKeyExactlyOneSucceeds() throws Exception {
        int writers = 16;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            for (int k = 0; k < 20; k++) {
                String key = "race/" + k;
                CyclicBarrier start = new CyclicBarrier(writers);
                List<Future<Boolean>> stored = new ArrayList<>();
                for (int w = 0; w < writers; w++) {
                    String writer = String.valueOf(w);
                    stored.add(pool.submit(() -> {
                        start.await();
                        try {
                            // empty, as claims are (S3ClaimStore says why)
                            server.client().putObject(b -> b.bucket(bucket).key(key).ifNoneMatch("*")
                                    .metadata(java.util.Map.of("writer", writer)), RequestBody.empty());
                            return true;
                        } catch (S3Exception e) {
                            if (e.statusCode() != 412) throw e;
                            // The SDK retries a PUT whose answer was lost (a loaded machine times one out): the retry
                            // meets the object its own first attempt stored. That writer won; S3ClaimStore reads the
                            // holder on a 412 for the same reason.
                            return holder(key).equals(writer);
                        } catch (SdkClientException e) {
                            // The JDK's HTTP client reports a 412 sent before it finished writing as an I/O error
                            // ("Error writing request body"); S3ClaimStore reads the holder then, and so does this.
                            return holder(key).equals(writer);
                        }
                    }));
                }
                int winners = 0;
                for (Future<Boolean> f : stored) winners += f.get() ? 1 : 0;
                assertEquals(1, winners, "writers told they stored " + key);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private String holder(String key) {
        return server.client().headObject(b -> b.bucket(bucket).key(key)).metadata().get("writer");
    }

    @Test
    void aTakenClaimAnswersWithItsHolder() {
        S3ClaimStore store = new S3ClaimStore(server.client(), bucket, "index/");
        assertNull(store.claim("exact/abc", new Claim("a", "scrapes/a b.html", "00")));
        Claim holder = store.claim("exact/abc", new Claim("b", "scrapes/b.html", "11"));
        assertEquals(new Claim("a", "scrapes/a b.html", "00"), holder);
    }

    @Test
    void exactAndNearDuplicatesAreFoundAndTheSameObjectIsNotItsOwnDuplicate() {
        LshDuplicateIndex index = index();
        String text = article(0);
        DuplicateMatch first = index.checkAndRecord("in/a.html#e1", "a.html", Fingerprinter.of(text));
        assertEquals(DuplicateMatch.UNIQUE, first.status());
        assertTrue(first.nearLooked());
        assertEquals(DuplicateMatch.UNIQUE, index.checkAndRecord("in/a.html#e1", "a.html", Fingerprinter.of(text)).status(),
                "redelivery of the same object version");
        DuplicateMatch exact = index.checkAndRecord("in/b.txt#e2", "b.txt", Fingerprinter.of(text.toUpperCase()));
        assertEquals(DuplicateMatch.EXACT, exact.status());
        assertEquals("a.html", exact.of());
        DuplicateMatch near = index.checkAndRecord("in/c.html#e3", "c.html", Fingerprinter.of(text + " One more closing sentence was added by the syndicating site."));
        assertEquals(DuplicateMatch.NEAR, near.status());
        assertEquals("a.html", near.of());
        assertTrue(near.similarity() >= LshDuplicateIndex.NEAR, String.valueOf(near.similarity()));
        assertEquals(DuplicateMatch.UNIQUE, index.checkAndRecord("in/d.html#e4", "d.html", Fingerprinter.of(other())).status());
    }

    @Test
    void theExactOnlyIndexFindsExactCopiesAndWritesOneKeyAnArticle() {
        LshDuplicateIndex index = LshDuplicateIndex.exactOnly(new S3ClaimStore(server.client(), bucket, "index/"));
        String text = article(0);
        DuplicateMatch first = index.checkAndRecord("in/a.html#e1", "a.html", Fingerprinter.of(text));
        assertEquals(DuplicateMatch.UNIQUE, first.status());
        assertFalse(first.nearLooked());
        DuplicateMatch exact = index.checkAndRecord("in/b.txt#e2", "b.txt", Fingerprinter.of(text.toUpperCase()));
        assertEquals(DuplicateMatch.EXACT, exact.status());
        assertEquals("a.html", exact.of());
        DuplicateMatch near = index.checkAndRecord("in/c.html#e3", "c.html", Fingerprinter.of(article(1)));
        assertEquals(DuplicateMatch.UNIQUE, near.status(), "a near copy is not looked for");
        List<String> keys = server.client().listObjectsV2(b -> b.bucket(bucket).prefix("index/")).contents().stream()
                .map(o -> o.key()).toList();
        assertEquals(2, keys.size(), "one exact key for each of the two texts: " + keys);
        assertTrue(keys.stream().allMatch(k -> k.startsWith("index/exact/")), keys.toString());
    }

    /** What the index sends S3, counted by a proxy between the client and the server. */
    @Test
    void aUniqueArticleCostsFourPutsAndFourHeadsAndAnExactCopyOnePut() throws Exception {
        try (FaultProxy proxy = new FaultProxy(URI.create(server.endpoint()));
             S3Client client = S3Clients.forEndpoint(proxy.endpoint(), "us-east-1", EmbeddedS3Server.ACCESS_KEY,
                     EmbeddedS3Server.SECRET_KEY)) {
            LshDuplicateIndex index = new LshDuplicateIndex(new S3ClaimStore(client, bucket, "index/"));
            assertEquals(DuplicateMatch.UNIQUE, index.checkAndRecord("in/a.html#e1", "a.html", Fingerprinter.of(article(0))).status());
            assertEquals(List.of("HEAD=4", "PUT=4"), counts(proxy.log()));
            int before = proxy.log().size();
            assertEquals(DuplicateMatch.EXACT, index.checkAndRecord("in/b.html#e2", "b.html", Fingerprinter.of(article(0))).status());
            assertEquals(List.of("HEAD=4", "PUT=1"), counts(proxy.log().subList(before, proxy.log().size())),
                    "the reads and the first claim, sent at once, settle a copy");
            List<String> keys = server.client().listObjectsV2(b -> b.bucket(bucket).prefix("index/")).contents().stream()
                    .map(o -> o.key()).toList();
            assertEquals(4, keys.size(), keys.toString());
            assertTrue(keys.stream().allMatch(k -> k.startsWith("index/near/")), keys.toString());
        }
    }

    private static List<String> counts(List<String> log) {
        return log.stream().collect(Collectors.groupingBy(l -> l.substring(0, l.indexOf(' ')), TreeMap::new, Collectors.counting()))
                .entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
    }

    /** The same article with a different last sentence per variant: near-identical, never equal. */
    static String article(int variant) {
        return "The regional council approved the new harbour plan on Tuesday after a debate that lasted most of the"
                + " afternoon. Residents had raised concerns about noise and traffic and the plan was changed twice"
                + " to answer them before the vote. Construction is expected to begin in the spring and the first"
                + " berths should open to ships within two years. The project will cost about forty million and"
                + " will be paid for by port fees and a regional grant. Fishing crews said they would watch the"
                + " works closely because the new quay takes part of the old mooring area. The harbour master said"
                + " the plan gives the town room to grow for the next thirty years. Version " + variant + " ends here.";
    }

    static String other() {
        return "A new library opened in the old railway station on Saturday with a reading room for two hundred"
                + " people, a children's floor and a cafe on the former platform. The building had stood empty for"
                + " twelve years before volunteers started a campaign to save it from demolition.";
    }
}
