package dev.scrapecleaner.clean;

import java.time.Duration;

/**
 * The moment by which cleaning must stop, so that the caller keeps time to write its outputs.
 * The core checks it between stages and inside its long loops, and gives up with a
 * {@code time-budget} reject rather than be killed half way. Knows nothing of Lambda: the caller
 * turns its own clock (such as the remaining invocation time) into one of these.
 */
public final class Deadline {
    private static final Deadline NONE = new Deadline(0, false);

    private final long atNanos;
    private final boolean bounded;

    private Deadline(long atNanos, boolean bounded) {
        this.atNanos = atNanos;
        this.bounded = bounded;
    }

    /** No limit: for the command line and tests. */
    public static Deadline none() {
        return NONE;
    }

    /** A deadline this long from now; zero or negative means already passed. */
    public static Deadline in(Duration budget) {
        return new Deadline(System.nanoTime() + budget.toNanos(), true);
    }

    public boolean passed() {
        return bounded && System.nanoTime() - atNanos >= 0;
    }

    /** Throws {@link Exceeded} naming the stage when the deadline has passed. */
    public void check(String stage) {
        if (passed()) throw new Exceeded(stage);
    }

    /** Cleaning ran out of time during {@link #stage()}; the {@link Cleaner} turns it into a reject. */
    public static final class Exceeded extends RuntimeException {
        private final String stage;

        Exceeded(String stage) {
            super("time budget exceeded during " + stage, null, false, false);
            this.stage = stage;
        }

        public String stage() {
            return stage;
        }
    }
}
