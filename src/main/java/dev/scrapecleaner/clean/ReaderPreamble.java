package dev.scrapecleaner.clean;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields a reader service writes before the page it converted ({@code Title: …}, {@code URL Source: …},
 * {@code Published Time: …}, then {@code Markdown Content:} and the page), as LLM-oriented fetchers such as
 * Jina's Reader do: what the page declared, read as a scraper's header is, so that none of it is
 * taken for the page's text.
 *
 * @param end           the index of the first line of the page (after the {@code … Content:} line)
 * @param marker        the line that opens the page ({@code Markdown Content:}), the preamble's block
 * @param title         the page's declared title (its {@code <title>}), or null
 * @param urlSource     the page's address
 * @param publishedTime the publication date or time as the page declared it, or null
 * @param httpStatus    the error status the reader met fetching the page ({@code Warning: Target URL returned
 *                      error 404: Not Found}), or null: the service answers such a fetch with the error page
 */
record ReaderPreamble(int end, String marker, String title, String urlSource, String publishedTime, Integer httpStatus) {
    /** A field line: a name of letters and spaces ("URL Source"), a colon, its value. */
    private static final Pattern FIELD = Pattern.compile("([A-Za-z][A-Za-z ]{0,40}):(?:\\s+(.*))?");
    /** The line after which the page starts, as Markdown or as plain text. */
    private static final Pattern CONTENT = Pattern.compile("(?:Markdown|Text) Content:");
    /** The warning a reader gives when the page's server answered with an error. */
    private static final Pattern ERROR_STATUS = Pattern.compile("(?i)\\breturned error (\\d{3})\\b");
    /** More lines than any preamble holds: a dump that opens like one and goes on is a page. */
    private static final int MAX_LINES = 40;

    /** The preamble that opens the dump at line {@code first}, or null when it opens with none. */
    static ReaderPreamble read(List<String> lines, int first) {
        if (first >= lines.size() || !lines.get(first).startsWith("Title:")) return null;
        String title = null;
        String url = null;
        String published = null;
        Integer status = null;
        for (int i = first; i < lines.size() && i - first <= MAX_LINES; i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) continue;
            if (CONTENT.matcher(line).matches()) {
                return url == null ? null : new ReaderPreamble(i + 1, line, title, url, published, status);
            }
            Matcher m = FIELD.matcher(line);
            if (!m.matches()) return null;
            String value = m.group(2) == null ? "" : m.group(2).strip();
            switch (m.group(1).strip().toLowerCase(Locale.ROOT)) {
                case "title" -> title = value.isEmpty() ? null : value;
                case "url source" -> url = value.isEmpty() ? null : value;
                case "published time" -> published = value.isEmpty() ? null : value;
                case "warning" -> {
                    Matcher error = ERROR_STATUS.matcher(value);
                    if (error.find()) status = Integer.valueOf(error.group(1));
                }
                default -> { }
            }
        }
        return null;
    }
}
