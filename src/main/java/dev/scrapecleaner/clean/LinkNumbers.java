package dev.scrapecleaner.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text browser's numbered links, as {@code lynx -dump} (and links, elinks) writes them: a marker
 * before each link's text ({@code [12]Mason Rudolph}) and, after the page, the list of their
 * addresses ({@code References}, {@code 12. https://…}). Neither is the page's text: the markers
 * split words and the list can outweigh the article (with both, such dumps of the shared news
 * pages scored F1 0.50 against 0.94 for the same pages from w3m). Both are read from the dump
 * itself: a dump whose links bear no numbers is left as it is, its numbered addresses included
 * (a bibliography is the page's own). Before the page, lynx lists the links of its head ({@code #[1]alternate
 * [2]Site » Feed}, wrapped over as many lines as the head has links): nor is that the page's text.
 */
final class LinkNumbers {
    /** A numbered address: "12. https://…", "3. mailto:…", "40. javascript:…" (addresses may hold spaces). */
    private static final Pattern REFERENCE = Pattern.compile("^\\s*\\d{1,5}\\.\\s+[A-Za-z][A-Za-z0-9+.-]{0,15}:\\S.*$");
    /** The list's headings, as lynx writes them. */
    private static final List<String> HEADINGS = List.of("References", "Visible links:", "Hidden links:", "Visible links",
            "Hidden links");
    /**
     * A link's number as a marker: "[12]" run into the link's text ("[12]Mason") or an image's name
     * ("[46][photo.jpg]"), or alone on its line (a link without text). A citation ("as shown [4],
     * [5].") is followed by a space or a punctuation mark and is the page's own.
     */
    private static final Pattern MARKER = Pattern.compile("\\[\\d{1,5}](?=[^\\s\\],.;:!?)])|^\\s*\\[\\d{1,5}]\\s*$");
    /** The head's links as lynx lists them before the page: a '#', then the first numbered link run into its text. */
    private static final Pattern HEAD_LINKS = Pattern.compile("^\\s*#\\[\\d{1,5}]\\S");
    /** The same where lynx numbers no links ({@code -nolist}): a '#' run into the first link's text. */
    private static final Pattern UNNUMBERED_HEAD_LINKS = Pattern.compile("^\\s*#[^\\s#\\[]");
    /** A list of addresses is the browser's from this many lines; one or two numbered addresses may be the page's. */
    private static final int MIN_REFERENCES = 3;
    /** Lines an address with line breaks in it may go on over before the next numbered address. */
    private static final int MAX_ADDRESS_CONTINUATION = 4;
    /** Markers counted before the dump is taken to number its links. */
    private static final int MIN_MARKERS = 5;
    /** Share of the markers whose number is above the one before, as a browser numbers links down the page. */
    private static final double MIN_RISING_SHARE = 0.8;

    private LinkNumbers() {
    }

    /**
     * Which lines are the browser's list of addresses, in a dump that {@linkplain #numbersLinks numbers its
     * links}: numbered addresses and their headings, where there are enough.
     */
    static boolean[] references(List<String> lines) {
        boolean[] out = new boolean[lines.size()];
        int count = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (REFERENCE.matcher(lines.get(i)).matches()) {
                out[i] = true;
                count++;
            }
        }
        if (count < MIN_REFERENCES) return new boolean[lines.size()];
        // An address that holds line breaks (a share link's mailto: body, an image's name with its caption) goes on
        // over the next lines, unnumbered: between two numbered addresses a few lines apart, they are the list's.
        int previous = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!out[i]) continue;
            if (previous >= 0 && i - previous - 1 <= MAX_ADDRESS_CONTINUATION) {
                for (int k = previous + 1; k < i; k++) out[k] = true;
            }
            previous = i;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (!HEADINGS.contains(lines.get(i).strip())) continue;
            int next = i + 1;
            while (next < lines.size() && lines.get(next).isBlank()) next++;
            if (next < lines.size() && out[next]) out[i] = true;
        }
        return out;
    }

    /**
     * How many lines the links of the page's head take at the start of the body, as lynx lists them before the page:
     * the paragraph (up to a blank line) that starts with {@code #[1]…}, blank lines before it included; 0 when the
     * body starts otherwise. Their texts are feed and page names ("Site » Comments Feed", "alternate"): joined into
     * one long line without markers they read as prose, and a short article's page took them for its article.
     */
    static int headLinks(List<String> body) {
        return headLinks(body, HEAD_LINKS);
    }

    /**
     * The same for a dump whose links bear no numbers ({@code lynx -dump -nolist}): its first paragraph starts with a
     * '#' run into a word ({@code #alternate alternate Site » Feed …}). Only the caller can say the dump is lynx's (it is
     * wrapped): one block a line, such a line is the page's own (a hashtag).
     */
    static int unnumberedHeadLinks(List<String> body) {
        return headLinks(body, UNNUMBERED_HEAD_LINKS);
    }

    private static int headLinks(List<String> body, Pattern start) {
        int first = 0;
        while (first < body.size() && body.get(first).isBlank()) first++;
        if (first == body.size() || !start.matcher(body.get(first)).find()) return 0;
        int end = first;
        while (end < body.size() && !body.get(end).isBlank()) end++;
        return end;
    }

    /** Whether the dump numbers its links: enough markers, their numbers rising down the page. */
    static boolean numbersLinks(List<String> lines) {
        int markers = 0;
        int rising = 0;
        long previous = -1;
        for (String line : lines) {
            if (line.indexOf('[') < 0) continue;
            Matcher m = MARKER.matcher(line);
            while (m.find()) {
                String marker = m.group().strip();
                long n = Long.parseLong(marker.substring(1, marker.length() - 1));
                if (n > previous) rising++;
                previous = n;
                markers++;
            }
        }
        return markers >= MIN_MARKERS && rising >= MIN_RISING_SHARE * markers;
    }

    /** The text without its link markers. */
    static String withoutMarkers(String text) {
        return text.indexOf('[') < 0 ? text : MARKER.matcher(text).replaceAll("");
    }
}
