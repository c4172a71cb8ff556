package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.only;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Twenty-sixth round, second part: who receives praise or criticism drawn from others, protesters named by their own
 * match, the one told during "their" meeting, and what an attack was aimed at when no name says it.
 */
class EventReceiversTest {

    @Test
    void protestersOpeningTheMatchAreItsActors() {
        EventMention e = only("PROTEST", "Riot police were overwhelmed by protesters who invaded the square.");
        assertEquals(List.of("protesters"), actors(e));
    }

    @Test
    void praiseDrawnFromOthersIsReceivedBySubject() {
        EventMention drawn = only("SUPPORT", "Blair drew warm praise from a host of other EU leaders.");
        assertTrue(actors(drawn).isEmpty());
        assertEquals("Blair", recipient(drawn));
        EventMention deserved = only("SUPPORT", "The British presidency deserves praise for its constructive role.");
        assertTrue(actors(deserved).isEmpty());
        assertEquals("presidency", recipient(deserved));
    }

    @Test
    void theOneToldDuringTheirMeetingIsTheCounterpart() {
        EventMention e = only("CONSULT", "The president told Lee during their meeting that there would be consequences.");
        assertEquals(List.of("president"), actors(e));
        assertEquals("Lee", recipient(e));
    }

    @Test
    void anAttackOnAThingNamesItsTarget() {
        EventMention e = only("ASSAULT", "The European Commission condemned the attack on a camp for displaced persons.");
        assertEquals("camp", recipient(e));
    }
}
