package dev.scrapecleaner.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where no Docker engine runs, the LocalStack tests are skipped with one plain line. */
class DockerEngineTest {
    @Test
    void aMissingEngineIsOneReasonInPlainWords(@TempDir Path dir) {
        String reason = DockerEngine.missingReason(Map.of(), dir.resolve("docker.sock"));
        assertTrue(reason.startsWith("no Docker engine ("), reason);
        assertNull(DockerEngine.missingReason(Map.of("DOCKER_HOST", "tcp://127.0.0.1:2375"), dir.resolve("docker.sock")),
                "a DOCKER_HOST setup is left to Testcontainers");
    }

    @Test
    void testcontainersDockerDetectionIsNotRunWithoutAnEngine() {
        // The class's own condition decides first; Testcontainers' (which logs ERROR lines) is not asked.
        var testcontainers = LocalStackEventHandlerTest.class.getAnnotation(org.testcontainers.junit.jupiter.Testcontainers.class);
        assertEquals(false, testcontainers.disabledWithoutDocker());
        var extensions = LocalStackEventHandlerTest.class.getAnnotation(org.junit.jupiter.api.extension.ExtendWith.class);
        assertEquals(DockerEngine.class, extensions.value()[0]);
    }

    @Test
    void handlerTestsLogToTheirOwnContextNotTheConsole() throws java.io.IOException {
        // With no context the handler's lines go to standard output, and the fault tests' expected
        // ERROR lines filled the build's console; every test gives the handler a context.
        java.util.List<String> offenders = new java.util.ArrayList<>();
        java.util.regex.Pattern nullContext = java.util.regex.Pattern.compile("\\.handle\\([^;]*,\\s*null\\)");
        try (var files = java.nio.file.Files.walk(Path.of("src", "test", "java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (nullContext.matcher(java.nio.file.Files.readString(f)).find()) offenders.add(f.getFileName().toString());
            }
        }
        assertEquals(java.util.List.of(), offenders, "tests that let the handler log to the console");
    }
}
