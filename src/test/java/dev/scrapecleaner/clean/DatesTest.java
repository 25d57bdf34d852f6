package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Published dates in the forms pages declare them, brought to ISO 8601. */
class DatesTest {
    @Test
    void commonFormsBecomeIso8601() {
        assertEquals("2019-11-19T08:57:40+01:00", Dates.iso("2019-11-19T08:57:40+01:00"));
        assertEquals("2019-11-19T08:57:40+01:00", Dates.iso("2019-11-19T08:57:40+0100"));
        assertEquals("2019-11-19T08:57:40Z", Dates.iso("Tue, 19 Nov 2019 08:57:40 GMT"));
        assertEquals("2019-11-19T08:57:00", Dates.iso("2019-11-19 08:57"));
        assertEquals("2019-11-19", Dates.iso("2019-11-19"));
        assertEquals("2019-11-19", Dates.iso("November 19, 2019"));
        assertEquals("2019-11-19", Dates.iso("19 Nov 2019"));
        assertEquals("2019-11-19T23:46:00Z", Dates.iso("2019-11-19 23:46:00 UTC"));
        assertEquals("2019-11-19T05:44:06Z", Dates.iso("Tue Nov 19 2019 05:44:06 GMT+0000"));
        assertEquals("2019-11-20T12:32:00", Dates.iso("November 20, 2019 12:32"));
        assertEquals("2024-06-30", Dates.iso("2024 Jun 30"), "as citation_publication_date writes it");
    }

    @Test
    void anUnknownFormIsKeptAsDeclaredAndNothingStaysNothing() {
        assertEquals("mardi 19 novembre", Dates.iso("mardi 19 novembre"));
        assertNull(Dates.iso(null));
    }
}
