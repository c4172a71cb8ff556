package org.newsgraph.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DatelineTest {

    @Test
    void wireDatelineWithAgency() {
        assertEquals(new Dateline("BRUSSELS", 0), Dateline.find("BRUSSELS (AP) — The European Union said..."));
    }

    @Test
    void wireDatelineWithDateAndAgency() {
        assertEquals(new Dateline("KYIV", 0), Dateline.find("KYIV, March 3 (Reuters) - Ukraine said on Friday..."));
    }

    @Test
    void placeWithRegion() {
        assertEquals(new Dateline("HANOI, Vietnam", 0),
                Dateline.find("HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper on Wednesday..."));
    }

    @Test
    void titleCasePlaceNeedsAnAgency() {
        assertEquals(new Dateline("Washington", 0), Dateline.find("Washington (CNN) — The House voted..."));
        assertNull(Dateline.find("Washington is where the House voted — again."));
    }

    @Test
    void capitalsWithDashAndNoAgency() {
        assertEquals(new Dateline("NEW YORK", 0), Dateline.find("NEW YORK — Stocks rose on Monday."));
    }

    @Test
    void offsetCountsLeadingSpace() {
        assertEquals(new Dateline("LONDON", 2), Dateline.find("  LONDON (Reuters) - Britain said..."));
    }

    @Test
    void agencyAloneIsNoPlace() {
        assertNull(Dateline.find("(Reuters) — The New York State Attorney General is investigating WeWork."));
    }

    @Test
    void ordinarySentenceHasNoDateline() {
        assertNull(Dateline.find("The council voted on Tuesday to approve a new budget."));
        assertNull(Dateline.find("US stocks fell - again - on Monday."));
    }
}
