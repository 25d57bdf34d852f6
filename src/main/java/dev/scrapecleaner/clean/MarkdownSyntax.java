package dev.scrapecleaner.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dump written as Markdown, as crawlers that feed language models write pages (turndown and the
 * services built on it): links as {@code [text](address)}, images as {@code ![alt](address)},
 * headings opened by {@code #}, strong text in {@code **}, punctuation escaped by a backslash. Read
 * as a reader reads the rendered page: a link is its text, an image nothing, a heading its words.
 * Only a dump that writes links so is read so: a page that shows one Markdown link in its text keeps it.
 */
final class MarkdownSyntax {
    /**
     * Links written the Markdown way in a dump that is Markdown: its menus alone hold dozens (19 in 20 of the
     * shared pages rendered so hold 28 or more), where a page that quotes Markdown in its text shows a few (at
     * most 11 in the shared dumps).
     */
    static final int MIN_LINKS = 12;
    /**
     * A link's address: no space in it, but one after a hyphen, where a converter that wraps its Markdown (html2text)
     * broke the address over two lines, which joined again take a space between them.
     */
    private static final String ADDRESS = "(?:[^)\\s]|(?<=-) ){0,2000}";
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]{0,500}\\]\\(" + ADDRESS + "(?:\\s+\"[^\"\\n]{0,300}\")?\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]{0,500})\\]\\(" + ADDRESS + "(?:\\s+\"[^\"\\n]{0,300}\")?\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern STRONG = Pattern.compile("\\*\\*|__");
    /** Emphasis in underscores or asterisks around words, not inside one (snake_case) and not a bullet ("* item"). */
    private static final Pattern EMPHASIS = Pattern.compile(
            "(?<![\\w\\\\])_(?=\\S)([^_\\n]{1,500}?)(?<=\\S)_(?!\\w)|(?<![\\w\\\\*])\\*(?=\\S)([^*\\n]{1,500}?)(?<=\\S)\\*(?![\\w*])");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])");
    private static final Pattern RULE = Pattern.compile("^(?:[*_-]\\s*){3,}$");

    private MarkdownSyntax() {
    }

    /** Whether the dump writes its links the Markdown way, {@link #MIN_LINKS} of them or more. */
    static boolean written(List<String> lines) {
        return LineMatches.atLeast(lines, "](", LINK, MIN_LINKS);
    }

    /** The line as the rendered page shows it: images gone, links their text, no heading, strong or emphasis marks, no escapes. */
    static String plain(String line) {
        String s = line;
        if (s.indexOf("](") >= 0) {
            s = IMAGE.matcher(s).replaceAll("");
            s = LINK.matcher(s).replaceAll("$1");
        }
        String stripped = s.strip();
        if (stripped.startsWith("#")) s = HEADING.matcher(stripped).replaceFirst("");
        if (RULE.matcher(s.strip()).matches()) return "";
        if (s.indexOf("**") >= 0 || s.indexOf("__") >= 0) s = STRONG.matcher(s).replaceAll("");
        if (s.indexOf('_') >= 0 || s.indexOf('*') >= 0) s = EMPHASIS.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2)));
        if (s.indexOf('\\') >= 0) s = ESCAPE.matcher(s).replaceAll("$1");
        return s;
    }
}
