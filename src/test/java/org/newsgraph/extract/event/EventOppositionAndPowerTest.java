package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.allByRules;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fifty-third round (read from the pool's misses and argument errors): opposing a move, silencing critics, the sides
 * of what a call asks for, and the doer of a coup that seized power. The rules are tested alone.
 */
class EventOppositionAndPowerTest {

    private static boolean none(String category, String text) {
        return allByRules(text).stream().noneMatch(e -> e.category().equals(category) && e.modality() == Modality.ASSERTED);
    }

    @Test
    void opposingAMoveOrABidIsARefusal() {
        EventMention opposed = byRules("REJECT", "Russia vehemently opposes Georgia's bid to join NATO.");
        assertEquals(List.of("Russia"), actors(opposed));
        assertEquals("Georgia", recipient(opposed));
        assertEquals(List.of("governments", "communities"),
                actors(byRules("REJECT", "The agreement is being fiercely opposed by governments and communities.")));
    }

    @Test
    void beingOpposedToSomethingOrOpposingTiesIsAStance() {
        assertTrue(none("REJECT", "He was opposed to neo-liberalism."));
        assertTrue(none("REJECT", "Erbakan, who opposes close ties with the Jewish state, met him."));
        assertTrue(none("REJECT", "Some 40 percent supported the idea while 52 percent opposed it."));
    }

    @Test
    void suppressingCriticismIsCoercionNotCriticism() {
        String text = "The report describes how the government is suppressing criticism seen as politically sensitive.";
        assertEquals(List.of("government"), actors(byRules("COERCE", text)));
        assertTrue(none("ACCUSE", text));
    }

    @Test
    void theSidesOfWhatACallAsksForAreAskedToDoIt() {
        assertEquals("nations", recipient(byRules("REQUEST",
                "Allan Wagner, secretary general of the Andean Community of Nations, called for unity among Latin American"
                        + " nations on Tuesday.")));
        assertEquals("Israel", recipient(byRules("REQUEST",
                "The initiative called for an immediate suspension of violence between Israel and the Palestinians.")));
        // the one who calls is not asked
        assertNull(recipient(byRules("REQUEST", "Israel called for talks between Israel and Syria.")));
    }

    @Test
    void whoeverSeizedPowerInACoupStagedIt() {
        assertEquals(List.of("Pinochet"), actors(byRules("COERCE",
                "Pinochet ruled Chile for 17 years after seizing power in a 1973 military coup.")));
        assertEquals(List.of("Musharraf"), actors(byRules("COERCE", "Musharraf came to power in a bloodless coup in 1999.")));
    }
}
