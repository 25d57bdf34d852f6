package dev.scrapecleaner.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * An S3-compatible server on loopback inside this JVM (S3Proxy over a jclouds blob store), so
 * that {@code invoke}, {@code serve} and the tests talk real S3 over HTTP with no AWS account.
 * Data lives in memory, or in a folder when one is given (it then survives restarts).
 */
public final class EmbeddedS3Server implements AutoCloseable {
    public static final String ACCESS_KEY = "local-access-key";
    public static final String SECRET_KEY = "local-secret-key";

    private final S3Proxy proxy;
    private final BlobStoreContext context;

    private EmbeddedS3Server(S3Proxy proxy, BlobStoreContext context) {
        this.proxy = proxy;
        this.context = context;
    }

    /** Starts an in-memory server on a free loopback port. */
    public static EmbeddedS3Server startInMemory() {
        return start(null, 0);
    }

    /**
     * Starts a server on loopback.
     *
     * @param dataDir folder that keeps the objects, or null for memory only
     * @param port    the port to bind, or 0 for a free one
     */
    public static EmbeddedS3Server start(Path dataDir, int port) {
        return start(dataDir, port, UnaryOperator.identity());
    }

    /**
     * Starts a server on loopback whose blob store is wrapped by {@code decorate}, so that a
     * caller can observe writes (as {@code serve} does to fire the handler).
     */
    public static EmbeddedS3Server start(Path dataDir, int port, UnaryOperator<BlobStore> decorate) {
        Properties props = new Properties();
        String provider = dataDir == null ? "transient-nio2" : "filesystem-nio2";
        if (dataDir != null) {
            props.setProperty("jclouds.filesystem.basedir", dataDir.toAbsolutePath().toString());
        }
        BlobStoreContext context = ContextBuilder.newBuilder(provider)
                .credentials(ACCESS_KEY, SECRET_KEY)
                .overrides(props)
                .build(BlobStoreContext.class);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(new AtomicConditionalPuts(decorate.apply(context.getBlobStore())))
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        try {
            proxy.start();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!AbstractLifeCycle.STARTED.equals(proxy.getState())) {
                if (System.nanoTime() > deadline) throw new IllegalStateException("S3 server did not start in 10 s");
                Thread.sleep(2);
            }
        } catch (Exception e) {
            context.close();
            throw new IllegalStateException("Cannot start the embedded S3 server: " + e.getMessage(), e);
        }
        return new EmbeddedS3Server(proxy, context);
    }

    public int port() {
        return proxy.getPort();
    }

    /** The endpoint URL to give an S3 client, such as {@code http://127.0.0.1:40123}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port());
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            // Stopping a loopback server at exit: nothing useful to do with a failure.
        } finally {
            context.close();
        }
    }
}
