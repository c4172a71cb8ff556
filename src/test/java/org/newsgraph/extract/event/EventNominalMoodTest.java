package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Event nouns that are wanted, called off or yet to be held are not asserted; ongoing ones are. */
class EventNominalMoodTest {

    private static List<EventMention> asserted(String category, String text) {
        return EventsOf.events(text).stream()
                .filter(e -> e.category().equals(category) && e.modality() == Modality.ASSERTED).toList();
    }

    @Test
    void aPostponedVisitIsNotAsserted() {
        assertTrue(asserted("CONSULT", "Palestinian president Mahmud Abbas has indefinitely postponed a visit to Jordan "
                + "that had been scheduled for Sunday.").isEmpty());
    }

    @Test
    void aProposalForTalksIsNotAsserted() {
        assertTrue(asserted("CONSULT", "The European Union has rejected a Russian proposal for talks with Iran in Moscow.")
                .isEmpty());
    }

    @Test
    void talksPledgedToBeRestartedAreNotAsserted() {
        assertTrue(asserted("CONSULT", "Peretz pledged to restart talks with the Palestinians.").isEmpty());
    }

    @Test
    void aStrikeVotedToContinueIsAsserted() {
        assertEquals(1, asserted("PROTEST", "The teachers voted to continue the strike despite Arafat's appeal.").size());
    }

    @Test
    void attacksAnInfinitiveMeantToThwartAreStillAsserted() {
        assertEquals(1, asserted("ASSAULT", "Ministers praised a plan designed to thwart suicide attacks that killed "
                + "almost 40 people in Baghdad in January.").size());
    }

    @Test
    void aVisitDuringWhichTalksWillBeHeldIsNotAsserted() {
        assertTrue(asserted("CONSULT", "During their visit, Singaporean businessmen will discuss trade issues with their "
                + "Egyptian counterparts.").isEmpty());
        assertTrue(asserted("CONSULT", "Mubarak is scheduled to meet Irish Prime Minister Bertie Ahern during his visit "
                + "to Ireland.").isEmpty());
    }

    @Test
    void aMeetingThatWasToHaveTakenPlaceIsNotAsserted() {
        assertTrue(asserted("CONSULT", "Hariri was to have traveled to Edmonton on Saturday for a meeting with the "
                + "provincial premier, Ralph Klein.").isEmpty());
    }

    @Test
    void aKillingNamedInAClauseOfTheFutureIsStillAsserted() {
        assertEquals(1, asserted("ASSAULT", "Two US Marines are to face murder charges in connection with the killing of "
                + "24 Iraqi civilians in the town of Haditha last year.").size());
    }

    @Test
    void aPressConferenceIsNoMeeting() {
        assertTrue(asserted("CONSULT", "Iranian Foreign Minister Ali Akbar Velayati told a press conference in Tehran "
                + "that any speculation was baseless.").isEmpty());
        assertEquals(1, asserted("CONSULT", "Arab foreign ministers attended the summit in Cairo on Sunday.").size());
    }
}
