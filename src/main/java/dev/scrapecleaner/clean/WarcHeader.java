package dev.scrapecleaner.clean;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The header of a WARC record in front of a text dump, as a crawler's WET file writes each page's
 * text ({@code WARC/1.0}, {@code WARC-Type: conversion}, {@code WARC-Target-URI}, {@code WARC-Date},
 * …, a blank line): the page's address and the day it was fetched, read as a scraper's header line
 * is, so that neither is taken for the page's text.
 *
 * @param end       the index of the first line after the header (its blank line included)
 * @param targetUri the page's address, or null
 * @param fetchDate the day of {@code WARC-Date} ({@code YYYY-MM-DD}), or null
 * @param records   how many records the dump holds: a WET file holds one a page
 */
record WarcHeader(int end, String targetUri, String fetchDate, int records) {
    private static final Pattern VERSION = Pattern.compile("WARC/\\d\\.\\d");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    /** More lines than any record's header holds: past them, a dump that opened like one is not one. */
    private static final int MAX_LINES = 64;

    /** The header of the record that starts at line {@code first}, or null when the dump does not open with one. */
    static WarcHeader read(List<String> lines, int first) {
        if (first >= lines.size() || !VERSION.matcher(lines.get(first).strip()).matches()) return null;
        String uri = null;
        String date = null;
        int i = first + 1;
        for (; i < lines.size() && !lines.get(i).isBlank(); i++) {
            if (i - first > MAX_LINES) return null;
            String line = lines.get(i);
            int colon = line.indexOf(':');
            if (colon <= 0) return null;
            String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (name.equals("warc-target-uri")) uri = value.startsWith("<") && value.endsWith(">") ? value.substring(1, value.length() - 1) : value;
            if (name.equals("warc-date") && DAY.matcher(value).matches()) date = value.substring(0, 10);
        }
        int records = 1;
        for (int j = i; j < lines.size(); j++) {
            if (opensRecord(lines, j)) records++;
        }
        return new WarcHeader(Math.min(i + 1, lines.size()), uri, date, records);
    }

    /** The line where the next record starts, or the dump's end: a dump holding several records is cleaned for its first. */
    int bodyEnd(List<String> lines) {
        for (int j = end; j < lines.size(); j++) {
            if (opensRecord(lines, j)) return j;
        }
        return lines.size();
    }

    /** A record's first line: the version after a blank line, and a WARC field after it (a page that mentions the version is no record). */
    private static boolean opensRecord(List<String> lines, int j) {
        return j > 0 && j + 1 < lines.size() && lines.get(j - 1).isBlank() && VERSION.matcher(lines.get(j).strip()).matches()
                && lines.get(j + 1).regionMatches(true, 0, "WARC-", 0, 5);
    }
}
