package dev.scrapecleaner.clean;

import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Published dates as pages declare them, brought to ISO 8601: an offset date-time when the page
 * gives a time and zone, a local date-time or a date otherwise. Pages write dates every which
 * way ({@code 2019-11-19T08:57:40+0100}, {@code Tue, 19 Nov 2019 08:57:40 GMT},
 * {@code 2019-11-19 08:57}); a value none of the known forms reads is kept as declared.
 */
final class Dates {
    private static final List<DateTimeFormatter> OFFSET = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            pattern("yyyy-MM-dd'T'HH:mm[:ss][.SSS]XX"),
            pattern("yyyy-MM-dd HH:mm[:ss][.SSS]XXX"),
            pattern("yyyy-MM-dd HH:mm[:ss][.SSS]XX"),
            DateTimeFormatter.RFC_1123_DATE_TIME);
    private static final List<DateTimeFormatter> ZONED = List.of(
            pattern("yyyy-MM-dd HH:mm[:ss] z"),
            pattern("MMMM d, yyyy, hh:mm a z"),
            pattern("EEE MMM d yyyy HH:mm:ss 'GMT'XX"));
    private static final List<DateTimeFormatter> LOCAL = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            pattern("yyyy-MM-dd HH:mm[:ss][.SSS]"),
            pattern("yyyy/MM/dd HH:mm[:ss]"),
            pattern("MMMM d, yyyy HH:mm"));
    private static final List<DateTimeFormatter> DATE = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            pattern("yyyy/MM/dd"),
            pattern("MMMM d, yyyy"),
            pattern("MMM d, yyyy"),
            pattern("d MMMM yyyy"),
            pattern("d MMM yyyy"),
            pattern("yyyy MMM d"),
            pattern("yyyy MMMM d"));

    private static final java.util.regex.Pattern LEADING_DAY = java.util.regex.Pattern.compile(
            "((?:19|20)\\d{2}-\\d{2}-\\d{2})(?:[T ]|$)");

    private Dates() {
    }

    static String iso(String declared) {
        if (declared == null) return null;
        String read = read(declared);
        return read != null ? read : declared.strip();
    }

    /**
     * The declared date in ISO 8601, or null when no known form reads it. A value that opens with a
     * day ({@code 2019-11-19 08:57:40 +0000 UTC}) and goes on in an unknown form is read as that day.
     */
    static String read(String declared) {
        if (declared == null) return null;
        String v = declared.strip();
        String whole = readWhole(v);
        if (whole != null) return whole;
        java.util.regex.Matcher m = LEADING_DAY.matcher(v);
        return m.lookingAt() ? readWhole(m.group(1)) : null;
    }

    private static String readWhole(String v) {
        for (DateTimeFormatter f : OFFSET) {
            if (!reads(f, v)) continue;
            try {
                return OffsetDateTime.parse(v, f).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        for (DateTimeFormatter f : ZONED) {
            if (!reads(f, v)) continue;
            try {
                return ZonedDateTime.parse(v, f).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        for (DateTimeFormatter f : LOCAL) {
            if (!reads(f, v)) continue;
            try {
                return LocalDateTime.parse(v, f).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        for (DateTimeFormatter f : DATE) {
            if (!reads(f, v)) continue;
            try {
                return LocalDate.parse(v, f).format(DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        return null;
    }

    /**
     * Whether the form reads the whole value, before any field is checked: a value most forms do
     * not read is passed over without the cost of an exception per form.
     */
    private static boolean reads(DateTimeFormatter f, String v) {
        ParsePosition at = new ParsePosition(0);
        return f.parseUnresolved(v, at) != null && at.getErrorIndex() < 0 && at.getIndex() == v.length();
    }

    private static DateTimeFormatter pattern(String p) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(Locale.ENGLISH);
    }
}
