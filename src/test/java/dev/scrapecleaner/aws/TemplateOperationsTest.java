package dev.scrapecleaner.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What template.yaml gives operators: default bucket names valid for any stack name, a log group
 * with retention, old input versions that expire, alarms on failed events and on the error rate,
 * a dashboard of the function's metrics, and comments that point to README sections that exist.
 */
class TemplateOperationsTest {
    static Map<String, Object> template;

    @BeforeAll
    static void parse() throws IOException {
        template = TemplateTest.load(Path.of("template.yaml"));
    }

    /** S3's rules for a bucket name (general purpose buckets). */
    static boolean validBucketName(String name) {
        return name.length() >= 3 && name.length() <= 63 && name.matches("[a-z0-9][a-z0-9.-]*[a-z0-9]")
                && !name.contains("..") && !name.matches("\\d+\\.\\d+\\.\\d+\\.\\d+") && !name.startsWith("xn--")
                && !name.endsWith("-s3alias");
    }

    /** Evaluates the intrinsics a default bucket name uses, for a stack with this name and id. */
    @SuppressWarnings("unchecked")
    static Object evaluate(Object expr, Map<String, String> pseudo, Map<String, Object> vars) {
        if (expr instanceof String s) return s;
        if (expr instanceof List<?> l) return l.stream().map(x -> evaluate(x, pseudo, vars)).toList();
        Map<String, Object> fn = (Map<String, Object>) expr;
        if (fn.containsKey("Ref")) {
            String ref = (String) fn.get("Ref");
            assertTrue(pseudo.containsKey(ref), "a default bucket name may use only pseudo parameters, not " + ref);
            return pseudo.get(ref);
        }
        if (fn.containsKey("Fn::Split")) {
            List<Object> a = (List<Object>) fn.get("Fn::Split");
            return List.of(((String) evaluate(a.get(1), pseudo, vars)).split(Pattern.quote((String) a.get(0)), -1));
        }
        if (fn.containsKey("Fn::Select")) {
            List<Object> a = (List<Object>) fn.get("Fn::Select");
            return ((List<Object>) evaluate(a.get(1), pseudo, vars)).get(Integer.parseInt(String.valueOf(a.get(0))));
        }
        if (fn.containsKey("Fn::Sub")) {
            Object sub = fn.get("Fn::Sub");
            String text = sub instanceof List<?> l ? (String) l.get(0) : (String) sub;
            Map<String, Object> local = sub instanceof List<?> l ? (Map<String, Object>) l.get(1) : Map.of();
            Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(text);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String name = m.group(1);
                Object value = local.containsKey(name) ? evaluate(local.get(name), pseudo, vars) : pseudo.get(name);
                assertNotNull(value, "unresolved ${" + name + "} in " + text);
                m.appendReplacement(sb, Matcher.quoteReplacement((String) value));
            }
            return m.appendTail(sb).toString();
        }
        throw new AssertionError("an intrinsic the check does not evaluate: " + fn.keySet());
    }

    @Test
    void defaultBucketNamesAreValidForAnyStackName() {
        String longName = "A".repeat(40) + "-Scrape-Cleaner-" + "b".repeat(72); // CloudFormation allows 128 characters
        for (String stack : List.of("ScrapeCleaner", "scrape-cleaner", longName)) {
            Map<String, String> pseudo = Map.of("AWS::StackName", stack, "AWS::AccountId", "123456789012",
                    "AWS::StackId", "arn:aws:cloudformation:us-east-1:123456789012:stack/" + stack
                            + "/1c2fa620-982a-11e3-aff7-50e2416294e0",
                    "AWS::Region", "us-east-1", "AWS::Partition", "aws");
            Set<String> names = new LinkedHashSet<>();
            for (String bucket : List.of("InputBucket", "OutputBucket")) {
                List<?> choice = (List<?>) TemplateTest.map(template, "Resources", bucket, "Properties", "BucketName").get("Fn::If");
                String name = (String) evaluate(choice.get(1), pseudo, Map.of());
                assertTrue(validBucketName(name), "stack " + stack + ": invalid default name " + name);
                names.add(name);
            }
            assertEquals(2, names.size(), "input and output must differ: " + names);
        }
    }

    @Test
    void everyDefaultBucketNameInTheTemplateIsTheSameExpression() throws IOException {
        String text = Files.readString(Path.of("template.yaml"));
        assertTrue(!text.contains("${AWS::StackName}-raw") && !text.contains("${AWS::StackName}-clean"),
                "a bucket name still built from the stack's name");
    }

    @Test
    void logsAreKeptForASetTimeAndOldInputVersionsExpire() {
        Map<String, Object> function = TemplateTest.map(template, "Resources", "ScrapeCleanerFunction", "Properties");
        assertEquals(Map.of("Ref", "FunctionLogGroup"), TemplateTest.map(function, "LoggingConfig").get("LogGroup"));
        Map<String, Object> group = TemplateTest.map(template, "Resources", "FunctionLogGroup");
        assertEquals("AWS::Logs::LogGroup", group.get("Type"));
        assertEquals(Map.of("Ref", "LogRetentionDays"), TemplateTest.map(group, "Properties").get("RetentionInDays"));

        List<?> rules = (List<?>) TemplateTest.map(template, "Resources", "InputBucket", "Properties", "LifecycleConfiguration")
                .get("Rules");
        boolean expires = rules.stream().anyMatch(r -> r instanceof Map<?, ?> m && "Enabled".equals(m.get("Status"))
                && m.get("NoncurrentVersionExpiration") instanceof Map<?, ?> e && e.get("NoncurrentDays") != null);
        assertTrue(expires, "no rule expires the versioned input bucket's old versions: " + rules);
    }

    @Test
    void alarmsWatchFailedEventsAndTheErrorRateAndADashboardShowsTheMetrics() {
        Map<String, Object> resources = TemplateTest.map(template, "Resources");
        Map<String, Object> failed = TemplateTest.map(resources, "FailedEventsAlarm", "Properties");
        assertEquals("ApproximateNumberOfMessagesVisible", failed.get("MetricName"));
        assertEquals(Map.of("Fn::GetAtt", List.of("FailedEventsQueue", "QueueName")),
                ((Map<?, ?>) ((List<?>) failed.get("Dimensions")).get(0)).get("Value"));
        String errorRate = String.valueOf(TemplateTest.map(resources, "ErrorRateAlarm", "Properties").get("Metrics"));
        assertTrue(errorRate.contains("Errors") && errorRate.contains("Invocations") && errorRate.contains("errors / invocations"),
                errorRate);
        String dashboard = String.valueOf(TemplateTest.map(resources, "Dashboard", "Properties").get("DashboardBody"));
        for (String metric : List.of("\"Objects\", \"verdict\"", "\"Duplicates\", \"duplicate\"", "\"Rejects\", \"rejectReason\"",
                "\"parseMs\"", "\"BytesIn\"", "\"BytesOut\"")) {
            assertTrue(dashboard.contains(metric), "the dashboard lacks " + metric);
        }
    }

    @Test
    void commentsPointToReadmeSectionsThatExist() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Set<String> headings = new LinkedHashSet<>();
        for (String line : readme.lines().toList()) {
            if (line.startsWith("#")) headings.add(line.replaceFirst("^#+\\s*", "").replace("`", "").strip());
        }
        List<String> missing = new ArrayList<>();
        Matcher m = Pattern.compile("README\\s+\"([^\"]+)\"").matcher(Files.readString(Path.of("template.yaml")));
        int found = 0;
        while (m.find()) {
            found++;
            if (!headings.contains(m.group(1))) missing.add(m.group(1));
        }
        assertTrue(found >= 5, "the template's README references were not found");
        if (!missing.isEmpty()) fail("template.yaml points to README sections that do not exist: " + missing);
    }
}
