package dev.scrapecleaner.aws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * Builds the S3 client. The URL-connection HTTP client is used rather than Apache or Netty:
 * it is part of the JDK, so it adds the least to the jar and to cold start. Retries and
 * timeouts are set here explicitly ({@link Retries#DEFAULT}) rather than left to the SDK's
 * defaults, because they must fit inside the Lambda timeout.
 */
public final class S3Clients {
    /** Connect within 3 s; a read that stalls 10 s is a dead connection (a streamed body included). */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private S3Clients() {
    }

    /**
     * How the client rides out S3 faults. Standard retry mode: 500s, 503 SlowDown, throttling,
     * connection resets and timed-out attempts are retried with jittered exponential backoff
     * (longer for throttling), up to {@code maxAttempts} tries in all. A slow attempt is cut at
     * {@code attemptTimeout}; a whole call (every try and backoff) at {@code callTimeout}. When
     * the retries are spent the exception reaches the handler, which fails the invocation so
     * that Lambda retries the event (whose finished objects are then skipped).
     */
    public record Retries(int maxAttempts, Duration attemptTimeout, Duration callTimeout, Duration backoffBase,
                          Duration backoffMax) {
        /**
         * For the 60 s function: three tries of up to 5 s, 15 s per call at most. A normal call
         * takes tens of milliseconds, so one or two faults cost well under a second; a call that
         * cannot finish in 15 s will not finish in the rest of the invocation either, and Lambda's
         * own retry (minutes later) is the better chance.
         */
        public static final Retries DEFAULT = new Retries(3, Duration.ofSeconds(5), Duration.ofSeconds(15),
                Duration.ofMillis(100), Duration.ofSeconds(2));
    }

    /**
     * A client for real S3, with the region and credentials of the Lambda environment. Lambda puts
     * the execution role's credentials in environment variables; reading them there directly, rather
     * than walking the default chain (profiles, web identity, container and instance metadata), is
     * the SDK's own advice for a faster cold start. Elsewhere the default chain applies.
     */
    public static S3Client forAws(String region) {
        return forAws(region, System.getenv());
    }

    static S3Client forAws(String region, java.util.Map<String, String> env) {
        var b = S3Client.builder()
                .httpClient(httpClient())
                .overrideConfiguration(override(Retries.DEFAULT))
                .credentialsProvider(credentials(env));
        if (region != null && !region.isBlank()) b.region(Region.of(region));
        return b.build();
    }

    /**
     * A client for an S3-compatible endpoint (the embedded server, LocalStack): path-style
     * addressing, and checksums only where the API requires them, which such servers expect.
     * Bodies are signed whole rather than in aws-chunked frames: over plain HTTP the SDK frames
     * them, and S3Proxy answers before reading the last frame when it arrives in a packet of its
     * own, then closes the connection, so that the next request on it failed ("Error writing
     * request body to server") on about a third of reused connections. Over plain HTTP no TLS
     * context is built ({@link #plainHttpConnection}).
     */
    public static S3Client forEndpoint(URI endpoint, String region, String accessKey, String secretKey) {
        return forEndpoint(endpoint, region, accessKey, secretKey, Retries.DEFAULT);
    }

    /** As {@link #forEndpoint(URI, String, String, String)}, with other retries and timeouts (tests use short ones). */
    public static S3Client forEndpoint(URI endpoint, String region, String accessKey, String secretKey, Retries retries) {
        return S3Client.builder()
                .httpClient("http".equalsIgnoreCase(endpoint.getScheme())
                        ? UrlConnectionHttpClient.create(S3Clients::plainHttpConnection) : httpClient())
                .overrideConfiguration(override(retries).toBuilder().addExecutionInterceptor(NO_EXPECT_CONTINUE).build())
                .endpointOverride(endpoint)
                .region(Region.of(region == null || region.isBlank() ? "us-east-1" : region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).chunkedEncodingEnabled(false).build())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build();
    }

    /**
     * The client the handler uses: real S3 by default; an S3-compatible endpoint when
     * {@code S3_ENDPOINT} is set (credentials then from {@code AWS_ACCESS_KEY_ID} and
     * {@code AWS_SECRET_ACCESS_KEY}, as LocalStack expects).
     */
    public static S3Client fromEnv(java.util.Map<String, String> env) {
        String endpoint = env.get("S3_ENDPOINT");
        String region = env.getOrDefault("AWS_REGION", "us-east-1");
        if (endpoint == null || endpoint.isBlank()) {
            return forAws(region, env);
        }
        return forEndpoint(URI.create(endpoint.strip()), region, env.getOrDefault("AWS_ACCESS_KEY_ID", "test"),
                env.getOrDefault("AWS_SECRET_ACCESS_KEY", "test"));
    }

    /** Environment credentials inside Lambda (its runtime sets {@code AWS_LAMBDA_FUNCTION_NAME}), the default chain elsewhere. */
    static AwsCredentialsProvider credentials(java.util.Map<String, String> env) {
        boolean inLambda = env.containsKey("AWS_LAMBDA_FUNCTION_NAME") && env.containsKey("AWS_ACCESS_KEY_ID");
        return inLambda ? EnvironmentVariableCredentialsProvider.create() : DefaultCredentialsProvider.builder().build();
    }

    /**
     * Sends a request's body without first asking the server with {@code Expect: 100-continue}.
     * An S3-compatible server that refuses a conditional write (412) at once, before the body, left
     * the JDK's HTTP client failing to write it ("Error writing request body"), so that the answer
     * was lost; the bodies sent to such servers (claims, articles, reports) are small.
     */
    private static final ExecutionInterceptor NO_EXPECT_CONTINUE = new ExecutionInterceptor() {
        @Override
        public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
            SdkHttpRequest request = context.httpRequest();
            return request.firstMatchingHeader("Expect").isPresent() ? request.toBuilder().removeHeader("Expect").build() : request;
        }
    };

    static ClientOverrideConfiguration override(Retries r) {
        return ClientOverrideConfiguration.builder()
                .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        // The JDK's HTTP client reports a connection the server closed under a reused
                        // request ("Unexpected end of file from server") as an UncheckedIOException,
                        // which the SDK's conditions do not take for the I/O fault it is.
                        .retryOnExceptionOrCauseInstanceOf(java.io.UncheckedIOException.class)
                        .maxAttempts(r.maxAttempts())
                        .backoffStrategy(BackoffStrategy.exponentialDelay(r.backoffBase(), r.backoffMax()))
                        .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(r.backoffBase().multipliedBy(5),
                                r.backoffMax().multipliedBy(2)))
                        .build())
                .apiCallAttemptTimeout(r.attemptTimeout())
                .apiCallTimeout(r.callTimeout())
                .build();
    }

    private static software.amazon.awssdk.http.SdkHttpClient httpClient() {
        return UrlConnectionHttpClient.builder()
                .connectionTimeout(CONNECT_TIMEOUT)
                .socketTimeout(READ_TIMEOUT)
                .build();
    }

    /**
     * A connection for a plain-HTTP endpoint, with the same timeouts. The SDK's builder sets up a
     * TLS context (trust store, JSSE) whether or not the endpoint uses TLS: about 0.1 s of a cold
     * start that an HTTP endpoint never needs. Proxies come from the JVM's settings.
     */
    static HttpURLConnection plainHttpConnection(URI uri) {
        try {
            HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
            c.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
            c.setReadTimeout((int) READ_TIMEOUT.toMillis());
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a connection to " + uri, e);
        }
    }
}
