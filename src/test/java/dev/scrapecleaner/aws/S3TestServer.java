package dev.scrapecleaner.aws;

import dev.scrapecleaner.cli.EmbeddedS3Server;
import dev.scrapecleaner.report.Json;
import dev.scrapecleaner.report.Schemas;
import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

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

    /** True when the object exists (a HEAD answers 200). */
    public boolean exists(String bucket, String key) {
        try {
            client.headObject(b -> b.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        }
    }

    /** The object, parsed as a JSON object; an article or a report is checked against its published schema. */
    public Map<String, Object> readJson(String bucket, String key) {
        return checked(key, Json.parseObject(client.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String()));
    }

    /** Checks an output document read from under the default prefixes against its schema, and returns it. */
    static Map<String, Object> checked(String key, Map<String, Object> doc) {
        if (key.startsWith("reports/")) Schemas.assertValidReport(doc);
        if (key.startsWith("articles/")) Schemas.assertValidArticle(doc);
        return doc;
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
