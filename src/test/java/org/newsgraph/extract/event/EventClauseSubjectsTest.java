package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fortieth round: the one a complaint or an allegation is about, as the subject of its "that" clause, when a common
 * noun of a person or a body names it. The rules are tested alone.
 */
class EventClauseSubjectsTest {

    @Test
    void aComplaintThatABodyActedIsAboutThatBody() {
        EventMention bank = byRules("ACCUSE", "Hungary and the Czech Republic complained that the bank was giving them the cold"
                + " shoulder.");
        assertEquals(List.of("Hungary", "Czech Republic"), actors(bank));
        assertEquals("bank", recipient(bank));
        EventMention weather = byRules("ACCUSE", "They complained that the weather was bad.");
        assertNull(recipient(weather), weather::toString); // weather is no party
    }
}
