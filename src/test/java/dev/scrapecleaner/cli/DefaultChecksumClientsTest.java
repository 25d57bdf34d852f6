package dev.scrapecleaner.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;

/**
 * {@code serve} accepts what current S3 clients send by default: the SDK's flexible checksums
 * (an {@code x-amz-checksum-*} header or an aws-chunked body with a trailing checksum, and
 * {@code x-amz-sdk-checksum-algorithm}), for CRC32, CRC32C, SHA-256 and CRC64NVME, on single
 * and multipart uploads, batch deletes, and reads that validate the checksum. The AWS CLI sends
 * the same since it adopted these defaults, so the README's commands need no extra variable.
 */
class DefaultChecksumClientsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);

    /** A client as an application would build one: the SDK's default checksum behaviour (WHEN_SUPPORTED). */
    private static S3Client defaultClient(ServeCommand serve) {
        return S3Client.builder()
                .endpointOverride(URI.create(serve.endpoint()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(EmbeddedS3Server.ACCESS_KEY, EmbeddedS3Server.SECRET_KEY)))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_SUPPORTED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_SUPPORTED)
                .build();
    }

    /** CRC-64/NVME (reflected polynomial 0x9A6C9329AC4BC9B5, all bits set at start and end). */
    static long crc64Nvme(byte[] data) {
        long crc = -1L;
        for (byte b : data) {
            crc ^= b & 0xFF;
            for (int i = 0; i < 8; i++) crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0x9A6C9329AC4BC9B5L : crc >>> 1;
        }
        return ~crc;
    }

    @Test
    void crc64NvmeOfTheStandardCheckString() {
        assertEquals(0xAE8B14860A799888L, crc64Nvme("123456789".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void uploadsWithTheSdksDefaultChecksumsAreStoredAndCleaned(@TempDir Path data) throws Exception {
        byte[] page = Files.readAllBytes(Path.of("events", "raw", "harbour-wind-farm.html"));
        try (ServeCommand serve = new ServeCommand(print, print).start(data, 0); S3Client s3 = defaultClient(serve)) {
            // Default: CRC32, sent as a header (known length) or in a trailer (a stream of unknown length).
            s3.putObject(b -> b.bucket("raw-scrapes").key("default.html"), RequestBody.fromBytes(page));
            s3.putObject(b -> b.bucket("raw-scrapes").key("streamed.html"),
                    RequestBody.fromContentProvider(() -> new ByteArrayInputStream(page), "text/html"));
            for (ChecksumAlgorithm algorithm : List.of(ChecksumAlgorithm.CRC32_C, ChecksumAlgorithm.SHA256)) {
                String key = "with-" + algorithm + ".html";
                s3.putObject(b -> b.bucket("raw-scrapes").key(key).checksumAlgorithm(algorithm), RequestBody.fromBytes(page));
                assertArrayEquals(page, s3.getObjectAsBytes(b -> b.bucket("raw-scrapes").key(key)).asByteArray(), key);
            }
            // CRC64NVME (the AWS CLI v2's choice for some uploads): the Java SDK computes it only with the
            // CRT library, so the value is computed here and sent as the CLI sends it, in a header.
            String crc64 = Base64.getEncoder().encodeToString(ByteBuffer.allocate(8).putLong(crc64Nvme(page)).array());
            s3.putObject(b -> b.bucket("raw-scrapes").key("crc64.html").checksumCRC64NVME(crc64), RequestBody.fromBytes(page));
            assertArrayEquals(page, s3.getObjectAsBytes(b -> b.bucket("raw-scrapes").key("crc64.html")).asByteArray());
            String uploadId = s3.createMultipartUpload(b -> b.bucket("raw-scrapes").key("parts.html")
                    .checksumAlgorithm(ChecksumAlgorithm.CRC32)).uploadId();
            var part = s3.uploadPart(b -> b.bucket("raw-scrapes").key("parts.html").uploadId(uploadId).partNumber(1)
                    .checksumAlgorithm(ChecksumAlgorithm.CRC32), RequestBody.fromBytes(page));
            s3.completeMultipartUpload(b -> b.bucket("raw-scrapes").key("parts.html").uploadId(uploadId)
                    .multipartUpload(m -> m.parts(p -> p.partNumber(1).eTag(part.eTag()).checksumCRC32(part.checksumCRC32()))));

            assertArrayEquals(page, s3.getObjectAsBytes(b -> b.bucket("raw-scrapes").key("default.html")).asByteArray());
            assertArrayEquals(page, s3.getObjectAsBytes(b -> b.bucket("raw-scrapes").key("streamed.html")).asByteArray(),
                    "an aws-chunked body is stored without its chunk framing");
            assertArrayEquals(page, s3.getObjectAsBytes(b -> b.bucket("raw-scrapes").key("parts.html")).asByteArray());
            // DeleteObjects requires a checksum: the SDK sends a flexible one instead of Content-MD5.
            s3.putObject(b -> b.bucket("raw-scrapes").key("gone.txt"), RequestBody.fromString("x"));
            var deleted = s3.deleteObjects(b -> b.bucket("raw-scrapes")
                    .delete(d -> d.objects(ObjectIdentifier.builder().key("gone.txt").build())));
            assertEquals(1, deleted.deleted().size(), deleted.toString());

            serve.close(); // handles what is queued
            String log = out.toString(StandardCharsets.UTF_8);
            for (String key : List.of("default.html", "streamed.html", "parts.html", "crc64.html")) {
                assertTrue(log.contains("cleaned s3://raw-scrapes/" + key + " -> "), log);
            }
        }
    }
}
