package dev.scrapecleaner.aws;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.services.s3.S3Client;

/** The handler against the embedded S3 server, started by the test on a free loopback port. */
class EmbeddedS3EventHandlerTest extends EventHandlerContract {
    private static S3TestServer server;

    @BeforeAll
    static void start() {
        server = S3TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Override
    S3Client s3() {
        return server.client();
    }
}
