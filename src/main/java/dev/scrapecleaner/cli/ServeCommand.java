package dev.scrapecleaner.cli;

import dev.scrapecleaner.aws.EventHandler;
import dev.scrapecleaner.aws.LocalContext;
import dev.scrapecleaner.aws.S3Clients;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.domain.Blob;
import org.jclouds.blobstore.domain.BlobMetadata;
import org.jclouds.blobstore.domain.MultipartPart;
import org.jclouds.blobstore.domain.MultipartUpload;
import org.jclouds.blobstore.options.CopyOptions;
import org.jclouds.blobstore.options.PutOptions;
import org.jclouds.blobstore.util.ForwardingBlobStore;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * {@code serve}: an S3 endpoint on loopback that runs the Lambda handler whenever an object lands
 * in the input bucket, as an S3 event notification would, so the upload-and-clean loop can be
 * tried with any S3 client and no AWS account. Data is kept in a folder and survives restarts.
 *
 * <p>The embedded server has no notifications, so its blob store is wrapped: each completed
 * write to the input bucket (a put, the completion of a multipart upload, a copy) queues one
 * notification. This fires exactly once per write, at once, and only when the object is whole;
 * polling a listing would add latency, miss an overwrite that keeps its ETag, and keep a core
 * busy. One worker thread handles the queue in arrival order, off the request thread, so an
 * upload returns as soon as the object is stored, as in S3. Objects already in the folder at
 * start are not cleaned again: S3 notifies only for new writes.
 */
final class ServeCommand implements AutoCloseable {
    static final String INPUT_BUCKET = "raw-scrapes";
    static final int DEFAULT_PORT = 9444;
    static final Path DEFAULT_DATA = Path.of(".s3-data");
    static final String HELP = """
            Usage: java -jar target/scrape-cleaner.jar serve [--port N] [--data DIR] [--expected-page-types LIST]

            Starts an S3-compatible endpoint on 127.0.0.1 that cleans every object uploaded to the bucket
            '%s', as the deployed function does on S3 notifications: the article and the report land in
            the bucket '%s' (articles/<key>.json, reports/<key>.json). Use any S3 client with the
            endpoint, credentials and region it prints, for example:
              aws --endpoint-url http://127.0.0.1:%d s3 cp page.html s3://%s/
              --port N    the port to listen on (default %d; 0 picks a free one)
              --data DIR  where buckets and objects are kept, so they survive restarts (default %s)
              --expected-page-types LIST  EXPECTED_PAGE_TYPES instead of the template's article:
                          comma-separated page types, or '*' for all
            Prints one line per cleaned object. Stop with Ctrl-C.
            """.formatted(INPUT_BUCKET, LocalFunction.OUTPUT_BUCKET, DEFAULT_PORT, INPUT_BUCKET, DEFAULT_PORT,
            DEFAULT_DATA);

