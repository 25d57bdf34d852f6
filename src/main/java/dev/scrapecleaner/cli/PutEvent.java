package dev.scrapecleaner.cli;

import dev.scrapecleaner.report.Json;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An S3 {@code ObjectCreated:Put} notification for local files, shaped as S3 sends it (keys
 * URL-encoded with {@code +} for a space), so that {@code invoke --object FILE} runs the handler
 * on any scrape without writing an event file first, as {@code sam local generate-event s3 put} helps to.
 */
final class PutEvent {
    static final String BUCKET = "raw-scrapes";
    static final String KEY_PREFIX = "scrapes/";

    private PutEvent() {
    }

    /** The S3 key a local file is uploaded under: the prefix and the file's name. */
    static String keyOf(Path file) {
        return KEY_PREFIX + file.getFileName();
    }

    /** The event's JSON for these files, in the given region. */
    static String forFiles(List<Path> files, String region) throws IOException {
        List<Object> records = new ArrayList<>();
        long sequencer = 0x0066C3B5F0A1B2C3L;
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("key", URLEncoder.encode(keyOf(file), StandardCharsets.UTF_8).replace("%2F", "/"));
            object.put("size", bytes.length);
            object.put("eTag", md5(bytes));
            object.put("sequencer", Long.toHexString(sequencer++).toUpperCase());
            Map<String, Object> s3 = new LinkedHashMap<>();
            s3.put("s3SchemaVersion", "1.0");
            s3.put("configurationId", "scrape-cleaner-input");
            s3.put("bucket", Map.of("name", BUCKET, "arn", "arn:aws:s3:::" + BUCKET));
            s3.put("object", object);
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("eventVersion", "2.1");
            record.put("eventSource", "aws:s3");
            record.put("awsRegion", region);
            record.put("eventTime", Instant.now().toString());
            record.put("eventName", "ObjectCreated:Put");
            record.put("s3", s3);
            records.add(record);
        }
        return Json.write(Map.of("Records", records), false);
    }

    /** A single-part upload's ETag is the MD5 of its bytes. */
    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }
}
