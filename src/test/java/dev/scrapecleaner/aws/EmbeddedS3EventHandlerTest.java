package dev.scrapecleaner.aws;

import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;

/** The handler against the embedded S3 server, started by the test on a free loopback port. */
class EmbeddedS3EventHandlerTest extends EventHandlerContract {
    @RegisterExtension
    static final S3TestServer server = S3TestServer.perClass();

    @Override
    S3Client s3() {
        return server.client();
    }
}