    private final PrintStream out;
    private final PrintStream err;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "serve-notifications");
        t.setDaemon(true);
        return t;
    });
    private final CountDownLatch closed = new CountDownLatch(1);
    private EmbeddedS3Server server;
    private S3Client s3;
    private EventHandler handler;
    /** {@code --expected-page-types}, or null for the template's value. */
    private String expectedPageTypes;

    ServeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        int port = DEFAULT_PORT;
        Path data = DEFAULT_DATA;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> {
                    out.print(HELP);
                    return 0;
                }
                case "--port" -> port = port(CleanCommand.value(args, ++i, "--port"));
                case "--data" -> data = Path.of(CleanCommand.value(args, ++i, "--data"));
                case CleanCommand.EXPECTED_PAGE_TYPES -> expectedPageTypes = CleanCommand.expectedPageTypes(args, ++i);
                default -> throw new UsageException("Unexpected argument " + args[i] + " for serve.");
            }
        }
        try {
            start(data, port);
        } catch (IOException | RuntimeException e) {
            err.println("Cannot start the local S3 endpoint: " + e.getMessage() + portHint(e, port));
            close();
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "serve-shutdown"));
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
        }
        return 0;
    }

    /** A port in use is the common failure: say what to do about it. */
    static String portHint(Throwable e, int port) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException || String.valueOf(t.getMessage()).contains("Failed to bind")) {
                return "\nPort " + port + " is in use (another serve running?). Stop that one, or pass --port N"
                        + " (--port 0 picks a free port).";
            }
        }
        return "";
    }

    private static int port(String value) {
        try {
            int p = Integer.parseInt(value);
            if (p < 0 || p > 65535) throw new NumberFormatException();
            return p;
        } catch (NumberFormatException e) {
            throw new UsageException("--port must be a port number (0-65535), not '" + value + "'.");
        }
    }

    /** Starts the endpoint and the handler; returns once it accepts uploads. */
    ServeCommand start(Path data, int port) throws IOException {
        Files.createDirectories(data);
        server = EmbeddedS3Server.start(data, port, Notifying::new);
        String region = "us-east-1";
        s3 = S3Clients.forEndpoint(server.endpoint(), region, EmbeddedS3Server.ACCESS_KEY, EmbeddedS3Server.SECRET_KEY);
        for (String bucket : List.of(INPUT_BUCKET, LocalFunction.OUTPUT_BUCKET)) {
            try {
                s3.headBucket(h -> h.bucket(bucket));
            } catch (S3Exception e) {
                s3.createBucket(c -> c.bucket(bucket));
            }
        }
        Map<String, String> env = LocalFunction.environment(server.endpoint().toString(), region);
        if (expectedPageTypes != null) env.put("EXPECTED_PAGE_TYPES", expectedPageTypes);
        handler = new EventHandler(env, s3);
        String url = server.endpoint().toString();
        out.printf("""
                S3 endpoint   %s   (data in %s)
                input bucket  s3://%s   every object written here is cleaned
                output bucket s3://%s   articles/<key>.json and reports/<key>.json
                credentials   AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s AWS_REGION=%s

                Try it (in another shell):
                  export AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s AWS_DEFAULT_REGION=%s
                  aws --endpoint-url %s s3 cp page.html s3://%s/
                  aws --endpoint-url %s s3 cp s3://%s/reports/page.html.json -
                Stop with Ctrl-C.
                %n""", url, data.toAbsolutePath(), INPUT_BUCKET, LocalFunction.OUTPUT_BUCKET,
                EmbeddedS3Server.ACCESS_KEY, EmbeddedS3Server.SECRET_KEY, region,
                EmbeddedS3Server.ACCESS_KEY, EmbeddedS3Server.SECRET_KEY, region,
                url, INPUT_BUCKET, url, LocalFunction.OUTPUT_BUCKET);
        out.flush();
        return this;
    }

    /** The endpoint URL, once started. */
    String endpoint() {
        return server.endpoint().toString();
    }

    /** Queues the notification S3 would send for a completed write to the input bucket. */
    private void written(String bucket, String key, long size, String etag) {
        if (!INPUT_BUCKET.equals(bucket) || worker.isShutdown()) return;
        worker.execute(() -> notify(key, size, etag));
    }

    private void notify(String key, long size, String etag) {
        Map<String, Object> object = new java.util.LinkedHashMap<>();
        // Keys are URL-encoded in S3 notifications ('+' for a space), slashes kept as S3 keeps them.
        object.put("key", URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/"));
        if (size >= 0) object.put("size", size);
        if (etag != null) object.put("eTag", etag.replace("\"", ""));
        Map<String, Object> event = Map.of("Records", List.of(Map.of(
                "eventSource", "aws:s3", "eventName", "ObjectCreated:Put", "awsRegion", "us-east-1",
                "s3", Map.of("s3SchemaVersion", "1.0", "bucket", Map.of("name", INPUT_BUCKET), "object", object))));
        String where = "s3://" + INPUT_BUCKET + "/" + key;
        try {
            Map<String, Object> response = handler.handle(event,
                    new LocalContext(LocalFunction.TIMEOUT_SECONDS, LocalFunction.MEMORY_MB, err));
            for (Object o : (List<?>) response.get("objects")) {
                Map<?, ?> line = (Map<?, ?>) o;
                if ("processed".equals(line.get("status"))) {
                    out.printf("cleaned %s -> %s  report s3://%s/%s  article %s  (%s ms)%n", where, verdict(line),
                            LocalFunction.OUTPUT_BUCKET, line.get("report"),
                            line.get("article") == null ? "(none)" : "s3://" + LocalFunction.OUTPUT_BUCKET + "/" + line.get("article"),
                            line.get("millis"));
                } else {
                    out.printf("%s %s%n", line.get("status"), where);
                }
            }
        } catch (RuntimeException e) {
            out.printf("FAILED %s: %s (upload it again to retry)%n", where, e.getMessage());
        }
        out.flush();
    }

    /** The verdict with what matters about it: reasons, a cross-document duplicate, an unreadable input's message. */
    static String verdict(Map<?, ?> line) {
        StringBuilder sb = new StringBuilder(String.valueOf(line.get("verdict")));
        if (line.get("reasons") instanceof List<?> reasons && !reasons.isEmpty()) sb.append(' ').append(reasons);
        Object duplicate = line.get("duplicate");
        if ("exact".equals(duplicate) || "near".equals(duplicate)) sb.append(", ").append(duplicate).append(" duplicate");
        if (line.get("message") != null) sb.append(": ").append(line.get("message"));
        return sb.toString();
    }

    /** Stops the endpoint after the queued notifications are handled; safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed.getCount() == 0) return;
        worker.shutdown();
        try {
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) worker.shutdownNow();
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
        if (s3 != null) s3.close();
        if (server != null) server.close();
        closed.countDown();
    }

    /**
     * The server's blob store, reporting each completed write. For file and memory stores the
     * server keeps a multipart upload's metadata in a stub blob named after the upload id while the
     * upload runs; writes of those stubs are not uploads and are not reported.
     */
    private final class Notifying extends ForwardingBlobStore {
        private static final String MPU_STUB_PREFIX = ".s3proxy-mpu-stub-";
        private final Set<String> uploadsInProgress = ConcurrentHashMap.newKeySet();

        Notifying(BlobStore delegate) {
            super(delegate);
        }

        @Override
        public String putBlob(String container, Blob blob) {
            return notified(container, blob, super.putBlob(container, blob));
        }

        @Override
        public String putBlob(String container, Blob blob, PutOptions options) {
            return notified(container, blob, super.putBlob(container, blob, options));
        }

        /** Fires the handler for a stored object, unless it is a part of a multipart upload still in progress. */
        private String notified(String container, Blob blob, String etag) {
            String name = blob.getMetadata().getName();
            // S3Proxy 3.3 names the stub ".s3proxy-mpu-stub-<upload id>"; earlier versions, the upload id.
            String uploadId = name.startsWith(MPU_STUB_PREFIX) ? name.substring(MPU_STUB_PREFIX.length()) : name;
            if (!uploadsInProgress.contains(uploadId)) {
                written(container, blob.getMetadata().getName(), size(blob), etag);
            }
            return etag;
        }

        @Override
        public MultipartUpload initiateMultipartUpload(String container, BlobMetadata metadata, PutOptions options) {
            MultipartUpload mpu = super.initiateMultipartUpload(container, metadata, options);
            uploadsInProgress.add(mpu.id());
            return mpu;
        }

        @Override
        public void abortMultipartUpload(MultipartUpload mpu) {
            super.abortMultipartUpload(mpu);
            uploadsInProgress.remove(mpu.id());
        }

        @Override
        public String completeMultipartUpload(MultipartUpload mpu, List<MultipartPart> parts) {
            String etag = super.completeMultipartUpload(mpu, parts);
            uploadsInProgress.remove(mpu.id());
            written(mpu.containerName(), mpu.blobName(), -1, etag);
            return etag;
        }

        @Override
        public String copyBlob(String fromContainer, String fromName, String toContainer, String toName,
                               CopyOptions options) {
            String etag = super.copyBlob(fromContainer, fromName, toContainer, toName, options);
            written(toContainer, toName, -1, etag);
            return etag;
        }

        private static long size(Blob blob) {
            Long length = blob.getMetadata().getContentMetadata().getContentLength();
            return length == null ? -1 : length;
        }
    }
}
