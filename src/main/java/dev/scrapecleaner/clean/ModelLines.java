package dev.scrapecleaner.clean;

import java.io.IOException;
import java.util.Arrays;

/**
 * A model file's records ({@link TreeEnsemble}), one a line, parsed in place in the file's characters: fields are ranges
 * of the array, and numbers are read from them without a string between. Lines, white space
 * and numbers mean exactly what {@link java.io.BufferedReader#readLine}, {@link String#strip},
 * {@link Character#isWhitespace}, {@link Integer#parseInt}, {@link Double#parseDouble} and
 * {@link Float#parseFloat} make of them: the common forms are read here, and any other
 * token goes to those methods.
 */
final class ModelLines {
    /** Exact powers of ten: {@code m / 10^k} with both exact is rounded once, as parsing rounds. */
    private static final double[] DOUBLE_POWERS = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final float[] FLOAT_POWERS = {1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f};

    private final char[] text;
    private final int end;
    /** Where the next physical line starts. */
    private int at;
    private int number;
    /** The last record's line, stripped; {@code lineFrom} is -1 once the file has ended. */
    private int lineFrom = -1;
    private int lineTo;
    /** The last record's fields: {@code text[fieldFrom[i], fieldTo[i])}. */
    private int[] fieldFrom = new int[8];
    private int[] fieldTo = new int[8];
    private int fieldCount;
    /** The last {@link #decimal} read: {@code ±mantissa × 10^exponent}. */
    private long mantissa;
    private int exponent;
    private boolean negative;

    ModelLines(char[] text, int from, int to) {
        this.text = text;
        this.at = from;
        this.end = to;
    }

    /** Moves to the next line that is neither blank nor a comment and splits it at white space; false at the end. */
    boolean next() {
        while (at < end) {
            number++;
            fieldCount = 0;
            int i = at;
            // One pass: the line's fields, up to its end (\n, \r or \r\n, as BufferedReader.readLine).
            while (true) {
                while (i < end && text[i] != '\n' && text[i] != '\r' && isWhitespace(text[i])) i++;
                if (i == end || text[i] == '\n' || text[i] == '\r') break;
                int from = i;
                while (i < end && !isWhitespace(text[i])) i++;
                if (fieldCount == fieldFrom.length) {
                    fieldFrom = Arrays.copyOf(fieldFrom, 2 * fieldCount);
                    fieldTo = Arrays.copyOf(fieldTo, 2 * fieldCount);
                }
                fieldFrom[fieldCount] = from;
                fieldTo[fieldCount++] = i;
            }
            at = i < end && text[i] == '\r' && i + 1 < end && text[i + 1] == '\n' ? i + 2 : i + 1;
            // The stripped line runs from its first field's start to its last field's end.
            if (fieldCount > 0 && text[fieldFrom[0]] != '#') {
                lineFrom = fieldFrom[0];
                lineTo = fieldTo[fieldCount - 1];
                return true;
            }
        }
        number++;
        lineFrom = -1;
        fieldCount = 0;
        return false;
    }

    /** Character.isWhitespace, with one comparison for most ASCII. */
    static boolean isWhitespace(char c) {
        if (c > ' ') return c >= 128 && Character.isWhitespace(c);
        return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C';
    }

    /** The last record's line, stripped. */
    String line() {
        return new String(text, lineFrom, lineTo - lineFrom);
    }

    String field(int i) {
        return new String(text, fieldFrom[i], fieldTo[i] - fieldFrom[i]);
    }

    String[] fields() {
        String[] fields = new String[fieldCount];
        for (int i = 0; i < fieldCount; i++) fields[i] = field(i);
        return fields;
    }

    /** Moves to the next record, which must be a {@code keyword} line of {@code fields} fields (any number if negative). */
    void expect(String keyword, int fields) throws IOException {
        if (!next()) throw error("the file ends where a '" + keyword + "' line should be");
        if (!fieldIs(0, keyword) || fields >= 0 && fieldCount != fields) {
            throw error("expected a '" + keyword + "' line" + (fields > 0 ? " of " + fields + " fields" : ""));
        }
    }

