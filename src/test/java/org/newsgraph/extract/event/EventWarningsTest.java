package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.asserted;
import static org.newsgraph.extract.event.EventsOf.events;
import static org.newsgraph.extract.event.EventsOf.only;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Twenty-fourth round: a warning of what the warner's side will do in answer is a threat (PLOVER THREATEN): it will
 * respond, hit back, crack down or resort to something, or the warned will face measures; a warning of a mere risk is
 * none.
 */
class EventWarningsTest {

    @Test
    void warningThatOnesCountryWouldRespondIsAThreat() {
        EventMention e = only("THREATEN", "Iranian President Mahmoud Ahmadinejad meanwhile warned that his country would"
                + " respond to any action against its nuclear activities.");
        assertEquals(List.of("Mahmoud Ahmadinejad"), actors(e));
    }

    @Test
    void warningOfACrackdownIsAThreat() {
        EventMention e = only("THREATEN", "Saudi authorities have warned that they will crack down on any attempt to"
                + " undermine security during the hajj.");
        assertEquals(List.of("Saudi authorities"), actors(e));
    }

    @Test
    void warningOfARiskIsNoThreat() {
        String s = "The economist warned that growth would slow next year.";
        assertTrue(asserted("THREATEN", s).isEmpty(), () -> events(s).toString());
    }
}
