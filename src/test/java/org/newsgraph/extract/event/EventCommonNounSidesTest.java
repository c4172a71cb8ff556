package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Thirty-fifth round: more people and bodies that wire copy names by a common noun as the sides of events, and a
 * description in apposition to a name that stands for the name even past a nationality or a country modifying it. The
 * rules are tested alone. Being under arrest is being held.
 */
class EventCommonNounSidesTest {

    @Test
    void commonNounsNameTheSidesOfEvents() {
        assertEquals("parents", recipient(byRules("CONSULT", "Prime Minister Dominique de Villepin met Tuesday night with the"
                + " parents of the three boys.")));
        assertEquals(List.of("mediators"), actors(byRules("REQUEST", "The mediators called for restraint and said further"
                + " consultations were needed.")));
        assertEquals("bandits", recipient(byRules("ACCUSE", "To deal with bandits, who are blamed for recent thefts of vehicles,"
                + " a special security unit has been set up.")));
    }

    @Test
    void aDescriptionPastANationalityStandsForTheName() {
        assertEquals("Watson", recipient(byRules("COERCE", "Watson, a 46-year old Canadian citizen who is also the co-founder of"
                + " Greenpeace, was arrested at Amsterdam's Schiphol airport on April 2.")));
        assertEquals(List.of("Japan"), actors(byRules("AGREE", "Japan, a close US ally, announced in October it had agreed to"
                + " host a nuclear-powered aircraft carrier.")));
    }

    @Test
    void beingUnderArrestIsBeingHeld() {
        assertEquals("Suu Kyi", recipient(byRules("COERCE", "Suu Kyi has been under house arrest since May.")));
        assertEquals("Pinochet", recipient(byRules("COERCE", "Pinochet was first ordered under house arrest in late October on"
                + " other charges.")));
        assertEquals("opposition leader", recipient(byRules("COERCE", "The opposition leader was kept under arrest for a third"
                + " day.")));
    }
}
