package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One-hundred-second round: constructions of wire copy the rules read wrongly, found by running short sentences written
 * anew ("as well as" joining two subjects). Every test failed on the code before the round.
 */
class EventArgumentsOfRound102Test {

    @Test
    void asWellAsJoinsTwoSubjectsAsAndDoes() {
        EventMention e = EventsOf.byRules("ACCUSE", "The United States as well as Britain condemned the killing.");
        assertEquals(List.of("United States", "Britain"), EventsOf.actors(e));
        EventMention urged = EventsOf.byRules("REQUEST", "The EU as well as the United States urged Iran to halt enrichment.");
        assertEquals(List.of("EU", "United States"), EventsOf.actors(urged));
        assertEquals("Iran", EventsOf.recipient(urged));
    }
}
