package dev.scrapecleaner.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ingest wiring in template.yaml: one wiring per parameter value, each with what it needs. */
class IngestTemplateTest {
    private static Map<String, Object> template;

    @BeforeAll
    static void parse() throws IOException {
        template = TemplateTest.load(Path.of("template.yaml"));
    }

    private static Map<String, Object> resource(String name) {
        return TemplateTest.map(template, "Resources", name);
    }

    @Test
    void everyWiringValueHasItsCondition() {
        List<?> values = (List<?>) TemplateTest.map(template, "Parameters", "Wiring").get("AllowedValues");
        assertEquals(List.of("S3", "SQS", "SNS", "SNSToSQS", "EventBridge"), values);
        Map<String, Object> conditions = TemplateTest.map(template, "Conditions");
        for (String c : List.of("WireS3", "WireSqs", "WireSns", "WireSnsToSqs", "WireEventBridge")) {
            assertTrue(conditions.containsKey(c), c);
        }
    }

    @Test
    void sqsPathReportsBatchItemFailuresAndRedrivesToADeadLetterQueue() {
        Map<String, Object> mapping = TemplateTest.map(resource("IngestQueueMapping"), "Properties");
        assertEquals(List.of("ReportBatchItemFailures"), mapping.get("FunctionResponseTypes"));
        assertEquals(Map.of("Fn::GetAtt", List.of("IngestQueue", "Arn")), mapping.get("EventSourceArn"));
        Map<String, Object> queue = TemplateTest.map(resource("IngestQueue"), "Properties");
        Map<String, Object> redrive = TemplateTest.map(queue, "RedrivePolicy");
        assertEquals(Map.of("Fn::GetAtt", List.of("IngestDeadLetterQueue", "Arn")), redrive.get("deadLetterTargetArn"));
        int timeout = (Integer) TemplateTest.map(template, "Globals", "Function").get("Timeout");
        assertTrue((Integer) queue.get("VisibilityTimeout") >= 6 * timeout, "visibility timeout under 6 x function timeout");
        assertEquals("WireQueue", resource("IngestQueuePolling").get("Condition"));
    }

    @Test
    void eachInvokerHasItsPermissionUnderItsWiring() {
        assertEquals("s3.amazonaws.com", TemplateTest.map(resource("S3InvokePermission"), "Properties").get("Principal"));
        assertEquals("WireS3", resource("S3InvokePermission").get("Condition"));
        assertEquals("sns.amazonaws.com", TemplateTest.map(resource("SnsInvokePermission"), "Properties").get("Principal"));
        assertEquals("events.amazonaws.com",
                TemplateTest.map(resource("EventBridgeInvokePermission"), "Properties").get("Principal"));
        Map<String, Object> pattern = TemplateTest.map(resource("IngestRule"), "Properties", "EventPattern");
        assertEquals(List.of("Object Created"), pattern.get("detail-type"));
        assertEquals(List.of("aws.s3"), pattern.get("source"));
    }

    @Test
    void batchOperationsRoleMayInvokeTheFunction() {
        Map<String, Object> role = TemplateTest.map(resource("BatchOperationsRole"), "Properties");
        String trust = role.get("AssumeRolePolicyDocument").toString();
        assertTrue(trust.contains("batchoperations.s3.amazonaws.com"), trust);
        assertTrue(role.get("Policies").toString().contains("lambda:InvokeFunction"));
    }

    @Test
    void cfnLintAcceptsTheTemplate() throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("cfn-lint", "template.yaml").redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "skipped: cfn-lint is not installed (pip install cfn-lint)");
            return;
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "cfn-lint did not finish in 120 s");
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), output);
    }
}
