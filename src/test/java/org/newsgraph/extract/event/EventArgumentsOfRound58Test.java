package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fifty-eighth round, second part (arguments): the victims of a deed are not the recipient of its censure or of an
 * apology for it; a description after the one met in an opening phrase is not the main subject; what an attack "that
 * removed" or "which targeted" names is its target; an attack in words is "on" the one it criticises; a verb after
 * "and" past a reported statement of what is so is the reporter's. The rules are tested alone.
 */
class EventArgumentsOfRound58Test {

    @Test
    void theVictimsAreNotWhomACensureOrAnApologyIsAddressedTo() {
        EventMention condemned = byRules("ACCUSE", "\"We condemn such an attack against civilians and humanitarian workers.");
        assertNull(condemned.recipient());
        EventMention apologized = byRules("CONCEDE", "He has been promoting reconciliation and apologized for the previous"
                + " government's mistreatment to the people in the South.");
        assertNull(apologized.recipient());
        // a named party stays
        EventMention named = byRules("ACCUSE", "Pakistan condemned India for the attack.");
        assertEquals("India", recipient(named));
    }

    @Test
    void aDescriptionOfTheOneMetIsNotTheMainSubject() {
        EventMention met = byRules("CONSULT", "After a meeting with Kofi Annan, head of the United Nations, Bush told reporters"
                + " the talks went well.");
        assertEquals(List.of("Bush"), actors(met));
        assertEquals("Kofi Annan", recipient(met));
    }

    @Test
    void whatAnAttackRemovedOrTargetedIsItsTarget() {
        EventMention removed = byRules("ASSAULT", "The United States launched the attack that removed the Taliban from power"
                + " after the hardliners refused.");
        assertEquals("Taliban", recipient(removed));
        EventMention targeted = byRules("ASSAULT", "The first firebomb attack, which targeted a National Bank branch in the"
                + " Peristeri district, damaged an ATM.");
        assertEquals("National Bank", recipient(targeted));
    }

    @Test
    void anAttackInWordsIsOnTheOneItCriticises() {
        EventMention attacks = byRules("ACCUSE", "Labour launched a scathing attack on the government over its handling of the"
                + " economy.");
        assertEquals(List.of("Labour"), actors(attacks));
        assertEquals("government", recipient(attacks));
    }

    @Test
    void aVerbAfterAReportedStatementOfWhatIsSoIsTheReporters() {
        EventMention called = byRules("REQUEST", "Embassy officials said Taliban remnants or al-Qaida fighters were behind the"
                + " incident and called for caution.");
        assertEquals(List.of("officials"), actors(called));
        // a reported deed goes on with its own subject
        EventMention urged = byRules("REQUEST", "Officials said the rebels attacked the town and urged residents to stay"
                + " indoors.");
        assertEquals(List.of("rebels"), actors(urged));
    }
}
