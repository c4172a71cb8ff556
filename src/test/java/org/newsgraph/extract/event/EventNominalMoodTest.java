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
}