    private boolean fieldIs(int i, String word) {
        int from = fieldFrom[i];
        if (fieldTo[i] - from != word.length()) return false;
        for (int k = 0; k < word.length(); k++) if (text[from + k] != word.charAt(k)) return false;
        return true;
    }

    /** Field {@code i} as Integer.parseInt reads it. */
    int integer(int i) throws IOException {
        int p = fieldFrom[i];
        int to = fieldTo[i];
        boolean minus = text[p] == '-';
        if (minus) p++;
        if (to - p >= 1 && to - p <= 9) {
            int value = 0;
            while (p < to && text[p] >= '0' && text[p] <= '9') value = 10 * value + (text[p++] - '0');
            if (p == to) return minus ? -value : value;
        }
        String token = field(i);
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            throw error("not an integer: '" + token + "'");
        }
    }

    int count(int i, int least) throws IOException {
        int count = integer(i);
        if (count < least) throw error("count must be at least " + least + ": " + count);
        return count;
    }

    /** Field {@code i} as Double.parseDouble reads it, which must be a finite number. */
    double finite(int i) throws IOException {
        if (decimal(i) && mantissa < 1L << 53 && exponent >= -22 && exponent <= 22) {
            double value = mantissa == 0 ? 0 : exponent < 0 ? mantissa / DOUBLE_POWERS[-exponent] : mantissa * DOUBLE_POWERS[exponent];
            return negative ? -value : value;
        }
        String token = field(i);
        try {
            double parsed = Double.parseDouble(token);
            if (Double.isFinite(parsed)) return parsed;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error("not a finite number: '" + token + "'");
    }

    /**
     * Field {@code i} as Float.parseFloat reads it. Thresholds are floats; widened, they compare
     * with a double as the float did with a float.
     */
    double threshold(int i) throws IOException {
        if (decimal(i) && mantissa <= 1L << 24 && exponent >= -10 && exponent <= 10) {
            float value = mantissa == 0 ? 0 : exponent < 0 ? mantissa / FLOAT_POWERS[-exponent] : mantissa * FLOAT_POWERS[exponent];
            return negative ? -value : value;
        }
        String token = field(i);
        try {
            float parsed = Float.parseFloat(token);
            if (!Float.isNaN(parsed)) return parsed;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error("not a threshold: '" + token + "'");
    }

    /**
     * Reads field {@code i} into {@link #mantissa}, {@link #exponent} and {@link #negative} when
     * it is a plain decimal: an optional '-', digits with at most one point among them (at most
     * 18 significant), an optional exponent of at most three digits. False for any other form.
     */
    private boolean decimal(int i) {
        int p = fieldFrom[i];
        int to = fieldTo[i];
        negative = text[p] == '-';
        if (negative) p++;
        long m = 0;
        int significant = 0;
        int digits = 0;
        int scale = 0;
        boolean point = false;
        for (; p < to; p++) {
            char c = text[p];
            if (c >= '0' && c <= '9') {
                digits++;
                if (point) scale--;
                if (m == 0 && c == '0') continue;
                if (significant == 18) return false;
                m = 10 * m + (c - '0');
                significant++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) return false;
        if (p < to) {
            if (text[p] != 'e' && text[p] != 'E') return false;
            p++;
            boolean minus = p < to && text[p] == '-';
            if (p < to && (text[p] == '-' || text[p] == '+')) p++;
            if (p == to || to - p > 3) return false;
            int e = 0;
            for (; p < to; p++) {
                if (text[p] < '0' || text[p] > '9') return false;
                e = 10 * e + (text[p] - '0');
            }
            scale += minus ? -e : e;
        }
        mantissa = m;
        exponent = scale;
        return true;
    }

    IOException error(String message) {
        String text = lineFrom < 0 ? null : line();
        return new IOException("model line " + number + ": " + message
                + (text == null ? "" : " (got '" + (text.length() > 80 ? text.substring(0, 80) + "…" : text) + "')"));
    }
}
