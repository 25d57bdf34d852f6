package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** UTF-8 is told from windows-1252 by its byte sequences, wherever they fall against the eight-byte steps of the scan. */
class Utf8DetectionTest {
    @Test
    void anAccentedLetterAtAnyOffsetIsUtf8() {
        for (int offset = 0; offset < 17; offset++) {
            byte[] b = ("a".repeat(offset) + "café au lait" + "b".repeat(20)).getBytes(StandardCharsets.UTF_8);
            assertTrue(ScrapeDecoder.mostlyUtf8(b, 1), "offset " + offset);
        }
    }

    @Test
    void aLatin1LetterAtAnyOffsetIsNot() {
        for (int offset = 0; offset < 17; offset++) {
            byte[] b = ("a".repeat(offset) + "café au lait" + "b".repeat(20)).getBytes(StandardCharsets.ISO_8859_1);
            assertFalse(ScrapeDecoder.mostlyUtf8(b, 1), "offset " + offset);
        }
    }

    @Test
    void pureAsciiAndAStrayByteAmongManyGoodOnes() {
        assertTrue(ScrapeDecoder.mostlyUtf8("plain ascii text of some length".getBytes(StandardCharsets.US_ASCII), 4));
        byte[] good = "é".repeat(10).getBytes(StandardCharsets.UTF_8);
        byte[] withStray = new byte[good.length + 1];
        System.arraycopy(good, 0, withStray, 0, good.length);
        withStray[good.length] = (byte) 0xE9;
        assertTrue(ScrapeDecoder.mostlyUtf8(withStray, 4), "10 good sequences, 1 stray byte");
        assertFalse(ScrapeDecoder.mostlyUtf8(withStray, 11));
    }
}
