package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.asserted;
import static org.newsgraph.extract.event.EventsOf.events;
import static org.newsgraph.extract.event.EventsOf.only;
import static org.newsgraph.extract.event.EventsOf.recipient;

import org.junit.jupiter.api.Test;

/**
 * Twenty-fourth round: criminal charges (PLOVER ACCUSE, CAMEO 112) named without a "be" ("a politician charged with
 * attempting"), charges someone faces or is held on, whose accused is the clause's subject and whose accuser goes
 * unnamed; and their look-alikes (a body charged with a task, a trial on charges, charges yet to be faced).
 */
class EventChargesTest {

    @Test
    void chargedWithAnOffenceWithoutBeIsAnAccusationOfTheOneCharged() {
        EventMention e = only("ACCUSE", "A Malaysian opposition leader Friday called for the resignation of a high-ranking"
                + " Malaysian politician charged with attempting to take undeclared currency out of Australia.");
        assertEquals("politician", recipient(e));
    }

    @Test
    void aGerundAfterChargedWithTellsTheOffence() {
        EventMention e = only("ACCUSE", "The 16, including a woman, were charged with taking prisoners from Vukovar's hospital.");
        assertEquals("The 16", recipient(e));
    }

    @Test
    void aBodyChargedWithATaskIsGivenADutyNotAccused() {
        String s = "Invest Hong Kong is the Hong Kong government department charged with encouraging and facilitating"
                + " inward investment.";
        assertTrue(asserted("ACCUSE", s).isEmpty(), () -> events(s).toString());
    }

    @Test
    void whoFacesChargesIsTheAccusedNotTheAccuser() {
        EventMention e = only("ACCUSE", "Saddam is facing charges in this trial over the killing of Shiite villagers.");
        assertEquals("Saddam", recipient(e));
        assertTrue(actors(e).isEmpty(), actors(e)::toString);
    }

    @Test
    void chargesSomeoneIsHeldOnNameTheSubject() {
        EventMention e = only("ACCUSE", "Four suspects were arrested in the operation, facing charges of dealing illicit drugs.");
        assertEquals("suspects", recipient(e));
    }

    @Test
    void arrestedAndChargedIsTwoEvents() {
        String s = "On Friday the woman's husband, Aziz Demir, 42, was arrested and charged over the incident.";
        assertEquals("Aziz Demir", recipient(only("COERCE", s)));
        assertEquals("Aziz Demir", recipient(only("ACCUSE", s)));
    }

    @Test
    void chargesYetToBeFacedAreNotAsserted() {
        String s = "Two US Marines are to face murder charges in connection with the killing of 24 Iraqi civilians.";
        assertTrue(asserted("ACCUSE", s).isEmpty(), () -> events(s).toString());
    }

    @Test
    void aTrialOnChargesIsNoNewAccusation() {
        String s = "Adjourned for the election, Saddam's trial on charges of crimes against humanity threatened to"
                + " exacerbate already high ethnic tensions.";
        assertTrue(asserted("ACCUSE", s).isEmpty(), () -> events(s).toString());
    }
}
