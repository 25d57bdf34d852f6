package dev.scrapecleaner.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Joins the lines of a dump that a text browser wrapped at a fixed width (lynx, html2text and w3m
 * wrap at 72 to 80 columns unless told not to) back into the blocks they were. A dump is wrapped
 * when no line is longer than a narrow width and many lines come close to it; a line is then the
 * first part of a block when the next line's first word would not have fitted after it, and a
 * blank line, a bullet or a line that starts a list item always starts a new block. Unwrapped
 * dumps (one block a line) are left as they are: their long lines give them away, and where all
 * their lines are short (a list of headlines), the lines near the widest do not go on in lower
 * case, as a sentence cut by a wrap does, nor break only where the next word would not have fitted.
 * Chinese and Japanese ({@link UnspacedScripts}) wrap between any two characters and join without a space.
 */
final class HardWraps {
    /** The widest wrap a text browser uses; a dump with a longer line is not wrapped. */
    private static final int MAX_WIDTH = 132;
    private static final int MIN_WIDTH = 40;
    /** A word this long is an address or the like, which a text browser leaves whole past the width. */
    private static final int UNBREAKABLE_WORD = 30;
    /** How close to the width a line comes when the wrap, not the end of its block, ended it. */
    private static final int SLACK = 20;
    private static final int MIN_NEAR_WIDTH_LINES = 5;
    /**
     * Columns by which the next word may still have fitted when the wrap, not the block's end, broke the
     * line: a browser's width leaves a margin of a column or two, and a dump whose indentation was
     * collapsed (paragraphs indented three columns, headings not) measures the widest line off another margin.
     */
    static final int FIT_SLACK = 4;
    /**
     * Share of the lines near the width and followed by another (not by a blank line) whose next line goes on
     * in lower case, as a sentence cut by a wrap does.
     */
    private static final double MIN_LOWER_CASE_SHARE = 0.4;
    /**
     * Or the share of those lines (each counted once) whose next line's first word would not have fitted after them:
     * a wrapped page whose lines near the width are mostly headlines and menu entries going on in upper case (or in a
     * script without case) still breaks every such line where the next word overflows, where one block a line breaks
     * short lines anywhere. It finds some fifty of the shared pages' 1,618 lynx dumps wrapped that the lower case missed
     * (the README's "What lynx's dumps still got wrong"), and none of their block renderer's or w3m's (unwrapped) dumps.
     */
    private static final double MIN_UNFITTING_SHARE = 0.85;
    /** Lines near the width, each counted once, that the share is taken of: a short article's four wraps say enough. */
    private static final int MIN_UNFITTING_LINES = 4;

    private HardWraps() {
    }

    /** The width the lines were wrapped at, or 0 when they were not wrapped. */
    static int width(List<String> lines) {
        int widest = 0;
        for (String line : lines) {
            String text = line.strip();
            if (text.isEmpty()) continue;
            // A word no wrap can break (an address) overruns the width: its line says nothing of where the wraps fall.
            if (breakable(text) && longestWord(text) <= UNBREAKABLE_WORD) {
                widest = Math.max(widest, line.stripTrailing().length());
            }
        }
        if (widest > MAX_WIDTH || widest < MIN_WIDTH) return 0;
        int near = 0;
        int goOn = 0;
        int goOnLower = 0;
        Set<String> distinct = new HashSet<>();
        int unfitting = 0;
        for (int i = 0; i < lines.size(); i++) {
            int length = lines.get(i).stripTrailing().length();
            if (length < widest - SLACK) continue;
            near++;
            String next = i + 1 < lines.size() ? lines.get(i + 1).strip() : "";
            // A line before a blank one or a bullet ends its block whatever the width, and one near the width
            // for an address it holds was not wrapped there: neither says how a wrapped sentence goes on.
            if (next.isEmpty() || TextShape.opensWithBullet(next) || longestWord(lines.get(i).strip()) > UNBREAKABLE_WORD) continue;
            goOn++;
            if (Character.isLowerCase(next.codePointAt(0))) goOnLower++;
            // A line repeated down the page (a product's name on every card) says one thing however often it comes.
            if (distinct.add(lines.get(i).strip()) && length + 1 + firstWordLength(next) > widest - FIT_SLACK) unfitting++;
        }
        if (near < MIN_NEAR_WIDTH_LINES || goOn == 0) return 0;
        boolean goesOnInLowerCase = goOnLower >= MIN_LOWER_CASE_SHARE * goOn;
        boolean nextWordsNeverFit = distinct.size() >= MIN_UNFITTING_LINES && unfitting >= MIN_UNFITTING_SHARE * distinct.size();
        return goesOnInLowerCase || nextWordsNeverFit ? widest : 0;
    }

    /**
     * The blocks of wrapped lines, each the lines of one block joined by a space; blank lines are
     * dropped, as they only separate blocks.
     */
    static List<String> join(List<String> lines, int width) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = null;
        int previousLength = 0;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                current = flush(blocks, current);
                continue;
            }
            // The next word would not have fitted; or the line came near the width and the next goes on in lower
            // case, as a sentence cut by a wrap does (a browser's margin moves with indentation and markers).
            // A line past the width holds a word no wrap could break (an address): after it the wrapper starts a new
            // line whatever comes next, so only a lower-case start says the sentence goes on.
            boolean fits = previousLength > width ? Character.isLowerCase(line.codePointAt(0))
                    : previousLength + 1 + firstWordLength(line) > width - FIT_SLACK
                    || previousLength >= width - SLACK && Character.isLowerCase(line.codePointAt(0));
            boolean continues = current != null && fits && !TextShape.opensWithBullet(line) && !opensNumberedItem(line);
            if (continues) {
                // Chinese and Japanese are written without spaces: a wrap between two of their characters cut no space.
                boolean unspaced = UnspacedScripts.isUnspaced(current.codePointBefore(current.length()))
                        && UnspacedScripts.isUnspaced(line.codePointAt(0));
                if (!unspaced) current.append(' ');
                current.append(line);
            } else {
                flush(blocks, current);
                current = new StringBuilder(line);
            }
            previousLength = raw.stripTrailing().length();
        }
        flush(blocks, current);
        return blocks;
    }

    private static StringBuilder flush(List<String> blocks, StringBuilder current) {
        if (current != null) blocks.add(current.toString());
        return null;
    }

    /** Whether a wrap could break the text: it holds a space, or a character of a script written without them. */
    private static boolean breakable(String text) {
        return text.indexOf(' ') >= 0 || text.codePoints().anyMatch(UnspacedScripts::isUnspaced);
    }

    /** The length of the longest run a wrap cannot break: a character of a script without spaces is a run of its own. */
    private static int longestWord(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c == ' ' ? 0 : UnspacedScripts.isUnspaced(c) ? 1 : run + 1;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** The length of the line's first run a wrap cannot break: a word, or its first character of a script without spaces. */
    private static int firstWordLength(String line) {
        int end = 0;
        while (end < line.length() && line.charAt(end) != ' ' && !UnspacedScripts.isUnspaced(line.charAt(end))) end++;
        return Math.max(end, 1);
    }

    /** "1." or "12)" and a space: a numbered item starts a block of its own. */
    private static boolean opensNumberedItem(String line) {
        int i = 0;
        while (i < line.length() && i < 3 && Character.isDigit(line.charAt(i))) i++;
        return i > 0 && i + 1 < line.length() && (line.charAt(i) == '.' || line.charAt(i) == ')') && line.charAt(i + 1) == ' ';
    }
}
