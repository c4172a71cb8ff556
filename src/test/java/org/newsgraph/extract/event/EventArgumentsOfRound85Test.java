package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Eighty-fourth round, second part, the rules alone: an age told before a victim's name; a stint in prison earned. */
class EventArgumentsOfRound85Test {

    @Test
    void anAgeBeforeAVictimsNameIsPassed() {
        assertEquals("Wendy Perez", EventsOf.recipient(EventsOf.byRules("ASSAULT", "A group of men fired at a shop in the southeast "
                + "of the capital Guatemala City, killing five-year-old Wendy Perez and Axel Acajabon, 22.")));
        assertEquals("Axel Acajabon", EventsOf.recipient(EventsOf.byRules("ASSAULT", "Gunmen fired on a car, wounding 22-year-old "
                + "Axel Acajabon.")));
    }

    @Test
    void aStintInPrisonEarnedIsTheEarners() {
        assertEquals("Erdogan", EventsOf.recipient(EventsOf.byRules("COERCE", "Erdogan has defended freedom of speech citing his own "
                + "conviction for reciting a poem during a political rally in 1997, which earned him a four-month stint in prison.")));
    }
}
