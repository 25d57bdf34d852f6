package dev.scrapecleaner.aws;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A Lambda context whose log goes to memory: tests that inject faults expect ERROR lines, which
 * on the build's console would make a passing build look broken.
 */
final class QuietContext {
    private QuietContext() {
    }

    static LocalContext create() {
        return new LocalContext(60, 1024, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }
}
