package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sixty-fifth round, the rules alone. An insurgency fought is a party ("has been fighting a Kurdish insurgency"). A
 * visit a possessive gives its visitor was made ("Mubarak's visit is part of a flurry of diplomacy"), unless it is still
 * to come ("his upcoming visit", "Japan is arranging his visit"); the country that modifies it is where it went ("Putin's
 * two-day India visit"). Fighting that erupted is told by its noun even when the verb comes two words later ("Fighting
 * first erupted"), and what has come increasingly under attack suffered it. A base verb after "first ever" is the noun
 * it is ("his first ever visit/VB").
 */
class EventArgumentsOfRound65Test {

    @Test
    void anInsurgencyFoughtIsAParty() {
        EventMention fighting = EventsOf.byRules("ASSAULT", "Turkey has been fighting a Kurdish insurgency for self-rule for"
                + " the past 22 years.");
        assertEquals(List.of("Turkey"), EventsOf.actors(fighting));
        assertEquals("Kurdish insurgency", EventsOf.recipient(fighting));
    }

    @Test
    void aVisitAPossessiveGivesItsVisitorWasMade() {
        EventMention visit = EventsOf.byRules("CONSULT", "Mubarak's visit is part of a flurry of diplomacy.");
        assertEquals(List.of("Mubarak"), EventsOf.actors(visit));
        assertTrue(visit.asserted());
        assertTrue(EventsOf.noAssertedByRules("CONSULT", "Bush's upcoming visit is important."));
        assertTrue(EventsOf.noAssertedByRules("CONSULT", "\"Japan is arranging his visit, but the schedule is yet to be fixed,\""
                + " the ministry spokeswoman said."));
    }

    @Test
    void aPossessivesCountryVisitWentToThatCountry() {
        EventMention visit = EventsOf.byRules("CONSULT", "Putin's two-day India visit ended on Friday.");
        assertEquals(List.of("Putin"), EventsOf.actors(visit));
        assertEquals("India", EventsOf.recipient(visit));
    }

    @Test
    void fightingThatEruptedIsAnAttack() {
        EventMention fighting = EventsOf.byRules("ASSAULT", "Fighting first erupted December 20 after the Islamists demanded the"
                + " departure of Ethiopian troops.");
        assertTrue(fighting.asserted());
    }

    @Test
    void whatHasComeIncreasinglyUnderAttackSufferedIt() {
        EventMention attack = EventsOf.byRules("ASSAULT", "Baghdad's universities have come increasingly under attack from Sunni"
                + " extremist groups.");
        assertEquals(List.of("Sunni extremist groups"), EventsOf.actors(attack));
        assertEquals("universities", EventsOf.recipient(attack));
    }

    @Test
    void aFirstEverVisitIsANoun() {
        EventMention visit = EventsOf.byRules("CONSULT", "Hu pledged to take ties with Pakistan to a new level during his first"
                + " ever visit to the country.");
        assertTrue(visit.asserted());
    }
}
