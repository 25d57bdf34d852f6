package dev.scrapecleaner.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Context;
import dev.scrapecleaner.clean.PageType;
import dev.scrapecleaner.report.Thresholds;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** template.yaml parses, and what it deploys exists: handler class and method, runtime, wiring. */
public class TemplateTest {
    static Map<String, Object> template;

    @BeforeAll
    static void parse() throws IOException {
        template = load(Path.of("template.yaml"));
    }

    /** Loads a CloudFormation YAML file; short-form intrinsics (!Ref, !Sub, ...) become {"Fn::X": value} maps. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> load(Path file) throws IOException {
        Yaml yaml = new Yaml(new CloudFormationConstructor());
        try (Reader r = Files.newBufferedReader(file)) {
            return (Map<String, Object>) yaml.load(r);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o, String... path) {
        Object cur = o;
        for (String p : path) {
            cur = ((Map<String, Object>) cur).get(p);
            assertNotNull(cur, "missing " + String.join(".", path));
        }
        return (Map<String, Object>) cur;
    }

    static Map<String, Object> function() {
        return map(template, "Resources", "ScrapeCleanerFunction", "Properties");
    }

    @Test
    void handlerNamesAnExistingStreamHandlerMethod() throws Exception {
        String handler = (String) function().get("Handler");
        String[] parts = handler.split("::");
        Class<?> type = Class.forName(parts[0]);
        Method m = type.getMethod(parts[1], InputStream.class, OutputStream.class, Context.class);
        assertTrue(Modifier.isPublic(m.getModifiers()));
        assertNotNull(type.getConstructor(), "Lambda needs a public no-argument constructor");
    }

    @Test
    void runsOnJava25WithADeadLetterDestination() {
        Map<String, Object> globals = map(template, "Globals", "Function");
        assertEquals("java25", globals.get("Runtime"));
        Map<String, Object> onFailure = map(function(), "EventInvokeConfig", "DestinationConfig", "OnFailure");
        assertEquals("SQS", onFailure.get("Type"));
        assertEquals("makefile", map(template, "Resources", "ScrapeCleanerFunction", "Metadata").get("BuildMethod"));
    }

    @Test
    void s3TriggerIsOnTheInputBucketAndOutputsGoElsewhere() {
        // The default wiring (parameter Wiring = S3): the input bucket notifies the function.
        assertEquals("S3", map(template, "Parameters", "Wiring").get("Default"));
        List<?> lambda = (List<?>) ((List<?>) map(template, "Resources", "InputBucket", "Properties",
                "NotificationConfiguration", "LambdaConfigurations").get("Fn::If")).get(1);
        assertEquals(Map.of("Ref", "ScrapeCleanerFunction.Alias"), ((Map<?, ?>) lambda.get(0)).get("Function"));
        Map<String, Object> env = map(function(), "Environment", "Variables");
        assertFalse(env.get("OUTPUT_BUCKET").toString().contains("InputBucket"));
    }

    @Test
    void expectedPageTypesAreAParameterWhosePatternTakesWhatTheFunctionTakes() {
        Map<String, Object> parameter = map(template, "Parameters", "ExpectedPageTypes");
        assertEquals("article", parameter.get("Default"));
        assertEquals(Map.of("Ref", "ExpectedPageTypes"), map(function(), "Environment", "Variables").get("EXPECTED_PAGE_TYPES"));
        Pattern allowed = Pattern.compile((String) parameter.get("AllowedPattern"));
        List<String> good = new ArrayList<>(List.of("*", "any", "article,forum", "article, listing ,product"));
        good.addAll(PageType.LABELS);
        for (String v : good) {
            assertTrue(allowed.matcher(v).matches(), v);
            Thresholds.pageTypes(v);
        }
        for (String v : List.of("", "article,", ",forum", "article;forum", "*,forum")) {
            assertFalse(allowed.matcher(v).matches(), v);
        }
    }

    @Test
    void bucketsBlockPublicAccessAndEncrypt() {
        for (String bucket : List.of("InputBucket", "OutputBucket")) {
            Map<String, Object> props = map(template, "Resources", bucket, "Properties");
            Map<String, Object> pab = map(props, "PublicAccessBlockConfiguration");
            assertEquals(4, pab.size());
            pab.values().forEach(v -> assertEquals(Boolean.TRUE, v, bucket));
            assertNotNull(props.get("BucketEncryption"), bucket);
        }
        assertEquals("Enabled", map(template, "Resources", "InputBucket", "Properties", "VersioningConfiguration").get("Status"));
    }

    /** Turns each CloudFormation short-form tag into the long form CloudFormation itself uses. */
    static final class CloudFormationConstructor extends SafeConstructor {
        CloudFormationConstructor() {
            super(new LoaderOptions());
            for (String fn : List.of("Ref", "Sub", "GetAtt", "If", "Equals", "Join", "Select", "Split", "FindInMap",
                    "ImportValue", "Not", "And", "Or", "Condition", "Base64", "Cidr", "GetAZs")) {
                String key = fn.equals("Ref") || fn.equals("Condition") ? fn : "Fn::" + fn;
                this.yamlConstructors.put(new Tag("!" + fn), new AbstractConstruct() {
                    @Override
                    public Object construct(Node node) {
                        Object value;
                        if (node instanceof ScalarNode s) {
                            value = fn.equals("GetAtt") ? List.of(s.getValue().split("\\.", 2)) : s.getValue();
                        } else if (node instanceof SequenceNode q) {
                            value = constructSequence(q);
                        } else {
                            value = constructMapping((MappingNode) node);
                        }
                        return Map.of(key, value);
                    }
                });
            }
        }
    }
}
