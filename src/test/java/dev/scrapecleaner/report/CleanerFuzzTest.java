package dev.scrapecleaner.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.scrapecleaner.clean.CleanResult;
import dev.scrapecleaner.clean.Cleaner;
import dev.scrapecleaner.clean.ScrapeDecoder;
import java.util.List;
import java.util.Map;

/**
 * Coverage-guided fuzzing of the parse-and-clean path with Jazzer: any bytes must come out as a
 * report, never as an exception. Under {@code mvn verify} it only replays the inputs in
 * {@code CleanerFuzzTestInputs/parseAndClean/} (seeds, and every crash found so far); to fuzz,
 * run {@code JAZZER_FUZZ=1 mvn test -Dtest=CleanerFuzzTest} (see the README for how long).
 */
class CleanerFuzzTest {
    /** A small cap keeps each execution fast; the cap itself is tested by the hostile corpus. */
    private static final Cleaner CLEANER = new Cleaner(new ScrapeDecoder(1 << 20));
    private static final Source SOURCE = Source.localFile("fuzz", 0);

    @FuzzTest(maxDuration = "5m")
    void parseAndClean(byte[] raw) {
        CleanResult result = CLEANER.clean(raw);
        Map<String, Object> report = ReportBuilder.report(SOURCE, result, null);
        assertNotNull(Json.write(report, false));
        @SuppressWarnings("unchecked")
        List<String> reasons = (List<String>) report.get("reasons");
        if ("reject".equals(report.get("verdict"))) assertFalse(reasons.isEmpty(), "a reject without a reason");
        for (String paragraph : result.article().paragraphs()) {
            assertTrue(!paragraph.isBlank(), "a blank paragraph in the article");
        }
    }
}
