package dev.scrapecleaner.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbered lists in a text dump ("1) …", "2. …", "3 - …" in order), with the lines that sit
 * between their items (a link, a price). An article's list of picks or steps reads as short
 * fragments, not prose, but its numbering runs 1, 2, 3 without a break, which page chrome rarely does.
 */
final class EnumeratedLists {
    private static final Pattern MARKER = Pattern.compile("(\\d{1,3})\\s?[.)–:-]\\s+\\S");
    private static final int MIN_ITEMS = 3;
    /** Lines allowed between two items: a link, a price, a short description. */
    private static final int MAX_BETWEEN = 3;

    private EnumeratedLists() {
    }

    /** For each block, whether it is an item of a numbered list or a line between two of its items. */
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
        return member;
    }

    /** The item number that opens the block, or -1; removed blocks are no items. */
    private static int number(Block b) {
        if (b.isDecided() && !b.isContent()) return -1;
        Matcher m = MARKER.matcher(b.text());
        return m.lookingAt() ? Integer.parseInt(m.group(1)) : -1;
    }
}
