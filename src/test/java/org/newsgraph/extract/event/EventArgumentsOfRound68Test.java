package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Sixty-eighth round, the rules alone. Forces that hold a military exercise are mobilized ("British troops held their
 * final field exercise in Hong Kong"); religious law imposed on a territory coerces ("often imposing strict Sharia law
 * on territory in their hands").
 */
class EventArgumentsOfRound68Test {

    @Test
    void aFieldExerciseHeldMobilizes() {
        assertTrue(EventsOf.byRules("MOBILIZE", "British troops held their final field exercise in Hong Kong on Tuesday.")
                .asserted());
    }

    @Test
    void shariaLawImposedCoerces() {
        assertTrue(EventsOf.byRules("COERCE", "The Islamists have steadily gained ground, often imposing strict Sharia law on"
                + " territory in their hands.").asserted());
    }
}
