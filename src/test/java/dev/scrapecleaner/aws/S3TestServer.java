package dev.scrapecleaner.aws;

import dev.scrapecleaner.cli.EmbeddedS3Server;
import dev.scrapecleaner.report.Json;
import dev.scrapecleaner.report.Schemas;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The embedded S3 server and a real SDK client talking to it over HTTP on loopback, for tests.
 * A test class holds one as {@code @RegisterExtension static final S3TestServer server =
 * S3TestServer.perClass();}: it starts before the class's {@code @BeforeAll} methods and stops
 * after its {@code @AfterAll} ones. {@link #start()} gives one to close by hand.
 */
public final class S3TestServer implements AutoCloseable, BeforeAllCallback, AfterAllCallback {
    private EmbeddedS3Server server;
    private S3Client client;

    private S3TestServer() {
    }

    /** A server started now; close it when done. */
    public static S3TestServer start() {
        S3TestServer s = new S3TestServer();
        s.open();
        return s;
    }

    /** A server that a test class registers as an extension: started and stopped around the class. */
    public static S3TestServer perClass() {
        return new S3TestServer();
    }

    private void open() {
        server = EmbeddedS3Server.startInMemory();
        client = S3Clients.forEndpoint(server.endpoint(), "us-east-1", EmbeddedS3Server.ACCESS_KEY,
                EmbeddedS3Server.SECRET_KEY);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        open();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
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
