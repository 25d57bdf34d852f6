package dev.scrapecleaner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core packages stay plain Java with jsoup: no AWS, no command line, no training, no embedded server. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src", "main", "java", "dev", "scrapecleaner");
    private static final List<String> FORBIDDEN_IN_CORE = List.of(
            "import dev.scrapecleaner.aws", "import dev.scrapecleaner.cli", "import dev.scrapecleaner.learn", "import software.amazon",
            "import com.amazonaws", "import org.gaul", "import org.jclouds");

    @Test
    void corePackagesImportNeitherAwsNorCli() throws IOException {
        List<String> violations = new ArrayList<>();
        int files = 0;
        for (String pkg : List.of("clean", "dedupe", "report")) {
            try (Stream<Path> s = Files.walk(MAIN.resolve(pkg))) {
                for (Path f : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                    files++;
                    for (String line : Files.readAllLines(f)) {
                        for (String bad : FORBIDDEN_IN_CORE) {
                            if (line.strip().startsWith(bad)) violations.add(f + ": " + line.strip());
                        }
                        if (line.contains("software.amazon.") || line.contains("com.amazonaws.")) {
                            violations.add(f + ": " + line.strip());
                        }
                    }
                }
            }
        }
        assertTrue(files > 10, "expected to scan the core sources, found " + files);
        assertEquals(List.of(), violations);
    }

    @Test
    void awsAdapterDoesNotDependOnTheCommandLine() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> s = Files.walk(MAIN.resolve("aws"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.strip().startsWith("import dev.scrapecleaner.cli") || line.strip().startsWith("import org.gaul")) {
                        violations.add(f + ": " + line.strip());
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
