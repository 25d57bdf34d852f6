package dev.scrapecleaner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README quotes the figures a script can measure as the script printed them, with the date and
 * the machine (scripts/readme-figures.sh), and the jars it quotes are the jars this build makes, to
 * within 5% (a size written by hand drifted with every change; a table a few commits old still holds).
 */
class ReadmeFiguresIT {
    private static final Pattern HEADER = Pattern.compile(
            "README figures, (\\d{4}-\\d{2}-\\d{2}), (\\d+) cores (\\S+), (.+?), load average ([\\d. ]+)");

    private static long quoted(String readme, String jar) {
        Matcher m = Pattern.compile("\\| " + Pattern.quote(jar) + " [^|]*\\| (\\d+) bytes \\|").matcher(readme);
        assertTrue(m.find(), "the README's figures have no size for " + jar);
        return Long.parseLong(m.group(1));
    }

    @Test
    void theReadmeQuotesTheScriptWithDateAndMachineAndItsJarSizesHold() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(HEADER.matcher(readme).find(), "the README's figures lack the script's header (date, machine, load)");
        assertTrue(readme.contains("scripts/readme-figures.sh"), "the README does not name the script its figures come from");
        for (String jar : new String[] {"target/scrape-cleaner-lambda.jar", "target/scrape-cleaner.jar"}) {
            long actual = Files.size(Path.of(jar));
            long quoted = quoted(readme, jar);
            assertTrue(Math.abs(actual - quoted) <= actual * 0.05,
                    jar + " is " + actual + " bytes, the README says " + quoted + ": run scripts/readme-figures.sh and paste its table");
        }
    }
}
