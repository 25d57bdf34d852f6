package dev.scrapecleaner.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.net.HttpURLConnection;
import java.net.URI;
import javax.net.ssl.HttpsURLConnection;

import dev.scrapecleaner.cli.EmbeddedS3Server;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;

class S3ClientsTest {
    @Test
    void insideLambdaTheRoleCredentialsAreReadFromTheEnvironment() {
        Map<String, String> lambda = Map.of("AWS_LAMBDA_FUNCTION_NAME", "scrape-cleaner", "AWS_ACCESS_KEY_ID", "ASIA...",
                "AWS_SECRET_ACCESS_KEY", "secret", "AWS_SESSION_TOKEN", "token");
        assertInstanceOf(EnvironmentVariableCredentialsProvider.class, S3Clients.credentials(lambda));
    }

    @Test
    void elsewhereTheDefaultChainApplies() {
        assertInstanceOf(DefaultCredentialsProvider.class, S3Clients.credentials(Map.of("AWS_ACCESS_KEY_ID", "AKIA...")));
        assertInstanceOf(DefaultCredentialsProvider.class, S3Clients.credentials(Map.of()));
    }

    @Test
    void aPlainHttpEndpointGetsTheSameTimeoutsWithoutTls() {
        HttpURLConnection c = S3Clients.plainHttpConnection(URI.create("http://127.0.0.1:9/bucket/key"));
        assertFalse(c instanceof HttpsURLConnection);
        assertEquals(S3Clients.CONNECT_TIMEOUT.toMillis(), c.getConnectTimeout());
        assertEquals(S3Clients.READ_TIMEOUT.toMillis(), c.getReadTimeout());
    }

    /**
     * Reused connections hold without a retry to hide a failure: one try per call, 200 writes each
     * followed by a read on the same pooled connection. With bodies framed as aws-chunked, about a
     * third of these writes failed on a connection the embedded server had closed.
     */
    @Test
    void anEndpointClientReusesItsConnectionsWithoutFailures() {
        var oneTry = new S3Clients.Retries(1, Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofMillis(100),
                Duration.ofSeconds(1));
        try (EmbeddedS3Server server = EmbeddedS3Server.start(null, 0);
             S3Client client = S3Clients.forEndpoint(server.endpoint(), "us-east-1", EmbeddedS3Server.ACCESS_KEY,
                     EmbeddedS3Server.SECRET_KEY, oneTry)) {
            client.createBucket(b -> b.bucket("reuse"));
            for (int i = 0; i < 200; i++) {
                String key = "k" + i;
                client.putObject(b -> b.bucket("reuse").key(key), RequestBody.fromString("body " + i));
                assertEquals("body " + i, client.getObjectAsBytes(b -> b.bucket("reuse").key(key)).asUtf8String());
            }
        }
    }
}
