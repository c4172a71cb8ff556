package org.newsgraph.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void offsetIsKept() {
        assertEquals("2019-11-18T14:05:00-05:00", Dates.normalize("2019-11-18T14:05:00-05:00"));
        assertEquals("2019-11-18T14:05:00+05:30", Dates.normalize("2019-11-18T14:05:00.000+0530"));
    }

    @Test
    void utcBecomesZ() {
        assertEquals("2019-11-18T14:05:00Z", Dates.normalize("2019-11-18T14:05:00Z"));
        assertEquals("2019-11-18T14:05:00Z", Dates.normalize("2019-11-18 14:05 UTC"));
    }

    @Test
    void noOffsetIsInvented() {
        assertEquals("2019-11-18T14:05:00", Dates.normalize("2019-11-18T14:05:00"));
    }

    @Test
    void dateOnlyStaysDateOnly() {
        assertEquals("2019-11-18", Dates.normalize("2019-11-18"));
        assertEquals("2019-11-18", Dates.normalize("November 18, 2019"));
        assertEquals("2019-11-18", Dates.normalize("18 Nov 2019"));
    }

    @Test
    void httpDate() {
        assertEquals("2019-11-18T14:05:00Z", Dates.normalize("Mon, 18 Nov 2019 14:05:00 GMT"));
    }

    @Test
    void nonsenseIsNull() {
        assertNull(Dates.normalize("yesterday"));
        assertNull(Dates.normalize("2019-13-45"));
        assertNull(Dates.normalize(""));
    }
}
