package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seventy-seventh round, the rules alone: counts of a conflict's dead, requests put to a named body, and what must stay
 * as it was beside them.
 */
class EventArgumentsOfRound77Test {

    @Test
    void aCountOfSoldiersKilledTellsTheKillings() {
        EventMention e = EventsOf.byRules("ASSAULT", "Since 2003, the number of British troops killed in Iraq has increased"
                + " to 121.");
        assertEquals(Modality.ASSERTED, e.modality());
        assertEquals("British troops", EventsOf.recipient(e));
        assertEquals("soldiers", EventsOf.recipient(EventsOf.byRules("ASSAULT",
                "The number of soldiers killed in Iraq has increased to 121.")));
    }

    @Test
    void aCountOfMinersKilledStaysACount() {
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "The mine accident brought the number of miners killed in 2006 in"
                + " Poland to 43."));
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "The number of people killed by the disease climbed slightly to 326"
                + " in October."));
    }

    @Test
    void askingANamedBodyForSomethingIsARequest() {
        EventMention e = EventsOf.byRules("REQUEST", "Lebanon has asked the UN for a six-month extension.");
        assertEquals(List.of("Lebanon"), EventsOf.actors(e));
        assertEquals("UN", EventsOf.recipient(e));
        assertEquals("United Nations", EventsOf.recipient(EventsOf.byRules("REQUEST",
                "Lebanon asked the United Nations for help.")));
        assertEquals("Jordan", EventsOf.recipient(EventsOf.byRules("REQUEST", "Iraq asked Jordan for more time.")));
    }

    @Test
    void aBareNumberArrestedAfterAKillingNamesTheSameKind() {
        EventMention e = EventsOf.byRules("COERCE", "Coalition forces killed three suspected terrorists and arrested another"
                + " in Khost province.");
        assertEquals("suspected terrorists", EventsOf.recipient(e));
        assertEquals("drug trafficker", EventsOf.recipient(EventsOf.byRules("COERCE",
                "Mexican soldiers killed one drug trafficker and arrested two last week.")));
        assertEquals("others", EventsOf.recipient(EventsOf.byRules("COERCE",
                "Police killed two rebels and arrested four others on Sunday.")));
        assertEquals(null, EventsOf.recipient(EventsOf.byRules("COERCE", "Police arrested two on Sunday.")));
    }

    @Test
    void aBlastThatHurtNoOneStruckWhatItWasSetOffNear() {
        EventMention e = EventsOf.byRules("ASSAULT", "Explosives strapped to a donkey were detonated near a German aid agency's"
                + " vehicle in northern Afghanistan but the blast caused no human casualties.");
        assertEquals("aid agency", EventsOf.recipient(e));
        assertEquals("Gibran Tueni", EventsOf.recipient(EventsOf.byRules("ASSAULT", "Police said the car bomb blew up near"
                + " Gibran Tueni's armoured four-wheel drive vehicle, blasting it off the road.")));
        assertEquals("police station", EventsOf.recipient(EventsOf.byRules("ASSAULT",
                "A bomb exploded near a police station in Narathiwat.")));
    }

    @Test
    void aBlastNearAPlaceStrikesNoOne() {
        assertEquals(null, EventsOf.recipient(EventsOf.byRules("ASSAULT",
                "A roadside bomb exploded near the market on Sunday.")));
    }

    @Test
    void suspectingSomeoneOfAnIllnessIsNoAccusation() {
        assertTrue(EventsOf.noAssertedByRules("ACCUSE", "The experts from the ministry suspected the girl of being a human case"
                + " of H5N1 bird flu."));
        assertEquals("Deri", EventsOf.recipient(EventsOf.byRules("ACCUSE", "Police suspect Deri of \"attempted blackmail\".")));
    }

    @Test
    void theKilledInAnAttackBlamedOnAPartyWereKilledByIt() {
        EventMention e = EventsOf.byRules("ASSAULT", "Twenty-two civilians were killed in a weekend attack in western Sudan which"
                + " the government blamed on Darfur rebels.");
        assertEquals(List.of("rebels"), EventsOf.actors(e));
        assertEquals("civilians", EventsOf.recipient(e));
        assertEquals(List.of(), EventsOf.actors(EventsOf.byRules("ASSAULT", "Three soldiers were killed in an attack on Monday.")));
    }

    @Test
    void anAttackBlamedOnAPartyIsBlamedByNoOneNamed() {
        EventMention e = EventsOf.byRules("ACCUSE", "Ten people died in an attack blamed on rebels.");
        assertEquals(List.of(), EventsOf.actors(e));
        assertEquals("rebels", EventsOf.recipient(e));
        assertEquals(List.of("Police"), EventsOf.actors(EventsOf.byRules("ACCUSE", "Police blamed the attack on rebels.")));
    }

    @Test
    void thoseWhoDiedInAnAttackBlamedOnAPartyWereItsVictims() {
        EventMention e = EventsOf.byRules("ASSAULT", "Ten people died in an attack blamed on rebels.");
        assertEquals(List.of("rebels"), EventsOf.actors(e));
        assertEquals("people", EventsOf.recipient(e));
        EventMention plain = EventsOf.byRules("ASSAULT", "Ten people died in an attack.");
        assertEquals(List.of(), EventsOf.actors(plain));
        assertEquals("people", EventsOf.recipient(plain));
    }

    @Test
    void soldiersKilledInAWarWereItsVictims() {
        EventMention e = EventsOf.byRules("ASSAULT", "US soldiers killed in Iraq were flown home.");
        assertEquals(List.of(), EventsOf.actors(e));
        assertEquals("soldiers", EventsOf.recipient(e));
        assertEquals("soldiers", EventsOf.recipient(EventsOf.byRules("ASSAULT",
                "The number of US soldiers killed in Iraq has increased to 2,850.")));
        assertEquals(List.of("soldiers"), EventsOf.actors(EventsOf.byRules("ASSAULT",
                "Israeli soldiers killed two militants in Jenin on Monday.")));
    }
}
