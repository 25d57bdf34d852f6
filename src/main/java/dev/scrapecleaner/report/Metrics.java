package dev.scrapecleaner.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text measures used by the report. */
public final class Metrics {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

    private Metrics() {
    }

    public static int wordCount(String text) {
        int n = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) n++;
        return n;
    }
}
