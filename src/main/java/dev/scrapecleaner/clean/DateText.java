package dev.scrapecleaner.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written for readers ("Published March 3, 2025", "3 Mar 2025", "2025-03-03") and in
 * addresses ({@code /2025/03/03/}), read as a day. Numeric day-month orders are read only where
 * they cannot be the other way round, or where the page uses dots (a European day first).
 */
final class DateText {
    /** A month's name is any word here, looked up after the match: an alternation of every name in every language cost a regex engine its time on each word of a page. */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?U)\\b(\\p{L}{3,10})\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,3}((?:19|20)\\d{2})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?U)\\b(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s{1,3}(?:de\\s{1,3})?(\\p{L}{3,10})\\.?,?\\s{0,3}(?:de\\s{1,3})?((?:19|20)\\d{2})\\b");
    private static final Pattern ISO_DAY = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})([./])(\\d{1,2})\\2((?:19|20)\\d{2})\\b");
    private static final Pattern URL_DAY = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)");
    private static final Map<String, Integer> MONTHS = months();
    private static final String[] ENGLISH = {"january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december"};

    private DateText() {
    }

    /** The first date written in the text, ISO 8601 ({@code yyyy-MM-dd}), or null. */
    static String find(String text) {
        if (text == null || text.length() > 400) return null;
        LocalDate best = null;
        int at = Integer.MAX_VALUE;
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            LocalDate d = day(m.group(3), month(m.group(1)), m.group(2));
            if (d != null) {
                best = d;
                at = m.start();
                break;
            }
        }
        m = DAY_MONTH_YEAR.matcher(text);
        while (m.find() && m.start() < at) {
            LocalDate d = day(m.group(3), month(m.group(2)), m.group(1));
            if (d != null) {
                best = d;
                at = m.start();
                break;
            }
        }
        m = ISO_DAY.matcher(text);
        if (m.find() && m.start() < at) {
            LocalDate d = day(m.group(1), Integer.valueOf(m.group(2)), m.group(3));
            if (d != null) {
                best = d;
                at = m.start();
            }
        }
        m = NUMERIC.matcher(text);
        if (m.find() && m.start() < at) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            // Dots: day first (Europe). Slashes: whichever order is the only possible one.
            Integer month = m.group(2).equals(".") || a > 12 ? Integer.valueOf(b) : b > 12 ? Integer.valueOf(a) : null;
            String dayOf = month == null ? null : String.valueOf(month == b ? a : b);
            LocalDate d = month == null ? null : day(m.group(4), month, dayOf);
            if (d != null) best = d;
        }
        return best == null ? null : best.toString();
    }

    /** The day an address names in its path ({@code /2025/03/03/slug}), or null. */
    static String fromUrl(String url) {
        if (url == null) return null;
        Matcher m = URL_DAY.matcher(url);
        if (!m.find()) return null;
        LocalDate d = day(m.group(1), Integer.valueOf(m.group(2)), m.group(3));
        return d == null ? null : d.toString();
    }

    /** The month a word names (a full name, or the first three letters of an English one), or null. */
    private static Integer month(String name) {
        String k = name.toLowerCase(Locale.ROOT);
        Integer m = MONTHS.get(k);
        if (m != null) return m;
        // "Sept", "Sept.", "Janu…": an English name cut short.
        for (String full : ENGLISH) if (k.length() >= 3 && full.startsWith(k)) return MONTHS.get(full);
        return null;
    }

    private static LocalDate day(String year, Integer month, String day) {
        if (month == null) return null;
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new java.util.HashMap<>();
        String[][] names = {
                {"jan", "january", "januar", "janvier", "enero", "janeiro"},
                {"feb", "february", "februar", "février", "febrero", "fevereiro"},
                {"mar", "march", "märz", "mars", "marzo", "março"},
                {"apr", "april", "avril", "abril"},
                {"may", "mai", "mayo", "maio"},
                {"jun", "june", "juni", "juin", "junio", "junho"},
                {"jul", "july", "juli", "juillet", "julio", "julho"},
                {"aug", "august", "août", "agosto"},
                {"sep", "sept", "september", "septembre", "septiembre", "setembro"},
                {"oct", "october", "oktober", "octobre", "octubre", "outubro"},
                {"nov", "november", "novembre", "noviembre", "novembro"},
                {"dec", "december", "dezember", "décembre", "diciembre", "dezembro"}};
        for (int i = 0; i < names.length; i++) for (String n : names[i]) m.put(n, i + 1);
        return m;
    }
}
