package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Eightieth round, the rules alone: an object told after the day, a verb after its subject that is no modifier of the
 * noun after it, and what a camera caught.
 */
class EventArgumentsOfRound80Test {

    @Test
    void anObjectToldAfterTheDayIsTheVerbsObject() {
        EventMention e = EventsOf.byRules("COERCE", "Police arrested on Monday three men suspected of the killing.");
        assertEquals(List.of("Police"), EventsOf.actors(e));
        assertEquals("men", EventsOf.recipient(e));
    }

    @Test
    void aParticipleAfterItsNounWithNoObjectStaysPassive() {
        EventMention e = EventsOf.byRules("COERCE", "Three men arrested on Monday were released.");
        assertEquals(List.of(), EventsOf.actors(e));
        assertEquals("men", EventsOf.recipient(e));
    }

    @Test
    void aVerbAfterItsSubjectIsNoModifierOfTheNounAfterIt() {
        assertEquals("development workers", EventsOf.recipient(EventsOf.byRules("COERCE",
                "Police arrested development workers on Monday.")));
    }

    @Test
    void whatACameraCaughtIsNoCapture() {
        assertTrue(EventsOf.noAssertedByRules("COERCE",
                "The last known movements of one of the victims were captured on closed circuit television."));
        assertEquals("suspect", EventsOf.recipient(EventsOf.byRules("COERCE", "Police captured the suspect on Monday.")));
    }
}
