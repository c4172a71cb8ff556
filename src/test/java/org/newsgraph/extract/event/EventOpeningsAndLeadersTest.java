package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.allByRules;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fiftieth round (read from the pool's misses): long opening participles, and names glued to "-led" or "-blamed". The
 * rules are tested alone.
 */
class EventOpeningsAndLeadersTest {

    @Test
    void aLongOpeningParticipleTellsOfTheMainSubject() {
        EventMention e = byRules("ACCUSE", "Accused of fraud and human rights abuses during his 1973-1990 regime, Pinochet was"
                + " first ordered under house arrest in late October.");
        assertEquals("Pinochet", recipient(e));
        // one who arrested is no one arrested
        assertTrue(allByRules("Arrested by then Colonel Mobutu in December, he died two months later.").stream()
                .noneMatch(x -> "Mobutu".equals(recipient(x))));
    }

    @Test
    void aNameGluedToLedOrBlamedDidTheDeed() {
        assertEquals(List.of("Taliban"), actors(byRules("ASSAULT", "There has been an upsurge in Taliban-blamed suicide attacks"
                + " in the past weeks.")));
        EventMention e = byRules("ASSAULT", "Some 4,000 people have died in Taliban-led violence this year alone.");
        assertEquals(List.of("Taliban"), actors(e));
        assertEquals("people", recipient(e));
        assertEquals(List.of("Hezbollah"), actors(byRules("PROTEST", "Thousands joined Hezbollah-led protests in Beirut.")));
    }
}
