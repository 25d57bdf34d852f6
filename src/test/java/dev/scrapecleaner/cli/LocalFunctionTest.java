package dev.scrapecleaner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scrapecleaner.aws.TemplateTest;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A local run gets the environment the template gives the deployed function. */
class LocalFunctionTest {
    @Test
    void everyFixedTemplateVariableHasTheSameValueLocally() throws Exception {
        Map<String, Object> template = TemplateTest.load(Path.of("template.yaml"));
        Map<?, ?> function = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) template.get("Resources")).get("ScrapeCleanerFunction")).get("Properties");
        Map<?, ?> vars = (Map<?, ?>) ((Map<?, ?>) function.get("Environment")).get("Variables");
        Map<String, String> fixed = new TreeMap<>();
        vars.forEach((k, v) -> {
            if (v instanceof String s && !k.equals("JAVA_TOOL_OPTIONS") && !k.equals("INPUT_PREFIX")) fixed.put((String) k, s);
        });
        Map<String, String> local = new TreeMap<>(LocalFunction.templateVariables());
        local.keySet().retainAll(fixed.keySet());
        assertEquals(fixed.keySet().size(), local.size(), "variables the template fixes but a local run lacks: " + fixed.keySet());
        assertEquals(fixed, local);
        Map<?, ?> globals = (Map<?, ?>) ((Map<?, ?>) template.get("Globals")).get("Function");
        assertEquals(LocalFunction.TIMEOUT_SECONDS, ((Number) setting(function, globals, "Timeout")).intValue());
        assertEquals(LocalFunction.MEMORY_MB, ((Number) setting(function, globals, "MemorySize")).intValue());
    }

    @Test
    void everyVariableTheTemplateTakesFromAParameterHasItsDefaultLocally() throws Exception {
        Map<String, Object> template = TemplateTest.load(Path.of("template.yaml"));
        Map<?, ?> parameters = (Map<?, ?>) template.get("Parameters");
        Map<?, ?> function = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) template.get("Resources")).get("ScrapeCleanerFunction")).get("Properties");
        Map<?, ?> vars = (Map<?, ?>) ((Map<?, ?>) function.get("Environment")).get("Variables");
        Map<String, String> fromParameters = new TreeMap<>();
        vars.forEach((k, v) -> {
            if (v instanceof Map<?, ?> ref && ref.get("Ref") instanceof String p && !k.equals("INPUT_PREFIX")) {
                fromParameters.put((String) k, String.valueOf(((Map<?, ?>) parameters.get(p)).get("Default")));
            }
        });
        assertTrue(fromParameters.containsKey("EXPECTED_PAGE_TYPES"), fromParameters.toString());
        Map<String, String> local = new TreeMap<>(LocalFunction.templateVariables());
        local.keySet().retainAll(fromParameters.keySet());
        assertEquals(fromParameters, local);
    }

    /** A function property, or the Globals default SAM applies when the function does not set it. */
    private static Object setting(Map<?, ?> function, Map<?, ?> globals, String name) {
        return function.containsKey(name) ? function.get(name) : globals.get(name);
    }
}
