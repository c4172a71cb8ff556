package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fortieth round: the one a complaint or an allegation is about, as the subject of its "that" clause, when a common
 * noun of a person or a body names it; the one whose goods a seizure took ("from" a party, goods "held ... by" or
 * "belonging to" a party, premises "of" a party); "stands accused" as a passive. The rules are tested alone.
 */
class EventClauseSubjectsTest {

    @Test
    void aComplaintThatABodyActedIsAboutThatBody() {
        EventMention bank = byRules("ACCUSE", "Hungary and the Czech Republic complained that the bank was giving them the cold"
                + " shoulder.");
        assertEquals(List.of("Hungary", "Czech Republic"), actors(bank));
        assertEquals("bank", recipient(bank));
        EventMention weather = byRules("ACCUSE", "They complained that the weather was bad.");
        assertNull(recipient(weather), weather::toString); // weather is no party
    }

    @Test
    void standingAccusedIsBeingAccused() {
        EventMention blair = byRules("ACCUSE", "Blair stands accused by the report of over-estimating the extent of his"
                + " influence in Washington.");
        assertEquals("Blair", recipient(blair));
    }

    @Test
    void aSeizureNamesWhoseGoodsItTook() {
        EventMention francs = byRules("COERCE", "The operation was completed with the seizure of 1.2 million Swiss francs on"
                + " December 6 from a Cuban-American who organised money laundering.");
        assertEquals("Cuban", recipient(francs));
        EventMention guns = byRules("COERCE", "Police seized 34 hand guns and 150 bullets in homes and offices of the two PKK"
                + " members.");
        assertEquals("PKK", recipient(guns));
        EventMention bank = byRules("COERCE", "Swiss authorities have confiscated more than 3.3 million Swiss francs (2.7"
                + " million dollars, 2.0 million euros) held in a local bank by cocaine traffickers.");
        assertEquals("cocaine traffickers", recipient(bank));
        EventMention cocaine = byRules("COERCE", "Customs officers seized 3 tons of cocaine from Colombia.");
        assertNull(recipient(cocaine), cocaine::toString); // where it came from, not whose
        EventMention raid = byRules("COERCE", "The raid supported by warplanes seized an enemy weapons cache near Kandahar.");
        assertNull(recipient(raid), raid::toString); // warplanes supported, they held nothing
    }
}
