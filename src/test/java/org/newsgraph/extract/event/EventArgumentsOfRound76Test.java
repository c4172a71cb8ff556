package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seventy-sixth round, the rules alone: attacks whose attacker the sentence does not name, meetings dated by their day,
 * and what must stay as it was beside them.
 */
class EventArgumentsOfRound76Test {

    @Test
    void anAttackWithNoAttackerNamedHasItsVictim() {
        EventMention e = EventsOf.byRules("ASSAULT", "The journalist was attacked in Lagos on Monday.");
        assertEquals(Modality.ASSERTED, e.modality());
        assertEquals(List.of(), EventsOf.actors(e));
        assertEquals("journalist", EventsOf.recipient(e));
        assertEquals("friends", EventsOf.recipient(EventsOf.byRules("ASSAULT",
                "He and three friends were attacked on a lonely road.")));
    }

    @Test
    void anAttackerAfterADayIsStillTheAttacker() {
        EventMention e = EventsOf.byRules("ASSAULT", "Three members of its staff aboard a vehicle were ambushed Saturday by a"
                + " group of armed men.");
        assertEquals(List.of("armed men"), EventsOf.actors(e));
        assertEquals("staff", EventsOf.recipient(e));
    }

    @Test
    void aPlanAttackedAsUnworkableIsNoAssault() {
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "The plan was attacked as unworkable."));
        EventMention words = EventsOf.byRules("ACCUSE", "The minister was attacked for his remarks.");
        assertEquals("minister", EventsOf.recipient(words));
    }

    @Test
    void anAttackTogetherWithARobberyIsNoAttackInWords() {
        EventMention e = EventsOf.byRules("ASSAULT", "Canadian Olympic wrestling champion Daniel Igali was attacked and robbed"
                + " in his native Nigeria two weeks ago, Canadian press said in a report Wednesday.");
        assertEquals("Daniel Igali", EventsOf.recipient(e));
        assertTrue(EventsOf.noAssertedByRules("ACCUSE", "Canadian Olympic wrestling champion Daniel Igali was attacked and"
                + " robbed in his native Nigeria two weeks ago, Canadian press said in a report Wednesday."));
    }

    @Test
    void aMeetingDatedByItsDayWasHeld() {
        EventMention e = EventsOf.byRules("CONSULT", "Fino, who later returned to Tirana, said after Thursday's talks that the"
                + " dispatch of the force marked a key stage.");
        assertEquals(List.of("Fino"), EventsOf.actors(e));
        EventsOf.byRules("CONSULT", "According to sources close to Monday's talks, Wu Yi accepted the need for greater"
                + " flexibility.");
    }

    @Test
    void aTrialsSessionIsNoMeeting() {
        assertTrue(EventsOf.noAssertedByRules("CONSULT", "Wednesday's session is a continuation of the trial over the Anfal"
                + " case."));
    }

    @Test
    void oneCapturedByAnArmedGroupIsAbducted() {
        EventMention e = EventsOf.byRules("ASSAULT", "Corporal Gilad Shalit was captured by three militant groups, led by Hamas,"
                + " in a cross-border raid last June.");
        assertEquals(List.of("militant groups"), EventsOf.actors(e));
        assertEquals("Gilad Shalit", EventsOf.recipient(e));
        assertTrue(EventsOf.noAssertedByRules("COERCE", "Corporal Gilad Shalit was captured by three militant groups, led by"
                + " Hamas, in a cross-border raid last June."));
    }

    @Test
    void armedMenArrestedByPoliceAreArrested() {
        EventMention e = EventsOf.byRules("COERCE", "Police arrested two gunmen in Gaza on Monday.");
        assertEquals(List.of("Police"), EventsOf.actors(e));
        assertEquals("gunmen", EventsOf.recipient(e));
    }

    @Test
    void anInvitationToComeIsARequest() {
        EventMention e = EventsOf.byRules("REQUEST", "Bush invited Triet to visit the United States in 2007.");
        assertEquals(List.of("Bush"), EventsOf.actors(e));
        assertEquals("Triet", EventsOf.recipient(e));
        assertEquals("Meshaal", EventsOf.recipient(EventsOf.byRules("REQUEST", "Egypt had invited Meshaal for a visit to broker"
                + " negotiations.")));
        assertTrue(EventsOf.noAssertedByRules("REQUEST", "The victim was invited by the Americans to go with them in a rented"
                + " van."));
    }

    @Test
    void deathsWhenATankBurstAreAnAccident() {
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "On October 28, 13 workers were killed in northwest China's Xinjiang"
                + " region when the oil tank they were painting exploded."));
        EventMention e = EventsOf.byRules("ASSAULT", "Five soldiers were killed when a fuel tanker packed with explosives"
                + " exploded near their base.");
        assertEquals("soldiers", EventsOf.recipient(e));
    }

    @Test
    void aChargeAfterItsQuoteIsTheSpeakers() {
        EventMention e = EventsOf.byRules("ACCUSE", "\"The Shiites have more seats than they deserve and because of this there"
                + " has been state terrorism and killings,\" charged Mekky Latif, an election observer in Fallujah.");
        assertEquals(List.of("Mekky Latif"), EventsOf.actors(e));
        assertEquals("Shiites", EventsOf.recipient(e));
        EventMention complaint = EventsOf.byRules("ACCUSE", "\"This is unfair,\" complained the opposition leader.");
        assertEquals(List.of("opposition leader"), EventsOf.actors(complaint));
    }

    @Test
    void helpThatArrivedOrCameIsAid() {
        EventMention e = EventsOf.byRules("AID", "Three Turkish engineers, who came to Pakistan to aid earthquake victims, were"
                + " injured in a fire.");
        assertEquals(List.of("Three Turkish engineers"), EventsOf.actors(e));
        EventsOf.byRules("AID", "Two amphibious Russian aircraft have arrived in Indonesia's South Sumatra province to help"
                + " fight haze-causing fires in the west of the country.");
        assertTrue(EventsOf.noAssertedByRules("AID", "The minister arrived in Beijing to help promote cooperation."));
        EventsOf.byRules("CONSULT", "The minister arrived in Beijing to help promote cooperation.");
    }
}
