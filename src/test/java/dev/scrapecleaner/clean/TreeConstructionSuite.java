package dev.scrapecleaner.clean;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code #data} inputs of the html5lib tree-construction tests (in the shared evaluation
 * data): about 1,800 small documents that exercise every corner of the HTML parser, foreign
 * content and {@code <plaintext>} included.
 */
final class TreeConstructionSuite {
    static final Path DIR = Path.of("..", "shared", "eval", "html5lib-tests", "tree-construction");

    /** One input: the file and number it comes from, and its markup. */
    record Input(String name, String html) {
    }

    private TreeConstructionSuite() {
    }

    static boolean present() {
        return Files.isDirectory(DIR);
    }

    static String absent() {
        return "the html5lib tests are absent at " + DIR.toAbsolutePath().normalize() + " (shared data beside the clone): skipped";
    }

    /** Every input of every {@code .dat} file, in file order. */
    static List<Input> inputs() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".dat")).sorted().toList();
        }
        List<Input> inputs = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            StringBuilder data = null;
            int n = 0;
            for (String line : lines) {
                if (line.equals("#data")) {
                    data = new StringBuilder();
                } else if (data != null && line.startsWith("#errors")) {
                    String html = data.length() > 0 ? data.substring(0, data.length() - 1) : "";
                    inputs.add(new Input(DIR.relativize(file) + " #" + ++n, html));
                    data = null;
                } else if (data != null) {
                    data.append(line).append('\n');
                }
            }
        }
        return inputs;
    }
}
