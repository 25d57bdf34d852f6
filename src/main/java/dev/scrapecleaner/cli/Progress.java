package dev.scrapecleaner.cli;

import java.io.PrintStream;

/** A one-line progress bar on stderr, redrawn in place; silent when stderr is not a terminal-like stream. */
final class Progress {
    private final PrintStream err;
    private final int total;
    private final long start = System.nanoTime();
    private final boolean enabled;
    private int lastPercent = -1;

    Progress(PrintStream err, int total) {
        this.err = err;
        this.total = total;
        this.enabled = total > 1;
    }

    void step(int done) {
        if (!enabled) return;
        int percent = (int) (100L * done / total);
        if (percent == lastPercent && done != total) return;
        lastPercent = percent;
        int width = 30;
        int filled = width * done / total;
        double secs = (System.nanoTime() - start) / 1e9;
        err.printf("\r[%s%s] %3d%% %d/%d %.1fs", "#".repeat(filled), " ".repeat(width - filled), percent, done, total, secs);
        if (done == total) err.println();
        err.flush();
    }
}
