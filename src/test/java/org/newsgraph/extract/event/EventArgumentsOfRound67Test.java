package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Sixty-seventh round, the rules alone. Forces called in are mobilized ("Some 1,000 police were called in to
 * Dusseldorf"), and a force's deployment told by its possessive is one ("did not warrant the army's deployment"). Forces
 * that cross or enter move in ("the troops had crossed into the Yema municipality"), and a military presence kept is a
 * deployment ("Turkey maintains a strong military presence in the southeast"). A search made and a home demolished by
 * forces coerce ("The soldiers conducted a search of the Pale residence of Dragan Stajcic"), and so do territories and
 * crossings told sealed or closed ("the territories were sealed almost continually"). An alert raised and a nuclear
 * weapon test are mobilizations ("The alert was raised to "red"", "the nuclear weapon test launched last month"). Blame
 * laid on a party or resting with it accuses that party ("the blame for our failures in Iraq rests with the secretary").
 */
class EventArgumentsOfRound67Test {

    @Test
    void forcesCalledInAreMobilized() {
        EventMention called = EventsOf.byRules("MOBILIZE", "Some 1,000 police were called in to Dusseldorf to monitor the"
                + " demonstration.");
        assertTrue(called.asserted());
        assertTrue(EventsOf.byRules("MOBILIZE", "Awami League leader Sheikh Hasina Wajed said Sunday that the situation in the"
                + " country did not warrant the army's deployment.").category().equals("MOBILIZE"));
    }

    @Test
    void forcesThatCrossMoveIn() {
        assertTrue(EventsOf.byRules("MOBILIZE", "The presidency said the troops had crossed into the Yema municipality near the"
                + " border with Angola.").asserted());
    }

    @Test
    void aMilitaryPresenceKeptIsADeployment() {
        EventMention kept = EventsOf.byRules("MOBILIZE", "Turkey maintains a strong military presence in the southeast.");
        assertTrue(kept.asserted());
        assertTrue(EventsOf.actors(kept).contains("Turkey"), EventsOf.actors(kept).toString());
    }

    @Test
    void aSearchConductedCoerces() {
        EventMention search = EventsOf.byRules("COERCE", "The soldiers conducted a search of the Pale residence of Dragan Stajcic.");
        assertTrue(search.asserted());
        assertTrue(EventsOf.byRules("COERCE", "Israeli troops on Thursday demolished a second home in the village.").asserted());
    }

    @Test
    void territoriesSealedAreCoerced() {
        assertTrue(EventsOf.byRules("COERCE", "The territories were sealed almost continually following a spate of suicide"
                + " bombings.").asserted());
    }

    @Test
    void anAlertRaisedAndAWeaponTestMobilize() {
        assertTrue(EventsOf.byRules("MOBILIZE", "The alert was raised to \"red\" after last week's terrorist attack on an army"
                + " training camp.").asserted());
        assertTrue(EventsOf.byRules("MOBILIZE", "ElBaradei said that the nuclear weapon test launched last month by North Korea"
                + " had raised tension.").asserted());
    }

    @Test
    void blameRestingWithAPartyAccusesIt() {
        EventMention blame = EventsOf.byRules("ACCUSE", "The blame for our failures in Iraq rests with the secretary.");
        assertEquals("secretary", EventsOf.recipient(blame));
        EventMention laid = EventsOf.byRules("ACCUSE", "Justice John Gomery's report laid blame for the scandal on the government"
                + " of Jean Chretien.");
        assertTrue(laid.asserted());
    }
}
