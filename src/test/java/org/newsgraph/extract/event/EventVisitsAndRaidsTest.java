package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.noAssertedByRules;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Thirty-sixth round: a town visited as a verb's object is the visit's place and its named country the one met;
 * warnings of what follows if, past a long outcome or two joined ones; raids on places fought over; military
 * offensives. The rules are tested alone.
 */
class EventVisitsAndRaidsTest {

    @Test
    void aTownVisitedIsThePlaceAndItsCountryTheOneMet() {
        EventMention e = byRules("CONSULT", "Mongolian Prime Minister Miegombyn Enkhbold on Sunday visited Xi'an, a historical"
                + " city and capital of northwest China's Shaanxi Province.");
        assertEquals("Xi'an", e.place().text());
        assertEquals("China", recipient(e));
        assertEquals(List.of("Miegombyn Enkhbold"), actors(e));
        assertEquals("Shanghai", byRules("CONSULT", "French President Jacques Chirac visited Shanghai on Sunday.").place().text());
    }

    @Test
    void aTownOfOnesOwnCountryOrAVisitorsNationalityIsNoVisit() {
        assertTrue(noAssertedByRules("CONSULT", "Chinese President Hu Jintao visited Shanghai on Sunday."));
        assertNull(byRules("CONSULT", "Solana also held a meeting with visiting US Secretary of State Condoleezza Rice.").place());
    }

    @Test
    void warningsOfWhatFollowsIfPastALongOrDoubleOutcome() {
        EventMention gas = byRules("THREATEN", "Gazprom chairman Alexei Miller has warned that gas supplies to Belarus will be"
                + " turned off at 10:00 am in Moscow (0700 GMT) on Monday if Belarus, an ex-Soviet republic, does not agree to a"
                + " more than doubling of prices.");
        assertEquals(List.of("Alexei Miller"), actors(gas));
        assertEquals("Belarus", recipient(gas));
        assertEquals("international community", recipient(byRules("THREATEN", "Khaled Meshaal warned Saturday that the"
                + " Palestinian authorities could collapse and there would be a third intifada if the international community"
                + " could not find a solution.")));
    }

    @Test
    void raidsOnPlacesFoughtOverAreAttacksAndSearchesOfHomesAreNot() {
        assertEquals(List.of("sea pirates"), actors(byRules("ASSAULT", "A group of sea pirates have raided a police station in"
                + " southern Nigeria and carted away arms.")));
        assertTrue(noAssertedByRules("ASSAULT", "Shanghai police have raided the home of a second underground Catholic priest."));
        byRules("COERCE", "Shanghai police have raided the home of a second underground Catholic priest.");
    }

    @Test
    void aMilitaryOffensiveIsAnAttackAndBeingOnTheOffensiveIsNot() {
        byRules("ASSAULT", "US and Iraqi forces continued a major offensive, Operation Steel Curtain, to eradicate al-Qaida"
                + " fighters in western Iraq.");
        assertTrue(noAssertedByRules("ASSAULT", "Africa's cotton-producing countries have been on the offensive in the run-up to"
                + " the meeting."));
    }
}
