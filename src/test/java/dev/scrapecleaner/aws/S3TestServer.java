package dev.scrapecleaner.aws;

import dev.scrapecleaner.cli.EmbeddedS3Server;
import software.amazon.awssdk.services.s3.S3Client;

/** The embedded S3 server and a real SDK client talking to it over HTTP on loopback, for tests. */
public final class S3TestServer implements AutoCloseable {
    private final EmbeddedS3Server server;
    private final S3Client client;

    private S3TestServer(EmbeddedS3Server server) {
        this.server = server;
        this.client = S3Clients.forEndpoint(server.endpoint(), "us-east-1", EmbeddedS3Server.ACCESS_KEY,
                EmbeddedS3Server.SECRET_KEY);
    }

    public static S3TestServer start() {
        return new S3TestServer(EmbeddedS3Server.startInMemory());
    }

    public S3Client client() {
        return client;
    }

    public String endpoint() {
        return server.endpoint().toString();
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
