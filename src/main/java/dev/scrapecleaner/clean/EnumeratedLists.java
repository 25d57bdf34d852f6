package dev.scrapecleaner.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds lists in a text dump: numbered ones ("1) …", "2. …", "3 - …" in order, with the lines that
 * sit between their items, a link or a price), and lines that open alike with a figure ("June 9 --
 * …", "Aug. 2 -- …", a schedule or a set of results). An article's list reads as short fragments,
 * not prose, but its items follow a pattern that page chrome rarely does.
 */
final class EnumeratedLists {
    private static final Pattern MARKER = Pattern.compile("(\\d{1,3})\\s?[.)–:-]\\s+\\S");
    private static final int MIN_ITEMS = 3;
    /** Lines allowed between two items: a link, a price, a short description. */
    private static final int MAX_BETWEEN = 3;
    /** Lines in a row that open with the same figure-bearing shape. */
    private static final int MIN_ALIKE = 4;
    private static final int MAX_ITEM_CHARS = 200;

    private EnumeratedLists() {
    }

    /**
     * For each block, whether it belongs to a list: an item of a numbered list or a line between
     * two of its items, or one of four or more lines in a row that open alike with a figure.
     */
    static boolean[] members(List<Block> blocks) {
        int n = blocks.size();
        boolean[] member = new boolean[n];
        int first = -1;
        int last = -1;
        int expected = 0;
        for (int i = 0; i <= n; i++) {
            int number = i < n ? number(blocks.get(i)) : -1;
            if (number > 0 && number == expected && i - last - 1 <= MAX_BETWEEN) {
                last = i;
                expected++;
                continue;
            }
            boolean listBroken = i == n || number > 0 || i - last - 1 > MAX_BETWEEN;
            if (!listBroken) continue;
            if (first >= 0 && expected - 1 >= MIN_ITEMS) {
                for (int k = first; k <= last; k++) member[k] = true;
            }
            first = -1;
            expected = 0;
            if (number == 1) {
                first = i;
                last = i;
                expected = 2;
            }
        }
        markAlikeOpenings(blocks, member);
        return member;
    }

    private static void markAlikeOpenings(List<Block> blocks, boolean[] member) {
        int from = 0;
        String shape = null;
        for (int i = 0; i <= blocks.size(); i++) {
            String s = i < blocks.size() ? openingShape(blocks.get(i)) : null;
            if (s != null && s.equals(shape)) continue;
            if (shape != null && i - from >= MIN_ALIKE) {
                for (int k = from; k < i; k++) member[k] = true;
            }
            from = i;
            shape = s;
        }
    }

    /**
     * The shape of a line's first two words, letters as "a" and digits as "0" ("June 9 -- …" and
     * "Aug. 2 -- …" are both "a 0"), or null when it holds no digit: lines that open alike with
     * words only are a menu as often as a list.
     */
    static String openingShape(Block b) {
        if (b.isDecided() && !b.isContent() || b.text().length() > MAX_ITEM_CHARS) return null;
        String[] words = TextSignals.SPACES.split(b.text(), 3);
        if (words.length < 3) return null;
        String shape = (shapeOf(words[0]) + " " + shapeOf(words[1]));
        return shape.indexOf('0') >= 0 ? shape : null;
    }

    private static String shapeOf(String word) {
        StringBuilder sb = new StringBuilder();
        int end = word.length();
        while (end > 0 && ".,:;".indexOf(word.charAt(end - 1)) >= 0) end--;
        String w = word.substring(0, end);
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char k = Character.isLetter(c) ? 'a' : Character.isDigit(c) ? '0' : c;
            if (sb.isEmpty() || sb.charAt(sb.length() - 1) != k || (k != 'a' && k != '0')) sb.append(k);
        }
        return sb.toString();
    }

    /** The item number that opens the block, or -1; removed blocks are no items. */
    private static int number(Block b) {
        if (b.isDecided() && !b.isContent()) return -1;
        Matcher m = MARKER.matcher(b.text());
        return m.lookingAt() ? Integer.parseInt(m.group(1)) : -1;
    }
}
