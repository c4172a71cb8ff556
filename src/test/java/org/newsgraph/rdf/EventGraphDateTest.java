package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** How an event's TIMEX3 value becomes its time stamp: an XSD date, dateTime, gYearMonth or gYear, or none. */
class EventGraphDateTest {

    @Test
    void theGraphWritesEachKindOfDateAsAnXsdValue() {
        assertEquals("2021-11-09T13:40:00", EventGraph.date("2021-11-09T13:40", "2021-11-10"));
        assertEquals("2021-11-09T18:00:00Z", EventGraph.date("2021-11-09T18:00Z", "2021-11-10"));
        assertEquals("2021-11-09", EventGraph.date("2021-11-09T24:00", "2021-11-10"));
        assertEquals("2021-11-09", EventGraph.date("2021-11-09TEV", "2021-11-10"));
        assertEquals("2021-11", EventGraph.date("2021-W45", "2021-11-10"));
        assertEquals("2021-10", EventGraph.date("2021-W43-WE", "2021-11-10"), "the weekend of 30-31 October");
        assertEquals("2021-11-10", EventGraph.date(null, "2021-11-10"), "no time: the day of publication");
        assertNull(EventGraph.date("197", "2021-11-10"), "a decade has no XSD date: no time stamp rather than a wrong one");
    }
}
