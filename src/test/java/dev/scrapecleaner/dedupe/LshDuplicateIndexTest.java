package dev.scrapecleaner.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * The claim protocol over an in-memory store: how many steps one after the other an article
 * takes (each a round trip on S3), what a chance collision does, and racing writers whose every
 * step is delayed at random, in many more interleavings than a real server would show.
 */
class LshDuplicateIndexTest {
    /** A store that counts its steps, and may pause before each, at random. */
    static final class SteppedStore implements ClaimStore {
        final ConcurrentHashMap<String, Claim> claims = new ConcurrentHashMap<>();
        final AtomicInteger steps = new AtomicInteger();
        final boolean jitter;

        SteppedStore(boolean jitter) {
            this.jitter = jitter;
        }

        private void pause() {
            if (jitter) LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(300_000));
        }

        @Override
        public Claim claim(String key, Claim claim) {
            steps.incrementAndGet();
            pause();
            return claims.putIfAbsent(key, claim);
        }

        @Override
        public Claim read(String key) {
            pause();
            return claims.get(key);
        }

        @Override
        public List<Claim> readAll(List<String> keys) {
            steps.incrementAndGet();
            List<Claim> out = new ArrayList<>();
            for (String k : keys) out.add(read(k));
            return out;
        }

        /** The reads and the first claim in a random order, as requests sent at once arrive. */
        @Override
        public Look readAllAndClaimFirst(List<String> keys, Claim claim) {
            steps.incrementAndGet();
            int claimAt = jitter ? ThreadLocalRandom.current().nextInt(keys.size() + 1) : 0;
            List<Claim> read = new ArrayList<>();
            Claim first = null;
            for (int i = 0; i <= keys.size(); i++) {
                if (i == claimAt) {
                    pause();
                    first = claims.putIfAbsent(keys.get(0), claim);
                }
                if (i < keys.size()) read.add(read(keys.get(i)));
            }
            return new Look(read, first);
        }
    }

    private static final String STORY = "The regional council approved the new harbour plan on Tuesday after a debate that"
            + " lasted most of the afternoon. Residents had raised concerns about noise and traffic and the plan was"
            + " changed twice to answer them before the vote. Construction is expected to begin in the spring and the"
            + " first berths should open to ships within two years. The project will cost about forty million and will"
            + " be paid for by port fees and a regional grant. Fishing crews said they would watch the works closely"
            + " because the new quay takes part of the old mooring area. The harbour master said the plan gives the town"
            + " room to grow for the next thirty years, and that the old quay will stay open while the work goes on.";

    @Test
    void aUniqueArticleTakesFourStepsAndADuplicateOne() {
        SteppedStore store = new SteppedStore(false);
        LshDuplicateIndex index = new LshDuplicateIndex(store);
        assertEquals(DuplicateMatch.UNIQUE, index.checkAndRecord("a", "a.html", Fingerprinter.of(STORY)).status());
        assertEquals(Fingerprints.NEAR_KEYS, store.steps.get(), "one step of reads and the first claim, then three claims");
        assertEquals(Fingerprints.NEAR_KEYS, store.claims.size());

        store.steps.set(0);
        DuplicateMatch exact = index.checkAndRecord("b", "b.txt", Fingerprinter.of(STORY.toUpperCase()));
        assertEquals(new DuplicateMatch(DuplicateMatch.EXACT, "a.html", 1.0, true), exact);
        DuplicateMatch near = index.checkAndRecord("c", "c.html", Fingerprinter.of(STORY + " A closing line was added."));
        assertEquals(DuplicateMatch.NEAR, near.status());
        assertEquals("a.html", near.of());
        assertEquals(2, store.steps.get(), "each duplicate is settled by its first step");

        store.steps.set(0);
        assertEquals(DuplicateMatch.UNIQUE, index.checkAndRecord("a", "a.html", Fingerprinter.of(STORY)).status(),
                "a redelivery finds its own claims");
        assertEquals(1, store.steps.get());
    }

    @Test
    void aKeyHeldByAnUnrelatedArticleIsPassedOver() {
        SteppedStore store = new SteppedStore(false);
        Fingerprints fp = Fingerprinter.of(STORY);
        String second = "near/" + fp.nearKeys()[1];
        Claim stranger = new Claim("someone else", "other.html", Fingerprinter.of("An unrelated text about a library"
                + " that opened in an old railway station with a reading room and a cafe on the platform.").minhashHex());
        store.claims.put(second, stranger);
        DuplicateMatch m = new LshDuplicateIndex(store).checkAndRecord("a", "a.html", fp);
        assertEquals(DuplicateMatch.UNIQUE, m.status());
        assertEquals(stranger, store.claims.get(second), "the stranger keeps its key");
        assertEquals(Fingerprints.NEAR_KEYS, store.claims.size(), "the article holds its three other keys");
    }

    @Test
    void theExactOnlyIndexReadsThenClaimsOneKey() {
        SteppedStore store = new SteppedStore(false);
        LshDuplicateIndex index = LshDuplicateIndex.exactOnly(store);
        DuplicateMatch first = index.checkAndRecord("a", "a.html", Fingerprinter.of(STORY));
        assertEquals(DuplicateMatch.unique(false), first);
        assertEquals(DuplicateMatch.EXACT, index.checkAndRecord("b", "b.html", Fingerprinter.of(STORY)).status());
        assertNull(store.claims.keySet().stream().filter(k -> !k.startsWith("exact/")).findAny().orElse(null));
    }

    /** 32 writers of near-identical copies, every step of each delayed at random, 300 rounds. */
    @Test
    void racingNearIdenticalArticlesLeaveExactlyOneUniqueInEveryRound() throws Exception {
        int writers = 32;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            for (int round = 0; round < Integer.getInteger("race.rounds", 300); round++) {
                LshDuplicateIndex index = new LshDuplicateIndex(new SteppedStore(true));
                CyclicBarrier start = new CyclicBarrier(writers);
                List<Future<DuplicateMatch>> results = new ArrayList<>();
                for (int w = 0; w < writers; w++) {
                    Fingerprints fp = Fingerprinter.of("Round " + round + ". " + STORY + " Published by site " + w + ".");
                    String id = "site-" + w;
                    results.add(pool.submit(() -> {
                        start.await();
                        return index.checkAndRecord(id, id, fp);
                    }));
                }
                int unique = 0;
                for (Future<DuplicateMatch> f : results) {
                    DuplicateMatch m = f.get();
                    if (!m.isDuplicate()) unique++;
                    else assertTrue(m.of().startsWith("site-"), m.toString());
                }
                assertEquals(1, unique, "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
