package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Eighty-seventh round, the rules alone: an appositive before a time adjunct; the person a description with a relative
 * clause follows; an absolute "with" clause names no party.
 */
class EventArgumentsOfRound87Test {

    @Test
    void anAppositiveBeforeATimeAdjunctIsPassedOver() {
        assertEquals(List.of("Saad Hariri"), EventsOf.actors(EventsOf.byRules("REQUEST",
                "Saad Hariri, the leader of the Future Movement, on Monday urged the United Nations to act.")));
        assertEquals(List.of("Saad Hariri"), EventsOf.actors(EventsOf.byRules("REQUEST",
                "Saad Hariri, the leader of the Future Movement, last week urged the United Nations to act.")));
    }

    @Test
    void theRelativeClauseOfADescriptionIsThePersons() {
        assertEquals(List.of("Jerry Singirok"), EventsOf.actors(EventsOf.byRules("REQUEST", "Jerry Singirok, sacked commander of the "
                + "PNG Defence Force who made the accusations, demanded the sacking of Julius Chan.")));
    }

    @Test
    void anAbsoluteWithClauseNamesNoParty() {
        assertNull(EventsOf.recipient(EventsOf.byRules("SANCTION", "The government imposed sanctions, with officials saying the move was needed.")));
        assertNull(EventsOf.recipient(EventsOf.byRules("SANCTION", "Israel froze negotiations, with Sharon saying there will be no discussions.")));
        assertEquals("Palestinians", EventsOf.recipient(EventsOf.byRules("SANCTION", "Israel froze negotiations with the Palestinians on Monday.")));
    }
}
