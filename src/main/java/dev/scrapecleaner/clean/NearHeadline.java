package dev.scrapecleaner.clean;

import dev.scrapecleaner.clean.MetadataCandidate.Field;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Bylines and date lines next to the headline, read from the blocks around it: "By Jane Doe",
 * "Published March 3, 2025". A date line that says it is an update's is no publication date; one
 * that says "published" or "posted" is told apart, since it is surer.
 */
final class NearHeadline {
    /** How many blocks before and after an HTML page's h1 are looked at. */
    static final int BEFORE = 4;
    static final int AFTER = 10;
    private static final Pattern UPDATED = Pattern.compile(
            "(?i)\\b(?:updated?|modified|last (?:reviewed|edited|changed)|edited|revised|aktualisiert|mis à jour|actualizado)\\b");
    private static final Pattern PUBLISHED = Pattern.compile(
            "(?i)\\b(?:published|posted|written|veröffentlicht|publié|publicado|pubblicato|created)\\b");
    /** Two to four capitalised words and nothing else: how a name stands on a line of its own. */
    static final Pattern NAME_LINE = Pattern.compile("^\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3}$");

    private NearHeadline() {
    }

    /**
     * Adds the byline, name line and date line candidates around the headline block.
     *
     * @param where what the sources are called after ("byline near the h1", "byline near the article's start")
     */
    static void candidates(List<Block> blocks, int headline, String where, String site, List<MetadataCandidate> out) {
        candidates(blocks, headline, BEFORE, AFTER, where, site, false, out);
    }

    /**
     * As {@link #candidates(List, int, String, String, List)}, over {@code before} blocks before the anchor and
     * {@code after} after it; with {@code datesWithTraits}, each date line says whether a byline is on it or next to it
     * and whether it follows the anchor (a text dump's dates: held out, they lifted its dates' accuracy from 1.4% to
     * 5.1% and cost an HTML page's 58.1% to 56.3%, whose markup dates it better).
     */
    static void candidates(List<Block> blocks, int headline, int before, int after, String where, String site,
            boolean datesWithTraits, List<MetadataCandidate> out) {
        if (headline < 0) return;
        boolean byline = false;
        boolean nameLine = false;
        boolean published = false;
        boolean dated = false;
        int from = Math.max(0, headline - before);
        int to = Math.min(blocks.size() - 1, headline + after);
        for (int i = from; i <= to; i++) {
            if (i == headline) continue;
            Block b = blocks.get(i);
            if (b.removal() == Reason.SCRAPER_HEADER) continue;
            String text = b.text();
            if (text.length() > 200) continue;
            if (!byline && TextSignals.isByline(text)) {
                List<String> names = Authors.names(text, site);
                if (!names.isEmpty()) {
                    out.add(new MetadataCandidate(Field.AUTHOR, "byline near the " + where, names));
                    byline = true;
                }
            }
            String ledIn = byline ? null : TextSignals.bylineAfterLeadIn(text);
            if (ledIn != null) {
                List<String> names = Authors.names(ledIn, site);
                if (!names.isEmpty()) {
                    out.add(new MetadataCandidate(Field.AUTHOR, "byline with a lead-in near the " + where, names));
                    byline = true;
                }
            }
            if (!nameLine && Math.abs(i - headline) <= 2 && NAME_LINE.matcher(text).matches()) {
                List<String> names = Authors.names(text, site);
                if (names.size() == 1 && names.get(0).equals(text)) {
                    out.add(new MetadataCandidate(Field.AUTHOR, "name line next to the " + where, names,
                            nextToDateLine(blocks, i) ? List.of(NEXT_TO_DATE_LINE) : List.of()));
                    nameLine = true;
                }
            }
            if (text.length() <= 120 && (!dated || !published)) {
                String day = DateText.find(text);
                if (day == null) continue;
                boolean says = PUBLISHED.matcher(text).find();
                if (UPDATED.matcher(text).find() && !says) continue;
                if (says && !published) {
                    out.add(new MetadataCandidate(Field.DATE, "date line saying published near the " + where, List.of(day),
                            datesWithTraits ? dateTraits(blocks, i, headline) : List.of()));
                    published = true;
                } else if (!says && !dated && (TextSignals.isDateLine(text) || byline && i > 0 && isByline(blocks, i)
                        || text.toLowerCase(Locale.ROOT).startsWith("by "))) {
                    out.add(new MetadataCandidate(Field.DATE, "date line near the " + where, List.of(day),
                            datesWithTraits ? dateTraits(blocks, i, headline) : List.of()));
                    dated = true;
                }
            }
        }
    }

    /** How far past {@link #AFTER} a date line is still looked for: a thread's first post, a date set under a long lead. */
    static final int FURTHER = 40;

    /**
     * Adds the first date line between {@link #AFTER} and {@link #FURTHER} blocks after the headline, a
     * source of its own ("date line further after the h1"), for pages whose date sits below a lead, a
     * table of contents or a thread's title bar; an update's is skipped.
     */
    static void furtherDate(List<Block> blocks, int headline, String where, List<MetadataCandidate> out) {
        if (headline < 0) return;
        int to = Math.min(blocks.size() - 1, headline + FURTHER);
        for (int i = headline + AFTER + 1; i <= to; i++) {
            String text = blocks.get(i).text();
            if (text.length() > 120 || !TextSignals.isDateLine(text) || UPDATED.matcher(text).find()) continue;
            String day = DateText.find(text);
            if (day == null) continue;
            out.add(new MetadataCandidate(Field.DATE, "date line further after the " + where, List.of(day)));
            return;
        }
    }

    /** A date line's traits: a byline on it or next to it, as an article's own date has; and where it stands. */
    static final String WITH_BYLINE = "with a byline";
    static final String AFTER_ANCHOR = "after the anchor";

    private static List<String> dateTraits(List<Block> blocks, int i, int anchor) {
        List<String> t = new java.util.ArrayList<>(2);
        for (int j = i - 1; j <= i + 1; j++) {
            if (j < 0 || j >= blocks.size()) continue;
            String text = blocks.get(j).text();
            if (text.length() < 200 && (TextSignals.isByline(text) || TextSignals.bylineAfterLeadIn(text) != null
                    || text.regionMatches(true, 0, "by ", 0, 3))) {
                t.add(WITH_BYLINE);
                break;
            }
        }
        if (i > anchor) t.add(AFTER_ANCHOR);
        return t;
    }

    /** A name line's trait: a date line just above or below it, as a byline written on two lines has. */
    static final String NEXT_TO_DATE_LINE = "next to a date line";

    private static boolean nextToDateLine(List<Block> blocks, int i) {
        for (int j : new int[] {i - 1, i + 1}) {
            if (j < 0 || j >= blocks.size()) continue;
            String t = blocks.get(j).text();
            if (t.length() <= 120 && TextSignals.isDateLine(t) && DateText.find(t) != null) return true;
        }
        return false;
    }

    private static boolean isByline(List<Block> blocks, int i) {
        return TextSignals.isByline(blocks.get(i).text());
    }
}
