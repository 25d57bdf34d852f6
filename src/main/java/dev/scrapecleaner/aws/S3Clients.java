package dev.scrapecleaner.aws;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * Builds the S3 client. The URL-connection HTTP client is used rather than Apache or Netty:
 * it is part of the JDK, so it adds the least to the jar and to cold start.
 */
public final class S3Clients {
    private S3Clients() {
    }

    /** A client for real S3, with the region and credentials of the Lambda environment. */
    public static S3Client forAws(String region) {
        var b = S3Client.builder()
                .httpClient(httpClient())
                .credentialsProvider(DefaultCredentialsProvider.builder().build());
        if (region != null && !region.isBlank()) b.region(Region.of(region));
        return b.build();
    }

    /**
     * A client for an S3-compatible endpoint (the embedded server, LocalStack): path-style
     * addressing, and checksums only where the API requires them, which such servers expect.
     */
    public static S3Client forEndpoint(URI endpoint, String region, String accessKey, String secretKey) {
        return S3Client.builder()
                .httpClient(httpClient())
                .endpointOverride(endpoint)
                .region(Region.of(region == null || region.isBlank() ? "us-east-1" : region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
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
            return forAws(region);
        }
        return forEndpoint(URI.create(endpoint.strip()), region, env.getOrDefault("AWS_ACCESS_KEY_ID", "test"),
                env.getOrDefault("AWS_SECRET_ACCESS_KEY", "test"));
    }

    private static software.amazon.awssdk.http.SdkHttpClient httpClient() {
        return UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(5))
                .socketTimeout(Duration.ofSeconds(30))
                .build();
    }
}
