package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.asserted;
import static org.newsgraph.extract.event.EventsOf.events;
import static org.newsgraph.extract.event.EventsOf.only;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Twenty-fifth round: "the first, only or latest ... to" do something did it ("Singh is the first Indian premier in five
 * years to visit Japan"), unless the copula is still to come ("will be the first to deploy") or the phrase names an
 * occasion ("the first time to meet").
 */
class EventFirstsTest {

    @Test
    void theFirstToVisitVisited() {
        EventMention e = only("CONSULT", "Singh is the first Indian premier in five years to visit Japan.");
        assertTrue(e.asserted(), () -> e.toString());
        assertEquals(List.of("Singh"), actors(e));
        assertEquals("Japan", recipient(e));
    }

    @Test
    void theFirstEverToVisitVisited() {
        EventMention e = only("CONSULT", "Rubin, who is the first US treasury secretary to ever visit Vietnam, said the meeting was useful.");
        assertTrue(e.asserted(), () -> e.toString());
        assertEquals("Vietnam", recipient(e));
    }

    @Test
    void theFirstToComeIsStillToCome() {
        String s = "When the troops unload they will be the first to deploy in a rebel-held area of the country.";
        assertTrue(asserted("MOBILIZE", s).isEmpty(), () -> events(s).toString());
    }

    @Test
    void theFirstOccasionToMeetIsNoMeeting() {
        String s = "It was the first time to meet the pope in his residence.";
        assertTrue(asserted("CONSULT", s).isEmpty(), () -> events(s).toString());
    }
}
