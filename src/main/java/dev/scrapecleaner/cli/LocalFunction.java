package dev.scrapecleaner.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The function as template.yaml deploys it, for running it locally: its environment variables
 * (with the bucket names a local run uses), timeout and memory. A test keeps this in step with
 * the template.
 */
final class LocalFunction {
    static final String HANDLER = "dev.scrapecleaner.aws.EventHandler::handleRequest";
    static final int TIMEOUT_SECONDS = 60;
    static final int MEMORY_MB = 1024;
    static final String OUTPUT_BUCKET = "clean-articles";

    private LocalFunction() {
    }

    /** The environment the template gives the function, with local bucket names and endpoint. */
    static Map<String, String> environment(String endpoint, String region) {
        Map<String, String> env = new LinkedHashMap<>(templateVariables());
        env.put("OUTPUT_BUCKET", OUTPUT_BUCKET);
        env.put("AWS_REGION", region);
        if (endpoint != null) env.put("S3_ENDPOINT", endpoint);
        return env;
    }

    /** The variables template.yaml sets with fixed values (the bucket name is a reference there). */
    static Map<String, String> templateVariables() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("ARTICLE_PREFIX", "articles/");
        env.put("REPORT_PREFIX", "reports/");
        env.put("INDEX_PREFIX", "index/");
        env.put("MAX_OBJECT_BYTES", "52428800");
        env.put("MAX_DECODED_BYTES", "67108864");
        env.put("DEDUPE", "s3");
        env.put("DUPLICATE_ACTION", "write");
        env.put("TIME_RESERVE_MS", "10000");
        env.put("MIN_WORDS", "50");
        env.put("MOSTLY_BOILERPLATE", "0.97");
        env.put("MOSTLY_DUPLICATE", "0.6");
        env.put("ENCODING_DAMAGE", "0.01");
        env.put("REVIEW_BELOW_SCORE", "0.5");
        env.put("EXPECTED_LANGUAGES", "");
        env.put("EXPECTED_PAGE_TYPES", "article");
        env.put("PAGE_TYPE_CONFIDENCE", "0.5");
        return env;
    }
}
