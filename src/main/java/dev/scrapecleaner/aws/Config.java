package dev.scrapecleaner.aws;

import java.util.Map;

/**
 * The function's settings, read from environment variables that template.yaml sets. Every
 * setting has a default except the output bucket.
 *
 * @param outputBucket     where articles and reports go ({@code OUTPUT_BUCKET}, required)
 * @param articlePrefix    key prefix of article documents ({@code ARTICLE_PREFIX}, default {@code articles/})
 * @param reportPrefix     key prefix of reports ({@code REPORT_PREFIX}, default {@code reports/})
 * @param indexPrefix      key prefix of the duplicate index ({@code INDEX_PREFIX}, default {@code index/})
 * @param maxObjectBytes   objects larger than this are rejected unread ({@code MAX_OBJECT_BYTES}, default 50 MiB)
 * @param maxDecodedBytes  cap on the inflated size of gzipped objects ({@code MAX_DECODED_BYTES}, default 64 MiB)
 * @param dedupe           cross-document dedupe: {@code s3} (index in the output bucket) or {@code off} ({@code DEDUPE})
 * @param env              all variables, for the settings of other parts (report thresholds)
 */
public record Config(String outputBucket, String articlePrefix, String reportPrefix, String indexPrefix,
                     long maxObjectBytes, long maxDecodedBytes, String dedupe, Map<String, String> env) {

    public static Config fromEnv(Map<String, String> env) {
        String out = env.get("OUTPUT_BUCKET");
        if (out == null || out.isBlank()) {
            throw new ConfigException("OUTPUT_BUCKET is not set: name the bucket that receives articles and reports.");
        }
        String dedupe = env.getOrDefault("DEDUPE", "s3");
        if (!dedupe.equals("s3") && !dedupe.equals("off")) {
            throw new ConfigException("DEDUPE must be 's3' or 'off', not '" + dedupe + "'.");
        }
        return new Config(out.strip(),
                prefix(env, "ARTICLE_PREFIX", "articles/"),
                prefix(env, "REPORT_PREFIX", "reports/"),
                prefix(env, "INDEX_PREFIX", "index/"),
                bytes(env, "MAX_OBJECT_BYTES", 50L * 1024 * 1024),
                bytes(env, "MAX_DECODED_BYTES", 64L * 1024 * 1024),
                dedupe, Map.copyOf(env));
    }

    public String articleKey(String inputKey) {
        return articlePrefix + inputKey + ".json";
    }

    public String reportKey(String inputKey) {
        return reportPrefix + inputKey + ".json";
    }

    private static String prefix(Map<String, String> env, String name, String def) {
        String v = env.getOrDefault(name, def).strip();
        if (v.isEmpty()) throw new ConfigException(name + " must not be empty (default " + def + ").");
        return v.endsWith("/") ? v : v + "/";
    }

    private static long bytes(Map<String, String> env, String name, long def) {
        String v = env.get(name);
        if (v == null || v.isBlank()) return def;
        try {
            long n = Long.parseLong(v.strip());
            if (n <= 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigException(name + " must be a positive number of bytes, not '" + v + "'.");
        }
    }

    /** A setting that cannot work; the message says which and what to set. */
    public static final class ConfigException extends RuntimeException {
        public ConfigException(String message) {
            super(message);
        }
    }
}
