package dev.scrapecleaner.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a text dump into blocks, one per non-blank line, and reads the scraper's header line
 * ({@code date YYYY-MM-DD STATUS}) when the dump starts with one.
 */
final class TextDumpParser implements Stage {
    private static final Pattern HEADER = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})(?:\\s+(\\d{3}))?\\s*$");

    @Override
    public String name() {
        return "parse";
    }

    @Override
    public void apply(Page page) {
        String text = page.input().text();
        int start = 0;
        boolean first = true;
        int len = text.length();
        while (start <= len) {
            page.checkDeadline("parse");
            int end = text.indexOf('\n', start);
            if (end < 0) end = len;
            String line = HtmlParser.collapse(text.substring(start, end));
            if (!line.isEmpty()) {
                Block b = new Block(page.blocks().size(), line, "line", 0);
                if (first) {
                    Matcher m = HEADER.matcher(line);
                    if (m.matches()) {
                        page.header(new ScraperHeader(m.group(1), m.group(2) == null ? null : Integer.valueOf(m.group(2))));
                        b.remove(Reason.SCRAPER_HEADER);
                    }
                }
                first = false;
                page.blocks().add(b);
            }
            start = end + 1;
        }
    }
}
