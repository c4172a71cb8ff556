package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DatelinesTest {

    @Test
    void wireDatelineWithAgency() {
        assertEquals(new Datelines.Found("BRUSSELS", 0), Datelines.ofLead("BRUSSELS (AP) — The European Union said...", 0));
        assertEquals("Brussels", Datelines.ofLead("BRUSSELS (AP) — NATO said", 0).place());
    }

    @Test
    void wireDatelineWithDateAndAgency() {
        assertEquals(new Datelines.Found("KYIV", 0), Datelines.ofLead("KYIV, March 3 (Reuters) - Ukraine said on Friday...", 0));
        assertEquals("Kyiv", Datelines.ofLead("KYIV, March 3 (Reuters) - Ukraine said on Thursday", 0).place());
    }

    @Test
    void dateWithYearIsNoPartOfThePlace() {
        assertEquals(new Datelines.Found("MOSCOW", 0), Datelines.ofLead("MOSCOW, Nov. 9, 2021 (TASS) - Russia said", 0));
    }

    @Test
    void aDatelineWithAYearDatesTheStory() {
        assertEquals("1999-03-24", Datelines.dateOfLead("BELGRADE, March 24, 1999 (AFP) - The Yugoslav government said"));
        assertEquals("2021-11-09", Datelines.dateOfLead("MOSCOW, Nov. 9, 2021 (TASS) - Russia said"));
        assertNull(Datelines.dateOfLead("KYIV, March 3 (Reuters) - Ukraine said on Friday"));
        assertNull(Datelines.dateOfLead("The talks of March 24, 1999 failed."));
    }

    @Test
    void placeWithRegion() {
        assertEquals(new Datelines.Found("HANOI, Vietnam", 0),
                Datelines.ofLead("HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper on Wednesday...", 0));
    }

    @Test
    void placeLeavesTheRegionOutAndTakesItsUsualCase() {
        assertEquals("San Juan", new Datelines.Found("SAN JUAN, Puerto Rico", 0).place());
        assertEquals("St. Joseph", new Datelines.Found("ST. JOSEPH, Mich.", 0).place());
        assertEquals("Hong Kong", new Datelines.Found("Hong Kong", 0).place());
    }

    @Test
    void titleCasePlaceNeedsAnAgency() {
        assertEquals(new Datelines.Found("Washington", 0), Datelines.ofLead("Washington (CNN) — The House voted...", 0));
        assertNull(Datelines.ofLead("Washington is where the House voted — again.", 0));
        assertNull(Datelines.ofLead("Officials - who spoke on condition", 0));
    }

    @Test
    void agencyOfTwoWords() {
        assertEquals(new Datelines.Found("Hong Kong", 0),
                Datelines.ofLead("Hong Kong (CNN Business) — Shares fell on Monday.", 0));
    }

    @Test
    void capitalsWithDashAndNoAgency() {
        assertEquals(new Datelines.Found("NEW YORK", 0), Datelines.ofLead("NEW YORK — Stocks rose on Monday.", 0));
        assertEquals(new Datelines.Found("WASHINGTON", 0), Datelines.ofLead("WASHINGTON—The Senate voted.", 0));
    }

    @Test
    void colonOpensTranscriptsAndLabelsNotDatelines() {
        assertNull(Datelines.ofLead("TAPPER: Do you think he has campaigned as a healer?", 0));
        assertNull(Datelines.ofLead("CLARIFICATION: The first sentence has been clarified.", 0));
    }

    @Test
    void dashAtTheEndOfTheLine() {
        assertEquals(new Datelines.Found("HAVANA", 0), Datelines.ofLead("HAVANA (AP) --", 0));
        assertEquals(new Datelines.Found("MIAMI", 0), Datelines.ofLead("MIAMI -", 0));
    }

    @Test
    void editorialLabelIsNoPlace() {
        assertNull(Datelines.ofLead("UPDATE — The story has been corrected.", 0));
        assertNull(Datelines.ofLead("EXCLUSIVE — The minister told us", 0));
        assertNull(Datelines.ofLine("BREAKING NEWS", 0));
    }

    @Test
    void hyphenInsideAWordEndsNoDateline() {
        assertNull(Datelines.ofLead("US-China trade talks resumed on Monday.", 0));
    }

    @Test
    void offsetCountsLeadingSpaceAndParagraphBegin() {
        assertEquals(new Datelines.Found("LONDON", 2), Datelines.ofLead("  LONDON (Reuters) - Britain said...", 0));
        assertEquals(new Datelines.Found("LONDON", 12), Datelines.ofLead("  LONDON (Reuters) - Britain said...", 10));
    }

    @Test
    void agencyAloneIsNoPlace() {
        assertNull(Datelines.ofLead("(Reuters) — The New York State Attorney General is investigating WeWork.", 0));
    }

    @Test
    void ordinarySentenceHasNoDateline() {
        assertNull(Datelines.ofLead("The council voted on Tuesday to approve a new budget.", 0));
        assertNull(Datelines.ofLead("US stocks fell - again - on Monday.", 0));
    }

    @Test
    void lineOfItsOwnInCapitals() {
        Datelines.Found d = Datelines.ofLine("  BRUSSELS, Belgium ", 40);
        assertEquals(42, d.begin());
        assertEquals("Brussels", d.place());
        assertNull(Datelines.ofLine("Brussels", 0));
    }
}
