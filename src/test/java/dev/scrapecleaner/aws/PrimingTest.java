package dev.scrapecleaner.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.scrapecleaner.cli.EmbeddedS3Server;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
    void theProbesReadAndTryTheWritePathAndStoreNothing() {
        server.client().createBucket(b -> b.bucket("primed"));
        Priming.Probes probes = Priming.Probes.of(Config.fromEnv(Map.of("OUTPUT_BUCKET", "primed")));
        assertEquals("index/" + Priming.PROBE_KEY, probes.indexKey());
        probes.read(server.client());
        probes.writePath(server.client());
        probes.writePath(server.client());
        assertEquals(0, server.client().listObjectsV2(b -> b.bucket("primed")).keyCount(),
                "the PUT whose digest does not match its body is refused");
    }

    @Test
    void initReadsOnDemandAndTriesTheWritePathOnlyWhenOffTheInvocationPath() throws Exception {
        server.client().createBucket(b -> b.bucket("primed-paths"));
        Priming.Probes probes = Priming.Probes.of(Config.fromEnv(Map.of("OUTPUT_BUCKET", "primed-paths")));
        try (FaultProxy proxy = new FaultProxy(URI.create(server.endpoint()));
             S3Client client = S3Clients.forEndpoint(proxy.endpoint(), "us-east-1", EmbeddedS3Server.ACCESS_KEY,
                     EmbeddedS3Server.SECRET_KEY)) {
            Priming.buildWhilePriming(() -> client, probes, 1);
            assertEquals(List.of("GET /primed-paths/reports/.init-probe.json -> forwarded"), proxy.log());

            Priming.buildWhilePriming(() -> client, probes, 2);
            assertEquals(List.of("GET /primed-paths/reports/.init-probe.json -> forwarded",
                    "HEAD /primed-paths/index/.init-probe -> forwarded", "PUT /primed-paths/index/.init-probe -> forwarded"),
                    proxy.log().subList(1, 4).stream().sorted().toList());
        }
        assertEquals(0, server.client().listObjectsV2(b -> b.bucket("primed-paths")).keyCount());
    }

    @Test
    void probesThatCannotBeSentDoNotStopTheFunctionStarting() {
        // Nothing listens on port 9: the requests fail, and init goes on within the probes' time limit.
        try (S3Client client = S3Clients.forEndpoint(URI.create("http://127.0.0.1:9"), "us-east-1", "a", "b")) {
            Priming.Probes probes = new Priming.Probes("any", "reports/x.json", "index/x");
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                probes.read(client);
                probes.writePath(client);
            });
        }
    }

    @Test
    void theClientBuiltOnTheOtherThreadIsTheOneReturned() {
        try (S3Client client = S3Clients.forEndpoint(URI.create("http://127.0.0.1:9"), "us-east-1", "a", "b")) {
            assertSame(client, Priming.buildWhilePriming(() -> client, null, 1));
        }
    }

    @Test
    void aSettingsErrorReachesTheCallerAsItself() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Priming.buildWhilePriming(() -> {
                    throw new IllegalArgumentException("S3_ENDPOINT is not a URI");
                }, null, 1));
        assertEquals("S3_ENDPOINT is not a URI", e.getMessage());
    }
}
