package dev.scrapecleaner.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;

class PrimingTest {
    @RegisterExtension
    static final S3TestServer server = S3TestServer.perClass();

    @Test
    void initPrimesLongerWhenNoEventWaitsForIt() {
        assertEquals(1, Priming.rounds(java.util.Map.of()));
        assertEquals(1, Priming.rounds(java.util.Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand")));
        assertEquals(Priming.OFF_PATH_ROUNDS, Priming.rounds(java.util.Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start")));
        assertEquals(Priming.OFF_PATH_ROUNDS,
                Priming.rounds(java.util.Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "provisioned-concurrency")));
    }

    @Test
    void theFirstRequestReadsAMissingReportAndWritesNothing() {
        server.client().createBucket(b -> b.bucket("primed"));
        Priming.firstRequest(server.client(), "primed", "reports/" + Priming.PROBE_KEY + ".json");
        assertEquals(0, server.client().listObjectsV2(b -> b.bucket("primed")).keyCount());
    }

    @Test
    void aFirstRequestThatCannotBeSentDoesNotStopTheFunctionStarting() {
        // Nothing listens on port 9: the read fails, and init goes on within the probe's time limit.
        try (S3Client client = S3Clients.forEndpoint(URI.create("http://127.0.0.1:9"), "us-east-1", "a", "b")) {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Priming.firstRequest(client, "any", "reports/x.json"));
        }
    }

    @Test
    void theClientBuiltOnTheOtherThreadIsTheOneReturned() {
        try (S3Client client = S3Clients.forEndpoint(URI.create("http://127.0.0.1:9"), "us-east-1", "a", "b")) {
            assertSame(client, Priming.buildWhilePriming(() -> client, 1));
        }
    }

    @Test
    void aSettingsErrorReachesTheCallerAsItself() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Priming.buildWhilePriming(() -> {
                    throw new IllegalArgumentException("S3_ENDPOINT is not a URI");
                }, 1));
        assertEquals("S3_ENDPOINT is not a URI", e.getMessage());
    }
}
