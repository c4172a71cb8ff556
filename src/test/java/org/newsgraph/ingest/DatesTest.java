package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void dayFirstDottedDateAndUsSlashDate() {
        assertEquals("2021-11-09", Dates.find("Agnes Szucs | 09.11.2021").iso());
        assertEquals("2021-09-11", Dates.find("Posted 09/11/2021").iso());
        assertEquals("2021-11-19", Dates.find("19/11/2021").iso());
        assertEquals("2021-11-09", Dates.find("Nov. 9, 2021").iso());
        assertEquals("2021-11-09", Dates.find("9 November 2021").iso());
    }

    @Test
    void foundDateKnowsWhereItIs() {
        assertEquals(new Dates.Found("2021-11-09", 7, 17), Dates.find("Posted 2021-11-09 at noon"));
    }

    @Test
    void placeholderYearIsNoDate() {
        assertNull(Dates.find("0001-01-01"));
        assertNull(Dates.normalise("0001-01-01T00:00:00Z"));
    }

    @Test
    void offsetIsKept() {
        assertEquals("2019-11-18T14:05:00-05:00", Dates.normalise("2019-11-18T14:05:00-05:00"));
        assertEquals("2019-11-18T14:05:00+05:30", Dates.normalise("2019-11-18T14:05:00.000+0530"));
    }

    @Test
    void utcBecomesZ() {
        assertEquals("2019-11-18T14:05:00Z", Dates.normalise("2019-11-18T14:05:00Z"));
        assertEquals("2019-11-18T14:05:00Z", Dates.normalise("2019-11-18 14:05 UTC"));
    }

    @Test
    void noOffsetIsInvented() {
        assertEquals("2019-11-18T14:05:00", Dates.normalise("2019-11-18T14:05:00"));
        assertEquals("2021-11-09T10:22:00", Dates.normalise("2021-11-09 10:22:00"));
    }

    @Test
    void dateOnlyStaysDateOnly() {
        assertEquals("2019-11-18", Dates.normalise("2019-11-18"));
        assertEquals("2019-11-18", Dates.normalise("November 18, 2019"));
        assertEquals("2019-11-18", Dates.normalise("18 Nov 2019"));
        assertEquals("2019-11-18", Dates.normalise("20191118"));
    }

    @Test
    void httpDate() {
        assertEquals("2019-11-18T14:05:00Z", Dates.normalise("Mon, 18 Nov 2019 14:05:00 GMT"));
    }

    @Test
    void rfc822DatesWithUsZoneNames() {
        assertEquals("2022-03-03T08:15:00Z", Dates.normalise("Thu, 03 Mar 2022 08:15:00 GMT"));
        assertEquals("2022-03-03T08:15:00Z", Dates.normalise("03 Mar 2022 08:15:00 UTC"));
        assertEquals("2022-03-03T08:15:00-08:00", Dates.normalise("Thu, 3 Mar 2022 08:15:00 PST"));
        assertEquals("2022-03-03T08:15:00+01:00", Dates.normalise("Thu, 3 Mar 2022 08:15:00 +0100"));
    }

    @Test
    void writtenDateInsideAValue() {
        assertEquals("2021-11-09", Dates.normalise("Updated 09.11.2021"));
    }

    @Test
    void nonsenseIsNull() {
        assertNull(Dates.normalise("yesterday"));
        assertNull(Dates.normalise("soon"));
        assertNull(Dates.normalise("2019-13-45"));
        assertNull(Dates.normalise(""));
        assertNull(Dates.normalise(null));
    }
}
