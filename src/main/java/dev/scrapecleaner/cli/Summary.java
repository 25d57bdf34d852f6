package dev.scrapecleaner.cli;

import dev.scrapecleaner.aws.ObjectRef;
import dev.scrapecleaner.report.Json;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** Prints, for one processed object, where its outputs went, its report in brief and the clean article. */
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
        if (report.get("input") instanceof Map<?, ?> in) {
            out.println("   input:   " + in.get("bytes") + " bytes, " + in.get("format") + ", " + in.get("charset")
                    + ", " + in.get("blocks") + " blocks");
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
        if (article != null) {
            out.println();
            out.println("   " + (article.get("title") != null ? article.get("title") : article.get("headline")));
            out.println();
            if (article.get("paragraphs") instanceof List<?> ps) {
                for (Object p : ps) out.println("   " + p);
            }
        }
    }

    private static Map<String, Object> read(S3Client s3, String bucket, String key) {
        try {
            return Json.parseObject(s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String());
        } catch (NoSuchKeyException e) {
            return null;
        }
    }
}
