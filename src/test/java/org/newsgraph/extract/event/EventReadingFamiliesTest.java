package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.asserted;
import static org.newsgraph.extract.event.EventsOf.only;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Events read in the twentieth round: riots, attacks in words, tolls of attacks, arrivals, first-person quotes,
 * mis-tagged "called for", and what is no event (questions, telling reporters, a future continuation).
 */
class EventReadingFamiliesTest {

    @Test
    void clashesBetweenPoliceAndACrowdAreARiot() {
        EventMention e = only("PROTEST", "Police clashed with youths in the northwestern city on Saturday.");
        assertEquals("riot", e.mode());
        assertEquals("youths", e.actor().text());
        assertEquals("Police", e.recipient().text());
        assertTrue(asserted("ASSAULT", "Police clashed with youths in the northwestern city on Saturday.").isEmpty());
    }

    @Test
    void anAttackInASpeechIsAnAccusation() {
        assertEquals(1, asserted("ACCUSE", "His speech was interpreted as a direct attack on British Euro-scepticism.").size());
        assertTrue(asserted("ASSAULT", "His speech was interpreted as a direct attack on British Euro-scepticism.").isEmpty());
    }

    @Test
    void anAttackByWarplanesStaysAnAssault() {
        assertEquals(1, asserted("ASSAULT", "Israeli warplanes attacked a Hezbollah target, a report said.").size());
    }

    @Test
    void aBlastThatKilledIsAnAttackOnItsVictims() {
        EventMention e = only("ASSAULT", "The blast destroyed a civilian car, killing three people and wounding four others.");
        assertTrue(e.recipient().text().contains("people"), e::toString);
    }

    @Test
    void theTollOfAnAttackIsNoSecondAttack() {
        assertEquals(1, asserted("ASSAULT", "The governor escaped unscathed a suicide bombing attack on Tuesday that killed"
                + " one person.").size());
    }

    @Test
    void twoVictimsOfTwoKillingsAreTwoEvents() {
        assertEquals(2, asserted("ASSAULT", "A Buddhist man was shot dead by two suspected militants, and a Muslim farmer"
                + " was killed by gunfire as he travelled home.").size());
    }

    @Test
    void rocketsThatFellAreNoMishap() {
        assertEquals(1, asserted("ASSAULT", "An Israeli woman was killed on Wednesday as six Qassam rockets fell in the"
                + " town of Sderot.").size());
    }

    @Test
    void anArrivalInAForeignCapitalIsAVisit() {
        EventMention e = only("CONSULT", "Lebanese Prime Minister Fouad Seniora arrived in Amman on Saturday.");
        assertEquals("visit", e.mode());
    }

    @Test
    void comingBackHomeIsNoVisit() {
        assertTrue(asserted("CONSULT", "Spicer, who arrived back in Britain late Wednesday, said he narrowly missed death.")
                .isEmpty());
    }

    @Test
    void aFirstPersonDemandInAQuoteIsAsserted() {
        assertEquals(1, asserted("REQUEST", "\"We demand a return to the negotiations table,\" the statement said.").size());
    }

    @Test
    void calledForMistaggedAsAParticipleStillActs() {
        EventMention e = only("REQUEST", "The board of the Athens Bar Association on Friday called for complete removal of"
                + " the surveillance cameras.");
        assertEquals("Athens Bar Association", e.actor().text());
    }

    @Test
    void askingSomeoneForSomethingIsARequest() {
        EventMention e = only("REQUEST", "An Iranian government has asked parliament for such an additional sum.");
        assertEquals("parliament", e.recipient().text());
    }

    @Test
    void questionsAndWordsToReportersAreNoRequests() {
        List<EventMention> es = asserted("REQUEST", "Boucher was then asked in particular about a proposal to build a pipeline.");
        assertTrue(es.isEmpty(), es::toString);
        assertTrue(asserted("REQUEST", "A conference spokesman told AFP that delegates had managed to make one practical step.")
                .isEmpty());
    }

    @Test
    void supportThatWillContinueIsNotYetAsserted() {
        assertTrue(asserted("SUPPORT", "China will continue to support the peace process in Burundi.").isEmpty());
    }

    @Test
    void theNextRoundOfTalksIsNotYetHeld() {
        assertTrue(asserted("CONSULT", "He said he was optimistic on the next peace talks with the rebels.").isEmpty());
    }
}
