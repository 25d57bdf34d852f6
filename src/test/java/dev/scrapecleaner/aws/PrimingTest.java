package dev.scrapecleaner.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

class PrimingTest {
    @Test
    void theClientBuiltOnTheOtherThreadIsTheOneReturned() {
        try (S3Client client = S3Clients.forEndpoint(URI.create("http://127.0.0.1:9"), "us-east-1", "a", "b")) {
            assertSame(client, Priming.buildWhilePriming(() -> client));
        }
    }

    @Test
    void aSettingsErrorReachesTheCallerAsItself() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Priming.buildWhilePriming(() -> {
                    throw new IllegalArgumentException("S3_ENDPOINT is not a URI");
                }));
        assertEquals("S3_ENDPOINT is not a URI", e.getMessage());
    }
}
