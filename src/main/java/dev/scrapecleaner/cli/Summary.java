package dev.scrapecleaner.cli;

import dev.scrapecleaner.aws.ObjectRef;
import dev.scrapecleaner.report.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** Prints, for one processed object, where its outputs went, its report in brief and in full, and the clean article. */
final class Summary {
    private Summary() {
    }

    static void print(PrintStream out, S3Client s3, String bucket, String articlePrefix, String reportPrefix,
                      ObjectRef ref) {
        String reportKey = reportPrefix + ref.key() + ".json";
        String articleKey = articlePrefix + ref.key() + ".json";
        out.println();
        out.println("== s3://" + ref.bucket() + "/" + ref.key());
        Map<String, Object> report = read(s3, bucket, reportKey);
        if (report == null) {
            out.println("   no report at s3://" + bucket + "/" + reportKey);
            return;
        }
        out.println("   report:  s3://" + bucket + "/" + reportKey);
        Map<String, Object> article = read(s3, bucket, articleKey);
        out.println("   article: " + (article == null ? "(not written)" : "s3://" + bucket + "/" + articleKey));
        out.println("   verdict: " + report.get("verdict") + "  score " + report.get("score")
                + "  reasons " + report.get("reasons") + "  flags " + report.get("flags"));
        if (report.get("pageType") != null) out.println("   page type: " + CleanCommand.pageType(report));
        if (report.get("error") instanceof Map<?, ?> error) {
            out.println("   error:   " + error.get("message"));
        }
        if (report.get("input") instanceof Map<?, ?> in) {
            StringBuilder sb = new StringBuilder("   input:   " + in.get("bytes") + " bytes");
            if (!"none".equals(in.get("format"))) sb.append(", ").append(in.get("format"));
            if (in.get("charset") != null) sb.append(", ").append(in.get("charset"));
            if (in.get("blocks") instanceof Number n && n.intValue() > 0) sb.append(", ").append(n).append(" blocks");
            out.println(sb);
        }
        if (report.get("output") instanceof Map<?, ?> o) {
            out.println("   output:  " + o.get("paragraphs") + " paragraphs, " + o.get("words") + " words");
        }
        if (report.get("removed") instanceof List<?> removed) {
            StringBuilder sb = new StringBuilder();
            for (Object g : removed) {
                if (g instanceof Map<?, ?> m) sb.append(m.get("reason")).append(" ×").append(m.get("count")).append("  ");
            }
            out.println("   removed: " + sb.toString().strip());
        }
        if (report.get("duplicates") instanceof Map<?, ?> d) {
            out.println("   duplicates: " + Json.write(d, false));
        }
        out.println();
        out.println("   report (s3://" + bucket + "/" + reportKey + "):");
        for (String line : Json.write(report, true).split("\n")) out.println("   " + line);
        if (article != null) {
            out.println();
            out.println("   article (s3://" + bucket + "/" + articleKey + "):");
            out.println("   " + (article.get("title") != null ? article.get("title") : article.get("headline")));
            out.println();
            if (article.get("paragraphs") instanceof List<?> ps) {
                for (Object p : ps) out.println("   " + p);
            }
        }
    }

    /**
     * Copies the objects' articles and reports from the output bucket to {@code dir}, under their
     * keys ({@code dir/articles/<key>.json}); returns how many files were written.
     */
    static int download(S3Client s3, String bucket, List<String> prefixes, List<ObjectRef> refs, Path dir) throws IOException {
        int written = 0;
        Path root = dir.toAbsolutePath().normalize();
        for (ObjectRef ref : refs) {
            for (String prefix : prefixes) {
                String key = prefix + ref.key() + ".json";
                byte[] body;
                try {
                    body = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
                } catch (NoSuchKeyException e) {
                    continue;
                }
                Path target = root.resolve(key).normalize();
                if (!target.startsWith(root)) throw new IOException("the key " + key + " would leave " + dir);
                Files.createDirectories(target.getParent());
                Files.write(target, body);
                written++;
            }
        }
        return written;
    }

    private static Map<String, Object> read(S3Client s3, String bucket, String key) {
        try {
            return Json.parseObject(s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String());
        } catch (NoSuchKeyException e) {
            return null;
        }
    }
}
