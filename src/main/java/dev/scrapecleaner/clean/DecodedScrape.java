package dev.scrapecleaner.clean;

/**
 * A raw scrape turned into text: what format it holds, which charset decoded it, whether it was
 * gzipped. An HTML page's text is without its script and style bodies and comments
 * ({@link MarkupPrefilter}); {@code decodedBytes} counts them. When {@link #problem()} is set the
 * text is empty and the scrape cannot be cleaned. {@code charsetSource} says how the charset was
 * found (bom, transport, meta, late-meta, bytes, default); {@code charsetNote}, when not null, why
 * a declared charset was not used. {@code warc}, when not null, is the crawler's record the page came
 * in (its address, fetch day and HTTP status); the text is then the page alone.
 */
public record DecodedScrape(String text, Format format, String charset, boolean gzipped,
                            long inputBytes, long decodedBytes, InputProblem problem,
                            String charsetSource, String charsetNote, WarcResponse warc) {

    public DecodedScrape(String text, Format format, String charset, boolean gzipped, long inputBytes, long decodedBytes,
                         InputProblem problem, String charsetSource, String charsetNote) {
        this(text, format, charset, gzipped, inputBytes, decodedBytes, problem, charsetSource, charsetNote, null);
    }

    static DecodedScrape failed(long inputBytes, boolean gzipped, InputProblem problem) {
        return new DecodedScrape("", Format.NONE, null, gzipped, inputBytes, 0, problem, null, null, null);
    }

    public boolean ok() {
        return problem == null;
    }
}
