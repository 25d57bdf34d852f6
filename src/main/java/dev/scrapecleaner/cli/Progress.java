package dev.scrapecleaner.cli;

import java.io.PrintStream;

/**
 * A one-line progress bar on stderr, redrawn in place on a terminal. When stderr is a file or a
 * pipe (CI logs), it prints a plain line at every tenth of the work instead of a redraw per item.
 */
final class Progress {
    private final PrintStream err;
    private final int total;
    private final long start = System.nanoTime();
    private final boolean enabled;
    private final boolean terminal;
    private int lastPercent = -1;

    Progress(PrintStream err, int total) {
        this(err, total, System.console() != null);
    }

    Progress(PrintStream err, int total, boolean terminal) {
        this.err = err;
        this.total = total;
        this.enabled = total > 1;
        this.terminal = terminal;
    }

    void step(int done) {
        if (!enabled) return;
        int percent = (int) (100L * done / total);
        if (percent == lastPercent && done != total) return;
        if (!terminal && percent / 10 == lastPercent / 10 && lastPercent >= 0 && done != total) return;
        lastPercent = percent;
        double secs = (System.nanoTime() - start) / 1e9;
        if (!terminal) {
            err.printf("%3d%% %d/%d %.1fs%n", percent, done, total, secs);
            return;
        }
        int width = 30;
        int filled = width * done / total;
        err.printf("\r[%s%s] %3d%% %d/%d %.1fs", "#".repeat(filled), " ".repeat(width - filled), percent, done, total, secs);
        if (done == total) err.println();
        err.flush();
    }
}
