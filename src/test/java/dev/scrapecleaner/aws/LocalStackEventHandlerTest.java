package dev.scrapecleaner.aws;

import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The same contract against LocalStack in Docker; skipped (not failed) where no Docker engine runs,
 * with one line saying so ({@link DockerEngine}).
 */
@ExtendWith(DockerEngine.class)
@Testcontainers
class LocalStackEventHandlerTest extends EventHandlerContract {
    @Container
    static final LocalStackContainer LOCALSTACK = new LocalStackContainer(DockerImageName.parse("localstack/localstack:4.4"))
            .withServices(LocalStackContainer.Service.S3);

    private static S3Client client;

    @BeforeAll
    static void connect() {
        URI endpoint = LOCALSTACK.getEndpointOverride(LocalStackContainer.Service.S3);
        client = S3Clients.forEndpoint(endpoint, LOCALSTACK.getRegion(), LOCALSTACK.getAccessKey(), LOCALSTACK.getSecretKey());
    }

    @AfterAll
    static void disconnect() {
        if (client != null) client.close();
    }

    @Override
    S3Client s3() {
        return client;
    }
}
