package dev.scrapecleaner.report;

/**
 * UTF-8 read as Latin-1 or Windows-1252 leaves telltale pairs: an {@code Ã} or {@code Â} before
 * a Latin-1 symbol ({@code Ã©} for é), or {@code â€} before a quote or dash.
 */
final class Mojibake {
    private Mojibake() {
    }

    static int count(String text) {
        int n = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            char d = text.charAt(i + 1);
            if ((c == 'Ã' || c == 'Â') && d >= '\u0080' && d <= '\u00BF') n++;
            else if (c == 'â' && d == '€') n++;
        }
        return n;
    }
}
