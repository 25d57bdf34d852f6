package dev.scrapecleaner.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counting a renderer's habit across a dump's lines, stopping once there are enough to say it writes so. */
final class LineMatches {
    private LineMatches() {
    }

    /**
     * Whether the pattern matches at least {@code enough} times over the lines; a line without
     * {@code marker} (a string every match holds) is passed over without running the pattern.
     */
    static boolean atLeast(List<String> lines, String marker, Pattern pattern, int enough) {
        int count = 0;
        for (String line : lines) {
            if (!line.contains(marker)) continue;
            Matcher m = pattern.matcher(line);
            while (m.find()) {
                if (++count >= enough) return true;
            }
        }
        return false;
    }
}
