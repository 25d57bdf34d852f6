package dev.scrapecleaner.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Least privilege and data protection, read from the parsed template.yaml: the function may read
 * only the input bucket (under its prefix) and its own reports and index, write only under the
 * output prefixes, and nothing else on S3; the buckets block public access, refuse plain HTTP
 * and encrypt at rest (SSE-S3, or SSE-KMS with a key only S3 may use on IAM's say); the input
 * bucket keeps versions. Bucket names are expressions in the template, so each resource is
 * rendered with INPUT, OUTPUT or INDEX in place of its bucket.
 */
class TemplateSecurityTest {
    static Map<String, Object> template;
    static final Set<String> S3_ACTIONS_ALLOWED = Set.of("s3:GetObject", "s3:GetObjectVersion", "s3:PutObject", "s3:ListBucket");

    @BeforeAll
    static void parse() throws IOException {
        template = TemplateTest.load(Path.of("template.yaml"));
    }

    @Test
    void theFunctionReadsOnlyItsInputAndOwnOutputsAndWritesOnlyUnderTheOutputPrefixes() {
        Map<String, Object> env = TemplateTest.map(function(), "Environment", "Variables");
        Set<String> writable = Set.of("OUTPUT/" + env.get("ARTICLE_PREFIX") + "*", "OUTPUT/" + env.get("REPORT_PREFIX") + "*",
                "INDEX/" + env.get("INDEX_PREFIX") + "*");
        Set<String> readable = Set.of("INPUT/${InputPrefix}*", "OUTPUT/" + env.get("REPORT_PREFIX") + "*",
                "INDEX/" + env.get("INDEX_PREFIX") + "*");
        Set<String> puts = new HashSet<>();
        int s3Statements = 0;
        for (Map<String, Object> st : statements()) {
            List<String> actions = strings(st.get("Action"));
            if (actions.stream().noneMatch(a -> a.startsWith("s3:") || a.equals("*"))) continue;
            s3Statements++;
            assertEquals("Allow", st.get("Effect"), "only Allow statements here: " + st);
            List<String> resources = new ArrayList<>();
            for (Object r : list(st.get("Resource"))) resources.add(render(r));
            for (String action : actions) {
                assertTrue(S3_ACTIONS_ALLOWED.contains(action), "S3 action beyond need: " + action);
            }
            for (String r : resources) {
                assertFalse(r.equals("*") || r.equals("INPUT/*") || r.equals("OUTPUT/*") || r.equals("INDEX/*"),
                        "a whole bucket or everything: " + r);
            }
            if (actions.contains("s3:PutObject")) {
                assertTrue(writable.containsAll(resources), "PutObject outside the output prefixes: " + resources);
                puts.addAll(resources);
            }
            if (actions.contains("s3:GetObject") || actions.contains("s3:GetObjectVersion")) {
                assertTrue(readable.containsAll(resources), "GetObject beyond input and own outputs: " + resources);
            }
            if (actions.contains("s3:ListBucket")) {
                assertTrue(resources.stream().allMatch(r -> r.equals("INPUT") || r.equals("OUTPUT") || r.equals("INDEX")),
                        resources.toString());
                assertNotNull(TemplateTest.map(st, "Condition", "StringLike").get("s3:prefix"), "ListBucket without a prefix: " + st);
            }
        }
        assertEquals(writable, puts, "every output prefix is writable, and only those");
        assertTrue(s3Statements >= 3, "the S3 statements were not found");
        for (Object p : list(function().get("Policies"))) {
            if (p instanceof Map<?, ?> m && m.containsKey("Statement")) continue; // the inline document checked above
            String name = p instanceof Map<?, ?> m ? m.keySet().toString() : String.valueOf(p);
            assertFalse(name.contains("S3"), "a broad S3 policy template or managed policy: " + name);
        }
    }

    /** A directory bucket authorises per bucket: the function may open sessions on the index's, nothing more. */
    @Test
    void theExpressIndexGrantsSessionsOnItsOwnBucketOnly() {
        int found = 0;
        for (Map<String, Object> st : statements()) {
            List<String> actions = strings(st.get("Action"));
            if (actions.stream().noneMatch(a -> a.startsWith("s3express:"))) continue;
            found++;
            assertEquals(List.of("s3express:CreateSession"), actions);
            assertEquals(Map.of("Fn::GetAtt", List.of("IndexDirectoryBucket", "Arn")), st.get("Resource"));
        }
        assertEquals(1, found);
        Map<String, Object> bucket = TemplateTest.map(template, "Resources", "IndexDirectoryBucket");
        assertEquals("IndexExpress", bucket.get("Condition"));
        assertEquals("SingleAvailabilityZone", TemplateTest.map(bucket, "Properties").get("DataRedundancy"));
    }

    @Test
    void kmsUseIsGrantedOnlyWithTheKmsOptionAndOnlyThroughS3() {
        Map<String, Object> conditional = null;
        for (Object st : statementsRaw()) {
            if (st instanceof Map<?, ?> m && m.get("Fn::If") instanceof List<?> branches && "UseKms".equals(branches.get(0))) {
                assertEquals(Map.of("Ref", "AWS::NoValue"), branches.get(2), "without KMS there is no KMS statement");
                @SuppressWarnings("unchecked")
                Map<String, Object> s = (Map<String, Object>) branches.get(1);
                conditional = s;
            }
        }
        assertNotNull(conditional, "no conditional KMS statement");
        assertEquals(Set.of("kms:Decrypt", "kms:GenerateDataKey"), new HashSet<>(strings(conditional.get("Action"))));
        assertEquals(Map.of("Fn::GetAtt", List.of("BucketKey", "Arn")), conditional.get("Resource"));
        assertNotNull(TemplateTest.map(conditional, "Condition", "StringEquals").get("kms:ViaService"));

        Map<String, Object> key = TemplateTest.map(template, "Resources", "BucketKey");
        assertEquals("UseKms", key.get("Condition"));
        Map<String, Object> props = TemplateTest.map(key, "Properties");
        assertEquals(Boolean.TRUE, props.get("EnableKeyRotation"));
        for (Object o : list(TemplateTest.map(props, "KeyPolicy").get("Statement"))) {
            @SuppressWarnings("unchecked")
            Map<String, Object> st = (Map<String, Object>) o;
            assertFalse("*".equals(st.get("Principal")), "a key anyone may use: " + st);
            List<String> actions = strings(st.get("Action"));
            assertFalse(actions.contains("kms:*"), "kms:* in the key policy: " + st);
            if (actions.contains("kms:Decrypt") || actions.contains("kms:GenerateDataKey")) {
                assertNotNull(TemplateTest.map(st, "Condition", "StringEquals").get("kms:ViaService"), "key use outside S3: " + st);
            }
        }
    }

    @Test
    void theBucketsBlockPublicAccessEncryptAndRefusePlainHttp() {
        for (String bucket : List.of("InputBucket", "OutputBucket", "IndexBucket")) {
            Map<String, Object> props = TemplateTest.map(template, "Resources", bucket, "Properties");
            Map<String, Object> pab = TemplateTest.map(props, "PublicAccessBlockConfiguration");
            for (String k : List.of("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets")) {
                assertEquals(Boolean.TRUE, pab.get(k), bucket + " " + k);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> rule = (Map<String, Object>) list(TemplateTest.map(props, "BucketEncryption")
                    .get("ServerSideEncryptionConfiguration")).get(0);
            List<?> byDefault = (List<?>) TemplateTest.map(rule, "ServerSideEncryptionByDefault").get("Fn::If");
            assertEquals("UseKms", byDefault.get(0));
            assertEquals("aws:kms", ((Map<?, ?>) byDefault.get(1)).get("SSEAlgorithm"), bucket);
            assertEquals(Map.of("Fn::GetAtt", List.of("BucketKey", "Arn")), ((Map<?, ?>) byDefault.get(1)).get("KMSMasterKeyID"));
            assertEquals(Map.of("SSEAlgorithm", "AES256"), byDefault.get(2), bucket + ": SSE-S3 by default");
            assertTrue(deniesPlainHttp(bucket), bucket + " has no bucket policy denying aws:SecureTransport false");
        }
        assertEquals("Enabled", TemplateTest.map(template, "Resources", "InputBucket", "Properties", "VersioningConfiguration")
                .get("Status"));
    }

    private static boolean deniesPlainHttp(String bucket) {
        for (Map.Entry<String, Object> r : TemplateTest.map(template, "Resources").entrySet()) {
            Map<?, ?> res = (Map<?, ?>) r.getValue();
            if (!"AWS::S3::BucketPolicy".equals(res.get("Type"))) continue;
            Map<String, Object> props = TemplateTest.map(res, "Properties");
            if (!Map.of("Ref", bucket).equals(props.get("Bucket"))) continue;
            for (Object o : list(TemplateTest.map(props, "PolicyDocument").get("Statement"))) {
                Map<?, ?> st = (Map<?, ?>) o;
                Object bool = st.get("Condition") instanceof Map<?, ?> c && c.get("Bool") instanceof Map<?, ?> b
                        ? b.get("aws:SecureTransport") : null;
                List<Object> resources = list(st.get("Resource"));
                if ("Deny".equals(st.get("Effect")) && "*".equals(st.get("Principal")) && "s3:*".equals(st.get("Action"))
                        && "false".equals(String.valueOf(bool)) && resources.size() == 2
                        && resources.contains(Map.of("Fn::GetAtt", List.of(bucket, "Arn")))) {
                    return true;
                }
            }
        }
        return false;
    }

    static Map<String, Object> function() {
        return TemplateTest.map(template, "Resources", "ScrapeCleanerFunction", "Properties");
    }

    /** The function's own policy statements, with conditional ones taken in their "on" form. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> statements() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object st : statementsRaw()) {
            if (st instanceof Map<?, ?> m && m.get("Fn::If") instanceof List<?> branches) {
                st = branches.get(1);
            }
            out.add((Map<String, Object>) st);
        }
        return out;
    }

    static List<Object> statementsRaw() {
        List<Object> out = new ArrayList<>();
        for (Object p : list(function().get("Policies"))) {
            if (p instanceof Map<?, ?> m && m.get("Statement") != null) out.addAll(list(m.get("Statement")));
        }
        return out;
    }

    /** An S3 ARN expression as INPUT/... or OUTPUT/..., whichever bucket its name expression names. */
    static String render(Object resource) {
        Object sub = resource instanceof Map<?, ?> m ? m.get("Fn::Sub") : resource;
        String text;
        String bucket = null;
        if (sub instanceof List<?> parts) {
            text = (String) parts.get(0);
            String vars = String.valueOf(parts.get(1));
            bucket = vars.contains("InputBucketName") ? "INPUT" : vars.contains("OutputBucketName") ? "OUTPUT"
                    : vars.contains("IndexBucket") ? "INDEX" : null;
        } else if (sub instanceof String s) {
            text = s;
        } else {
            return fail("unexpected resource expression " + resource);
        }
        if (text.equals("*")) return "*";
        String prefix = "arn:${AWS::Partition}:s3:::";
        assertTrue(text.startsWith(prefix) && bucket != null, "not an S3 ARN of one of the buckets: " + resource);
        return text.replace(prefix + "${Bucket}", bucket);
    }

    static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        for (Object x : list(o)) out.add(String.valueOf(x));
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        if (o == null) return List.of();
        return o instanceof List<?> l ? (List<Object>) l : List.of(o);
    }
}
