package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DateTextTest {
    @Test
    void datesWrittenForReadersAreReadAsADay() {
        assertEquals("2025-09-04", DateText.find("Published September 4, 2025 at 5:50 am"));
        assertEquals("2025-03-03", DateText.find("3 Mar 2025"));
        assertEquals("2025-12-20", DateText.find("Published 2025-12-20 in ColdFusion"));
        assertEquals("2025-12-15", DateText.find("Posted on the 15/12/2025"));
        assertEquals("2024-10-31", DateText.find("10/31/2024"));
    }

    @Test
    void aDayThatCouldBeEitherWayRoundIsNotGuessed() {
        assertNull(DateText.find("03/04/2025"));
        assertNull(DateText.find("February 30, 2025"));
    }

    @Test
    void anAddressNamesItsDayInItsPath() {
        assertEquals("2025-09-04", DateText.fromUrl("https://example.org/2025/09/04/top-trends/"));
        assertNull(DateText.fromUrl("https://example.org/blog/4856-code-kata.htm"));
    }

    @Test
    void declaredDatesKeepTheirZoneAndUnreadableOnesAreNone() {
        assertEquals("2019-11-19T08:57:40+01:00", Dates.read("2019-11-19T08:57:40+0100"));
        assertEquals("2019-11-19", Dates.read("2019-11-19 08:57:40 +0000 UTC"));
        assertNull(Dates.read("last Tuesday"));
    }
}
