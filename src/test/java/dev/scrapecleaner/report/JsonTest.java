package dev.scrapecleaner.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A parse error says what and where in plain words, as users and the function's log see it. */
class JsonTest {
    @Test
    void aParseErrorSaysWhereWithoutTheParsersNoteOnItsSource() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parseObject("{\n  not json"));
        assertTrue(e.getMessage().startsWith("not valid JSON: "), e.getMessage());
        assertTrue(e.getMessage().contains("(line 2, column "), e.getMessage());
        assertFalse(e.getMessage().contains("REDACTED") || e.getMessage().contains("StreamReadFeature"), e.getMessage());
    }
}
