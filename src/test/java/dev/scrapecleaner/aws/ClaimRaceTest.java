package dev.scrapecleaner.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scrapecleaner.cli.EmbeddedS3Server;
import dev.scrapecleaner.dedupe.DuplicateMatch;
import dev.scrapecleaner.dedupe.Fingerprinter;
import dev.scrapecleaner.dedupe.Fingerprints;
import dev.scrapecleaner.dedupe.LshDuplicateIndex;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Near-identical articles written at the same moment, as a wire story lands on many sites within
 * seconds: in every round, {@code writers} threads check their own copy against the S3 index at
 * once, through {@link FaultProxy} adding a latency and a random jitter to every request (so that
 * the requests of the racers reach the server in ever different orders), and exactly one of them
 * must be told {@code unique}, every other a duplicate of a copy in the same round.
 *
 * <p>Rounds: {@value #DEFAULT_ROUNDS} per writer count under {@code mvn verify}; the full run the
 * README quotes is {@code mvn -o test -Dtest=ClaimRaceTest -Dclaims.rounds=200}.
 */
class ClaimRaceTest {
    private static final int DEFAULT_ROUNDS = 10;
    private static final int ROUNDS = Integer.getInteger("claims.rounds", DEFAULT_ROUNDS);
    @RegisterExtension
    static final S3TestServer server = S3TestServer.perClass();
    private static FaultProxy proxy;
    private static S3Client client;
    private static String bucket;

    @BeforeAll
    static void proxy() throws IOException {
        proxy = new FaultProxy(URI.create(server.endpoint())).latency(1).jitter(12);
        client = S3Clients.forEndpoint(proxy.endpoint(), "us-east-1", EmbeddedS3Server.ACCESS_KEY,
                EmbeddedS3Server.SECRET_KEY);
        bucket = "race-" + UUID.randomUUID().toString().substring(0, 8);
        server.client().createBucket(b -> b.bucket(bucket));
    }

    @AfterAll
    static void close() throws IOException {
        client.close();
        proxy.close();
    }

    @ParameterizedTest(name = "{0} writers")
    @ValueSource(ints = {8, 32})
    void exactlyOneOfTheNearIdenticalArticlesWrittenAtOnceIsUnique(int writers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        int requestsBefore = proxy.log().size();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                // Each round its own index, so that every round is a first sighting.
                LshDuplicateIndex index = new LshDuplicateIndex(new S3ClaimStore(client, bucket, "w" + writers + "-r" + round + "/"));
                CyclicBarrier start = new CyclicBarrier(writers);
                List<Future<DuplicateMatch>> results = new ArrayList<>();
                Set<String> names = new HashSet<>();
                for (int w = 0; w < writers; w++) {
                    String name = "site-" + w + "/story.html";
                    names.add(name);
                    Fingerprints fp = Fingerprinter.of(wireCopy(round, w));
                    results.add(pool.submit(() -> {
                        start.await();
                        return index.checkAndRecord("in/" + name + "#etag", name, fp);
                    }));
                }
                int unique = 0;
                List<String> answers = new ArrayList<>();
                for (Future<DuplicateMatch> f : results) {
                    DuplicateMatch m = f.get();
                    answers.add(m.status() + (m.of() == null ? "" : " of " + m.of()));
                    if (!m.isDuplicate()) {
                        unique++;
                    } else {
                        assertTrue(names.contains(m.of()), "round " + round + ": a duplicate of a copy of this round: " + m.of());
                        assertTrue(m.similarity() >= LshDuplicateIndex.NEAR, "round " + round + ": " + m);
                    }
                }
                assertEquals(1, unique, "round " + round + " of " + writers + " writers: exactly one unique, got " + answers);
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("CLAIM RACE: %d writers, %d rounds, one unique in every round; %d requests through the proxy"
                + " (1 ms latency + 0-12 ms jitter each)%n", writers, ROUNDS, proxy.log().size() - requestsBefore);
    }

    /**
     * One wire story as a site publishes it: the same six paragraphs (about 300 words), with the
     * site's own closing line; the story changes from round to round.
     */
    static String wireCopy(int round, int site) {
        return "Storm number " + round + " closed the coastal rail line on Monday night after waves washed gravel from"
                + " under the tracks in three places, the regional operator said, and trains between the two ports will"
                + " not run before the end of the week.\n\n"
                + "Engineers walked the line at first light and found the worst damage near the old signal box, where a"
                + " stretch of about forty metres hangs over the water. Buses are replacing trains on the whole route and"
                + " the journey takes an hour longer than usual.\n\n"
                + "The operator said the sea wall had been inspected in the autumn and was found sound, but the storm"
                + " pushed water higher than any tide recorded there in the past twenty years. A spokesperson said the"
                + " repairs would cost several million and that the budget for the work had not yet been agreed.\n\n"
                + "Residents of the villages along the coast said the line is the only way to reach the hospital and the"
                + " secondary school without a car. Parents were asked to plan for longer journeys, and the school said it"
                + " would not mark pupils late while the buses run.\n\n"
                + "The weather service warned that another band of strong wind would reach the coast on Thursday and asked"
                + " people to keep away from the promenades. Fishing boats stayed in the harbour for a second day and the"
                + " ferry to the islands was cancelled until further notice.\n\n"
                + "Local councillors called for a long term plan to move the most exposed section of the line inland, an"
                + " idea first raised a decade ago and set aside because of its cost. The minister for transport is due to"
                + " visit the damaged section later this week.\n\n"
                + "This story was published by site " + site + " from a wire report.";
    }
}
