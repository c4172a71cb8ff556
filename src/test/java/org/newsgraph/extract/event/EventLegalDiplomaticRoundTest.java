package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Families of the fourteenth round (legal action; diplomatic and cooperative wire formulae), each on a short invented text. */
class EventLegalDiplomaticRoundTest {

    private static List<EventMention> asserted(String text, String category) {
        return EventsOf.asserted(category, text);
    }

    @Test
    void chargedWithACrimeIsAnAllegation() {
        List<EventMention> es = asserted("The former governor was charged with embezzlement on Friday.", "ACCUSE");
        assertEquals(1, es.size());
        assertEquals("allege", es.get(0).mode());
    }

    @Test
    void chargedWithATaskIsNoAccusation() {
        assertTrue(asserted("The new agency was charged with the task of rebuilding the port.", "ACCUSE").isEmpty());
    }

    /**
     * Police who arrest people and charge them make one arrest (CAMEO 173 codes arrest and charge alike), as the golden
     * set codes "arrested 33 people ... and charged them with illegally exploiting". The learned trigger model used to
     * add an accusation beside it; it is off by default since the fiftieth round, and the rules follow the golden set.
     */
    @Test
    void policeChargingAfterAnArrestIsOneArrest() {
        String text = "Police arrested 12 people in the capital on Monday and charged them with fraud.";
        assertEquals(0, asserted(text, "ACCUSE").size());
        assertEquals(1, asserted(text, "COERCE").size());
    }

    @Test
    void passiveIndictmentIsAnAllegation() {
        assertEquals(1, asserted("The former mayor was indicted on Tuesday.", "ACCUSE").size());
    }

    @Test
    void warrantForAnArrestIsAnAllegationNotAnArrest() {
        String text = "A judge in Madrid issued a warrant for the arrest of the former general.";
        assertEquals(1, asserted(text, "ACCUSE").size());
        assertTrue(asserted(text, "COERCE").isEmpty());
    }

    @Test
    void openingAnInvestigationIntoSomeoneIsAnInvestigation() {
        List<EventMention> es = asserted("Prosecutors opened an investigation into the governor on Monday.", "ACCUSE");
        assertEquals(1, es.size());
        assertEquals("investigate", es.get(0).mode());
    }

    @Test
    void warningOfProsecutionStaysAThreat() {
        String text = "The minister warned that people caught smuggling fuel would be prosecuted.";
        assertEquals(1, asserted(text, "THREATEN").size());
        assertTrue(asserted(text, "ACCUSE").isEmpty());
    }

    @Test
    void policeSearchingHomesIsCoercion() {
        assertEquals(1, asserted("Police searched the homes of three opposition activists on Sunday.", "COERCE").size());
    }

    @Test
    void receivingAVisitingDelegationIsAMeeting() {
        assertEquals(1, asserted("Li Peng received a visiting delegation from Ghana on Monday.", "CONSULT").size());
    }

    @Test
    void twoNamedPartiesDiscussingIsAMeeting() {
        assertEquals(1, asserted("Wen and Putin discussed bilateral ties on Tuesday.", "CONSULT").size());
    }

    @Test
    void aBodyDiscussingAloneIsNoMeeting() {
        assertTrue(asserted("The cabinet discussed the budget on Monday.", "CONSULT").isEmpty());
    }

    @Test
    void anAudienceIsAMeeting() {
        assertEquals(1, asserted("The Pope had an audience with the Iranian president on Friday.", "CONSULT").size());
    }

    @Test
    void persuadingIsARequest() {
        assertEquals(1, asserted("Norway persuaded the rebels to return to the talks.", "REQUEST").size());
    }

    @Test
    void helpOfferedIsAidButAnOfferToHelpIsNot() {
        assertEquals(1, asserted("Japan offered help to the flood victims.", "AID").size());
        assertTrue(asserted("Japan offered to help the flood victims.", "AID").isEmpty());
    }

    @Test
    void cooperationHelpedAlongBetweenPartiesIsCooperation() {
        assertEquals(1, asserted("The visit helped strengthen cooperation between China and Kenya.", "COOPERATE").size());
    }

    @Test
    void debtReliefPutForwardIsAid() {
        assertEquals(1, asserted("China has put forward measures including debt relief for poor African nations.", "AID").size());
    }

    @Test
    void investigationOfANamedPartyIsAnInvestigation() {
        assertEquals(1, asserted("The accounts came to light after a Senate investigation of Enron in Houston.", "ACCUSE").size());
    }

    @Test
    void investigationOfACauseIsNoAccusation() {
        assertTrue(asserted("Experts began an investigation into the cause of the fire.", "ACCUSE").isEmpty());
    }

    @Test
    void courtOrderingAnExecutionIsCoercion() {
        assertEquals(1, asserted("On Tuesday a court ordered his execution within 30 days.", "COERCE").size());
    }

    @Test
    void questionedByPoliceIsAnInvestigationButNotByReporters() {
        assertEquals(1, asserted("The two men were questioned by police on Tuesday.", "ACCUSE").size());
        assertTrue(asserted("He was questioned by reporters about the budget.", "ACCUSE").isEmpty());
    }

    @Test
    void reliefHandedOverIsAid() {
        assertEquals(1, asserted("The ambassador handed over relief supplies to the flood victims on Monday.", "AID").size());
    }

    @Test
    void courtesyCallIsAVisitNotARequest() {
        String text = "Wen paid a courtesy call on the King of Thailand.";
        assertEquals(1, asserted(text, "CONSULT").size());
        assertTrue(asserted(text, "REQUEST").isEmpty());
    }
}
