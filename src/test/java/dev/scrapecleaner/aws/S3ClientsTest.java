package dev.scrapecleaner.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.net.HttpURLConnection;
import java.net.URI;
import javax.net.ssl.HttpsURLConnection;

import java.util.Map;
import org.junit.jupiter.api.Test;
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
}
