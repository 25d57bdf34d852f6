package dev.scrapecleaner.clean;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A crawler's WARC {@code response} record around a page (as Common Crawl's WARC files keep each
 * fetch): the record's header ({@code WARC-Target-URI}, {@code WARC-Date}), then the server's HTTP
 * response (status line, headers, the page). The page is what gets cleaned; the HTTP status, the
 * charset its {@code Content-Type} names (which a browser takes over any meta tag), the address and
 * the day it was fetched are what the crawler saw, and go to the report.
 *
 * @param bodyStart   the offset of the page's first byte
 * @param bodyEnd     the offset past its last byte (the record's end, or the next record's start)
 * @param targetUri   the page's address, or null
 * @param fetchDate   the day of {@code WARC-Date} ({@code YYYY-MM-DD}), or null
 * @param httpStatus  the status of the server's response, or null when its status line does not read
 * @param charset     the charset the response's {@code Content-Type} names, or null
 * @param records     how many records the file holds (a WARC file holds a record per fetch and more)
 */
public record WarcResponse(int bodyStart, int bodyEnd, String targetUri, String fetchDate, Integer httpStatus, String charset,
                    int records) {
    private static final byte[] VERSION = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern STATUS = Pattern.compile("HTTP/\\d(?:\\.\\d)? (\\d{3})\\b.*");
    private static final Pattern CHARSET = Pattern.compile("(?i)\\bcharset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    /** More bytes than any record's or response's header holds. */
    private static final int MAX_HEADER = 64 * 1024;

    /** The response record the bytes open with, or null when they open with none (a WET record is text: {@link WarcHeader}). */
    static WarcResponse read(byte[] b) {
        if (!startsWith(b, 0, VERSION)) return null;
        int warcEnd = headerEnd(b, 0);
        if (warcEnd < 0) return null;
        String type = null;
        String uri = null;
        String date = null;
        long length = -1;
        for (String line : lines(b, 0, warcEnd)) {
            int colon = line.indexOf(':');
            if (colon <= 0) continue;
            String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            switch (name) {
                case "warc-type" -> type = value.toLowerCase(Locale.ROOT);
                case "warc-target-uri" -> uri = value.startsWith("<") && value.endsWith(">") ? value.substring(1, value.length() - 1) : value;
                case "warc-date" -> date = DAY.matcher(value).matches() ? value.substring(0, 10) : null;
                case "content-length" -> length = parseLength(value);
                default -> { }
            }
        }
        if (!"response".equals(type) || !startsWith(b, warcEnd, "HTTP/".getBytes(StandardCharsets.US_ASCII))) return null;
        int httpEnd = headerEnd(b, warcEnd);
        if (httpEnd < 0) return null;
        Integer status = null;
        String charset = null;
        boolean first = true;
        for (String line : lines(b, warcEnd, httpEnd)) {
            if (first) {
                Matcher m = STATUS.matcher(line.strip());
                if (m.matches()) status = Integer.valueOf(m.group(1));
                first = false;
            } else if (line.regionMatches(true, 0, "content-type:", 0, 13)) {
                Matcher m = CHARSET.matcher(line);
                if (m.find()) charset = m.group(1);
            }
        }
        int end = length >= 0 && warcEnd + length <= b.length ? (int) (warcEnd + length) : nextRecord(b, httpEnd);
        int records = 1;
        for (int at = nextRecord(b, end); at < b.length; at = nextRecord(b, at + VERSION.length)) records++;
        return new WarcResponse(httpEnd, Math.max(httpEnd, end), uri, date, status, charset, records);
    }

    /** The offset past the blank line that ends the header starting at {@code from}, or -1 when none does in reach. */
    private static int headerEnd(byte[] b, int from) {
        int stop = Math.min(b.length, from + MAX_HEADER);
        for (int i = from; i < stop; i++) {
            if (b[i] != '\n') continue;
            if (i + 1 < b.length && b[i + 1] == '\n') return i + 2;
            if (i + 2 < b.length && b[i + 1] == '\r' && b[i + 2] == '\n') return i + 3;
        }
        return -1;
    }

    /** The next record's start at or after {@code from} (a version line at a line's start), or the end of the bytes. */
    private static int nextRecord(byte[] b, int from) {
        for (int i = Math.max(from, 1); i + VERSION.length <= b.length; i++) {
            if (b[i - 1] == '\n' && startsWith(b, i, VERSION)) return i;
        }
        return b.length;
    }

    private static String[] lines(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.ISO_8859_1).split("\r?\n");
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean startsWith(byte[] b, int at, byte[] prefix) {
        if (at + prefix.length > b.length) return false;
        for (int i = 0; i < prefix.length; i++) if (b[at + i] != prefix[i]) return false;
        return true;
    }
}
