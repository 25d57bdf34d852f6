package dev.scrapecleaner.aws;

import dev.scrapecleaner.report.Thresholds;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The function's settings, read from environment variables that template.yaml sets. Every
 * setting has a default except the output bucket.
 *
 * @param outputBucket     where articles and reports go ({@code OUTPUT_BUCKET}, required)
 * @param articlePrefix    key prefix of article documents ({@code ARTICLE_PREFIX}, default {@code articles/})
 * @param reportPrefix     key prefix of reports ({@code REPORT_PREFIX}, default {@code reports/})
 * @param indexPrefix      key prefix of the duplicate index ({@code INDEX_PREFIX}, default {@code index/}) in
 *                         {@link #indexBucket()}
 * @param maxObjectBytes   objects larger than this are rejected unread ({@code MAX_OBJECT_BYTES}, default 50 MiB)
 * @param maxDecodedBytes  cap on the inflated size of gzipped objects ({@code MAX_DECODED_BYTES}, default 64 MiB)
 * @param dedupe           cross-document dedupe ({@code DEDUPE}): {@code s3} (an index in S3, exact and near
 *                         duplicates), {@code s3-exact} (exact ones only) or {@code off}
 * @param env              all variables, for the settings of other parts: the verdict's {@link #thresholds()},
 *                         {@code EXPECTED_PAGE_TYPES} among them
 */
public record Config(String outputBucket, String articlePrefix, String reportPrefix, String indexPrefix,
                     long maxObjectBytes, long maxDecodedBytes, String dedupe, Map<String, String> env) {
    /** Default of {@code TIME_RESERVE_MS}: the time kept back from cleaning for writing the two documents. */
    public static final long DEFAULT_TIME_RESERVE_MS = 10_000;

    public static Config fromEnv(Map<String, String> env) {
        String out = env.get("OUTPUT_BUCKET");
        if (out == null || out.isBlank()) {
            throw new ConfigException("OUTPUT_BUCKET is not set: name the bucket that receives articles and reports.");
        }
        String dedupe = env.getOrDefault("DEDUPE", "s3");
        if (!dedupe.equals("s3") && !dedupe.equals("s3-exact") && !dedupe.equals("off")) {
            throw new ConfigException("DEDUPE must be 's3' (exact and near duplicates), 's3-exact' (exact ones only,"
                    + " a quarter of the index's requests) or 'off', not '" + dedupe + "'.");
        }
        Config config = new Config(out.strip(),
                prefix(env, "ARTICLE_PREFIX", "articles/"),
                prefix(env, "REPORT_PREFIX", "reports/"),
                prefix(env, "INDEX_PREFIX", "index/"),
                bytes(env, "MAX_OBJECT_BYTES", 50L * 1024 * 1024),
                bytes(env, "MAX_DECODED_BYTES", 64L * 1024 * 1024),
                dedupe, Map.copyOf(env));
        config.refuseLoops();
        String action = env.getOrDefault("DUPLICATE_ACTION", "write").strip();
        if (!action.equals("write") && !action.equals("report-only")) {
            throw new ConfigException("DUPLICATE_ACTION must be 'write' or 'report-only', not '" + action + "'.");
        }
        bytes(env, "TIME_RESERVE_MS", DEFAULT_TIME_RESERVE_MS);
        config.thresholds();
        return config;
    }

    /**
     * The verdict's thresholds ({@code MIN_WORDS}... {@code EXPECTED_LANGUAGES}, and
     * {@code EXPECTED_PAGE_TYPES}: the page types the ingest takes, default {@code article}, a page
     * confidently typed as another flagged {@code unexpected-page-type}). A bad value is a
     * {@link ConfigException} that names the variable and, for page types, the valid ones.
     */
    public Thresholds thresholds() {
        try {
            return Thresholds.fromEnv(env);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    /** {@code INPUT_BUCKET}, when set: the bucket whose objects trigger the function. */
    public String inputBucket() {
        String v = env.get("INPUT_BUCKET");
        return v == null || v.isBlank() ? null : v.strip();
    }

    /**
     * {@code INDEX_BUCKET}: the bucket that holds the duplicate index, under {@link #indexPrefix()};
     * the output bucket when unset. The template gives the index a bucket of its own, so that
     * listing the outputs lists articles and reports only, and so that the index can be an S3
     * Express One Zone directory bucket (cheaper and faster requests).
     */
    public String indexBucket() {
        String v = env.get("INDEX_BUCKET");
        return v == null || v.isBlank() ? outputBucket : v.strip();
    }

    /** {@code INPUT_PREFIX}: only keys under it are scrapes ("" = the whole input bucket). */
    public String inputPrefix() {
        return env.getOrDefault("INPUT_PREFIX", "").strip();
    }

    /**
     * {@code DUPLICATE_ACTION}: {@code write} (default) writes a duplicate's article as any other;
     * {@code report-only} writes only its report, which names the earlier article.
     */
    public boolean reportOnlyForDuplicates() {
        return env.getOrDefault("DUPLICATE_ACTION", "write").strip().equals("report-only");
    }

    /** {@code TIME_RESERVE_MS}: milliseconds of the invocation kept back from cleaning, for writing. */
    public long timeReserveMillis() {
        return bytes(env, "TIME_RESERVE_MS", DEFAULT_TIME_RESERVE_MS);
    }

    /** True for the function's own outputs: a key under an output prefix of the output bucket. */
    public boolean isOutput(String bucket, String key) {
        return bucket.equals(outputBucket) && (key.startsWith(articlePrefix) || key.startsWith(reportPrefix))
                || bucket.equals(indexBucket()) && key.startsWith(indexPrefix);
    }

    /**
     * Refuses a configuration whose outputs land where they trigger the function again: the
     * input bucket is the output bucket and the input prefix overlaps an output prefix (an empty
     * input prefix overlaps them all). Each output would clean into a new output, forever.
     */
    private void refuseLoops() {
        String in = inputBucket();
        if (in == null) return;
        String inPrefix = inputPrefix();
        Map<String, String> outputs = new LinkedHashMap<>();
        if (in.equals(outputBucket)) {
            outputs.put("ARTICLE_PREFIX", articlePrefix);
            outputs.put("REPORT_PREFIX", reportPrefix);
        }
        if (in.equals(indexBucket())) outputs.put("INDEX_PREFIX", indexPrefix);
        for (Map.Entry<String, String> out : outputs.entrySet()) {
            String p = out.getValue();
            if (inPrefix.startsWith(p) || p.startsWith(inPrefix)) {
                String both = out.getKey().equals("INDEX_PREFIX") && !in.equals(outputBucket) ? "INDEX_BUCKET" : "OUTPUT_BUCKET";
                throw new ConfigException("INPUT_BUCKET and " + both + " are both '" + in + "' and INPUT_PREFIX '" + inPrefix
                        + "' overlaps " + out.getKey() + " '" + p + "': every output would trigger the function again,"
                        + " in a loop. Use a separate output bucket, or input and output prefixes that do not overlap.");
            }
        }
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
