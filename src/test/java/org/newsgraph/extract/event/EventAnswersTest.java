package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.only;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Twenty-fifth round: parties read from what a verb answers or judges. A demand or request answered by someone was
 * addressed to them; a deed judged names its doer in a "by" phrase; a thing seized names its owner; a description
 * opening the clause may carry adjectives and a phrase; of three or more signatories none is the others' counterpart;
 * those killed are not their own attackers; the accused of a passive, the one "who has been arrested" and a refusal's
 * counterpart are parties; and one asked "to" act is a party even when the tagger took the name for a place.
 */
class EventAnswersTest {

    @Test
    void demandsRefusedWereAddressedToTheOneWhoRefused() {
        EventMention e = only("REQUEST", "Netanyahu has refused Palestinian demands to freeze construction of new Jewish settlements.");
        assertEquals(List.of("Palestinian"), actors(e));
        assertEquals("Netanyahu", recipient(e));
    }

    @Test
    void requestAcceptedWasAddressedToTheOneWhoAccepted() {
        EventMention e = only("REQUEST", "Diplomats here said Erbakan accepted Levy's request for a meeting at the last minute.");
        assertEquals(List.of("Levy"), actors(e));
        assertEquals("Erbakan", recipient(e));
    }

    @Test
    void attacksDenouncedNameTheirDoerAsTheAccused() {
        EventMention e = only("ACCUSE", "The group denounced attacks by government-backed Arab militias in Darfur.");
        assertEquals("government-backed Arab militias", recipient(e));
    }

    @Test
    void effortsPraisedNameTheirDoer() {
        EventMention e = only("SUPPORT", "Wijers praised the substantial efforts made by Deleye Investment Group.");
        assertEquals(List.of("Wijers"), actors(e));
        assertEquals("Deleye Investment Group", recipient(e));
    }

    @Test
    void aThingSeizedNamesItsOwner() {
        EventMention e = only("COERCE", "Liberian security officials seized a craft belonging to the Sierra Leone Navy Friday.");
        assertEquals("Sierra Leone Navy", recipient(e));
    }

    @Test
    void aDescribedSubjectKeepsItsAdjectivesAndPhrase() {
        EventMention leader = only("ACCUSE", "A close ally of Cuban President Fidel Castro, the leftist leader had accused Washington"
                + " during his campaign of seeking to sew discord in Venezuela.");
        assertEquals(List.of("leftist leader"), actors(leader));
        EventMention spokeswoman = only("ACCUSE", "The spokeswoman on external affairs condemned Ahmadinejad's remarks.");
        assertEquals(List.of("spokeswoman"), actors(spokeswoman));
    }

    @Test
    void threeOrMoreSignatoriesHaveNoCounterpart() {
        EventMention e = only("AGREE", "China, the United States, Australia, Japan and India signed an agreement on clean development.");
        assertTrue(actors(e).containsAll(List.of("United States", "Japan", "India")), () -> e.toString());
        assertNull(recipient(e));
    }

    @Test
    void thoseKilledAreNotTheirOwnAttackers() {
        EventMention e = only("ASSAULT", "Six Palestinians had been reported as being killed and over 20 others injured in the operation.");
        assertEquals("Palestinians", recipient(e));
        assertTrue(actors(e).isEmpty(), () -> e.toString());
    }

    @Test
    void theAccusedOfAPassiveAreTheRecipients() {
        EventMention e = only("ACCUSE", "The co-defendants had been accused of conspiring to have Robinah Kiyingi killed.");
        assertEquals("co-defendants", recipient(e));
    }

    @Test
    void theOneWhoWasArrestedIsTheRecipient() {
        EventMention e = only("COERCE", "The US Air Force expressed regrets about the assault by a US serviceman who has been arrested this week.");
        assertEquals("serviceman", recipient(e));
    }

    @Test
    void aRefusalToWorkWithSomeoneRejectsThem() {
        EventMention e = only("REJECT", "The mayors have refused to host refugees.");
        assertEquals(List.of("mayors"), actors(e));
        assertEquals("refugees", recipient(e));
    }

    @Test
    void aRequestOfSomeoneTheTaggerTookForAPlace() {
        EventMention e = only("REQUEST", "The United States separately called on Kabile to assist in repatriation of refugees.");
        assertEquals("Kabile", recipient(e));
    }
}
