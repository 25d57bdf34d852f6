package dev.scrapecleaner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scrapecleaner.aws.S3Clients;
import dev.scrapecleaner.report.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/** {@code serve} as a user runs it: upload with an S3 client, find the report in the output bucket. */
class ServeCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);

    private static S3Client client(ServeCommand serve) {
        return S3Clients.forEndpoint(URI.create(serve.endpoint()), "us-east-1", EmbeddedS3Server.ACCESS_KEY,
                EmbeddedS3Server.SECRET_KEY);
    }

    /** The report, once the handler has written it; null if it is not there within 10 s. */
    private static Map<String, Object> awaitReport(S3Client s3, String key) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                return Json.parseObject(s3.getObjectAsBytes(b -> b.bucket(LocalFunction.OUTPUT_BUCKET)
                        .key("reports/" + key + ".json")).asUtf8String());
            } catch (NoSuchKeyException notYet) {
                Thread.sleep(100);
            }
        }
        return null;
    }

    @Test
    void uploadedObjectsAreCleanedIntoTheOutputBucket(@TempDir Path data) throws Exception {
        byte[] page = Files.readAllBytes(Path.of("events", "raw", "harbour-wind-farm.html"));
        try (ServeCommand serve = new ServeCommand(print, print).start(data, 0); S3Client s3 = client(serve)) {
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("aws --endpoint-url " + serve.endpoint()
                    + " s3 cp page.html s3://raw-scrapes/"), out.toString(StandardCharsets.UTF_8));

            s3.putObject(b -> b.bucket("raw-scrapes").key("news/a page.html"), RequestBody.fromBytes(page));
            Map<String, Object> report = awaitReport(s3, "news/a page.html");

            assertEquals("accept", report == null ? null : report.get("verdict"));
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("cleaned s3://raw-scrapes/news/a page.html -> accept"),
                    out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void multipartUploadsFireOnceWhenComplete(@TempDir Path data) throws Exception {
        byte[] page = Files.readAllBytes(Path.of("events", "raw", "harbour-wind-farm.html"));
        try (ServeCommand serve = new ServeCommand(print, print).start(data, 0); S3Client s3 = client(serve)) {
            String uploadId = s3.createMultipartUpload(b -> b.bucket("raw-scrapes").key("big.html")).uploadId();
            String etag = s3.uploadPart(b -> b.bucket("raw-scrapes").key("big.html").uploadId(uploadId).partNumber(1),
                    RequestBody.fromBytes(page)).eTag();
            s3.completeMultipartUpload(b -> b.bucket("raw-scrapes").key("big.html").uploadId(uploadId)
                    .multipartUpload(m -> m.parts(p -> p.partNumber(1).eTag(etag))));

            assertEquals("accept", awaitReport(s3, "big.html").get("verdict"));
            serve.close();  // handles what is queued, then stops
            List<String> reports = Files.walk(data.resolve(LocalFunction.OUTPUT_BUCKET).resolve("reports"))
                    .filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
            assertEquals(List.of("big.html.json"), reports, "the upload's in-progress stub must not be cleaned");
        }
    }

    @Test
    void dataSurvivesARestartAndOldObjectsAreNotCleanedAgain(@TempDir Path data) throws Exception {
        byte[] page = Files.readAllBytes(Path.of("events", "raw", "harbour-wind-farm.html"));
        try (ServeCommand serve = new ServeCommand(print, print).start(data, 0); S3Client s3 = client(serve)) {
            s3.putObject(b -> b.bucket("raw-scrapes").key("kept.html"), RequestBody.fromBytes(page));
            assertEquals("accept", awaitReport(s3, "kept.html").get("verdict"));
        }
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        try (ServeCommand serve = new ServeCommand(new PrintStream(second, true, StandardCharsets.UTF_8), print).start(data, 0);
             S3Client s3 = client(serve)) {
            List<String> raw = s3.listObjectsV2(b -> b.bucket("raw-scrapes")).contents().stream().map(S3Object::key).toList();
            assertEquals(List.of("kept.html"), raw);
            Thread.sleep(300);
            assertFalse(second.toString(StandardCharsets.UTF_8).contains("cleaned s3://"), second.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void helpAndBadPortAreAnswered() {
        assertEquals(0, Main.run(new String[] {"serve", "--help"}, print, print));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--data DIR"));
        assertEquals(2, Main.run(new String[] {"serve", "--port", "http"}, print, print));
    }
}
