package dev.scrapecleaner.clean;

/**
 * One step of the cleaning pipeline. Each stage reads and refines the {@link Page}; the
 * {@link Cleaner} runs them in order and times each.
 */
public interface Stage {
    /** A short name for timings and logs, such as {@code parse} or {@code classify}. */
    String name();

    void apply(Page page);
}
