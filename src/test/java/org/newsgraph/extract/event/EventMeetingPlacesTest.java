package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Thirtieth round: a meeting told by its noun names its counterpart past the place and time it was held ("his meeting
 * at the White House with the Israeli leader"). The rules are tested alone: a learned model may fill the same slots.
 */
class EventMeetingPlacesTest {

    @Test
    void aMeetingsCounterpartMayFollowItsPlace() {
        EventMention e = byRules("CONSULT", "Clinton told reporters following his two-hour meeting at the White House with the"
                + " Israeli leader.");
        assertEquals(List.of("Clinton"), actors(e));
        assertEquals("Israeli leader", recipient(e));
    }

    @Test
    void talksBetweenTwoMayFollowTheirPlaceAndDay() {
        EventMention e = byRules("CONSULT", "The violence followed talks in Washington Monday between Prime Minister Benjamin"
                + " Netanyahu and President Bill Clinton.");
        assertEquals(List.of("Benjamin Netanyahu"), actors(e));
        assertEquals("Bill Clinton", recipient(e));
    }
}
