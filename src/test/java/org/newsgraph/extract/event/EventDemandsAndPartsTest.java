package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.noAssertedByRules;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fifty-eighth round: a part of a group taken by "some of whom" stands for the group, being critical of a party is
 * criticising it, and a party a statement says "must" act is asked to by the speaker. The rules are tested alone.
 */
class EventDemandsAndPartsTest {

    @Test
    void aPartOfAGroupStandsForTheGroup() {
        EventMention detained = byRules("COERCE", "The separatists, some of whom were detained by police, fled.");
        assertEquals("separatists", recipient(detained));
        EventMention met = byRules("CONSULT", "Police questioned Andrei Lugovoi and Dmitri Kovtun, both of whom met Litvinenko in"
                + " London.");
        assertEquals(List.of("Andrei Lugovoi", "Dmitri Kovtun"), actors(met));
    }

    @Test
    void beingCriticalOfAPartyCriticisesIt() {
        EventMention critical = byRules("ACCUSE", "King Hussein has been highly critical of Netanyahu's policies, and has met"
                + " twice with the Israeli leader.");
        assertEquals(List.of("Hussein"), actors(critical));
        assertEquals("Netanyahu", recipient(critical));
        // a document critical of a party is no act
        assertTrue(noAssertedByRules("ACCUSE", "Denmark announced Saturday it would put forward a motion critical of China's"
                + " human rights record."));
    }

    @Test
    void aPartyAStatementSaysMustActIsAsked() {
        EventMention must = byRules("REQUEST", "US Trade Representative Rob Portman Saturday said India must help in solving the"
                + " standoff in farm talks.");
        assertEquals(List.of("Rob Portman"), actors(must));
        assertEquals("India", recipient(must));
        EventMention quoted = byRules("REQUEST", "\"Israel must stop the killings now,\" Abbas said.");
        assertEquals("Israel", recipient(quoted));
        // no party named before "must", a passive, or a question: no one is asked
        assertTrue(noAssertedByRules("REQUEST", "\"Significant progress must be made at the conference,\" said the joint"
                + " statement."));
        assertTrue(noAssertedByRules("REQUEST", "Abbas said it was not clear whether Israel must stop."));
    }
}
