package dev.scrapecleaner.cli;

import java.io.PrintStream;

/** {@code invoke}: placeholder until the AWS adapter lands. */
final class InvokeCommand {
    private final PrintStream err;

    InvokeCommand(PrintStream out, PrintStream err) {
        this.err = err;
    }

    int run(String[] args) {
        err.println("invoke is not built yet");
        return 1;
    }
}
