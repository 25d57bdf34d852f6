package dev.scrapecleaner.clean;

import java.util.Arrays;
import java.util.List;

/**
 * Finds tables that a text dump flattened to one cell a line (a standings table, a stats sheet, a
 * schedule). Their cells are neither prose nor page chrome, so without this they break the
 * article's run and are dropped. A table shows as a period: the same sequence of cell shapes
 * (number or text) repeats row after row. Menus and ranked teaser lists repeat too, so a table
 * needs rows of three cells or more with two numeric columns at least. Where the table both
 * starts and ends on a row's edge, its rows are known, and each is put back on one line.
 */
final class FlattenedTables {
    private static final int MIN_PERIOD = 3;
    private static final int MAX_PERIOD = 12;
    /** Rows that must repeat the shape of the first one. */
    private static final int MIN_REPEATS = 3;
    private static final int MIN_NUMERIC_COLUMNS = 2;
    private static final int MAX_CELL_CHARS = 80;

    private static final char NUMBER = 'N';
    private static final char TEXT = 'T';
    private static final char OTHER = '-';

    private FlattenedTables() {
    }

    /** Not a cell of a table, in {@link #columns}. */
    static final int NO_CELL = -1;

    /**
     * For each block, its column in a flattened table (0 opens a row; a header row included), or
     * {@link #NO_CELL}.
     */
    static int[] columns(List<Block> blocks) {
        int n = blocks.size();
        char[] shape = new char[n];
        for (int i = 0; i < n; i++) shape[i] = shape(blocks.get(i));
        int[] cell = new int[n];
        Arrays.fill(cell, NO_CELL);
        for (int p = MIN_PERIOD; p <= MAX_PERIOD; p++) {
            int matched = 0;
            for (int j = p; j <= n; j++) {
                if (j < n && shape[j] != OTHER && shape[j] == shape[j - p]) {
                    matched++;
                    continue;
                }
                if (matched >= MIN_REPEATS * p) mark(shape, cell, j - matched - p, j, p);
                matched = 0;
            }
        }
        return cell;
    }

    /** Marks [from, to) as table cells if its row has the numeric columns of a table, and a header row of short text before it. */
    private static void mark(char[] shape, int[] cell, int from, int to, int period) {
        int numeric = 0;
        for (int i = from; i < from + period; i++) {
            if (shape[i] == NUMBER) numeric++;
        }
        if (numeric < MIN_NUMERIC_COLUMNS || numeric == period) return;
        int start = from;
        boolean header = from - period >= 0;
        for (int i = from - period; header && i < from; i++) header = shape[i] == TEXT;
        if (header) start = from - period;
        // Rows are known only when the table starts and ends on a row's edge; otherwise each cell keeps its line.
        boolean rowsKnown = (to - start) % period == 0;
        for (int i = start; i < to; i++) {
            if (cell[i] == NO_CELL) cell[i] = rowsKnown ? (i - start) % period : 0;
        }
    }

    private static char shape(Block b) {
        if (b.isDecided() && !b.isContent()) return OTHER;
        String t = b.text();
        if (t.isEmpty() || t.length() > MAX_CELL_CHARS) return OTHER;
        return isNumeric(t) ? NUMBER : TEXT;
    }

    /** A figure: digits with the signs that go with them (1,204 · 85% · -3.5 · 2:31 · $40), and no words. */
    static boolean isNumeric(String t) {
        if (t.length() > 20) return false;
        boolean digit = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isDigit(c)) digit = true;
            else if (".,%:+-–−/()$€£¥ ".indexOf(c) < 0) return false;
        }
        return digit;
    }
}
