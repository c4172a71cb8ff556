package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A pronoun subject the article gives no name for is still an actor the text has: the event stands with its actor
 * slot empty (analysts code "He called for ..." as a request by someone unnamed), while a named antecedent fills it.
 */
class EventUnnamedActorTest {

    @Test
    void aPronounWithoutAntecedentKeepsTheRequest() {
        EventMention e = EventsOf.only("REQUEST", "He called for more cooperation from national and regional governments.");
        assertTrue(e.actors().isEmpty());
        assertTrue(e.asserted());
    }

    @Test
    void aPronounInACoordinatedClauseKeepsTheRequest() {
        EventMention e = EventsOf.only("REQUEST", "He admitted that there was still a lot to do and called for more "
                + "cooperation from regional governments.");
        assertTrue(e.actors().isEmpty());
    }

    @Test
    void aPronounWithANamedAntecedentTakesTheName() {
        EventMention e = EventsOf.only("REQUEST", "Finance minister Sri Mulyani Indrawati spoke on Monday. "
                + "She called for more cooperation from regional governments.");
        assertNotNull(e.actor());
        assertEquals("Sri Mulyani Indrawati", e.actor().text());
    }

    @Test
    void withoutAnySubjectTheActorRuleStillFails() {
        List<String> categories = EventsOf.events("Calling for more cooperation from regional governments.").stream()
                .filter(EventMention::asserted).map(EventMention::category).toList();
        assertTrue(categories.stream().noneMatch("REQUEST"::equals), categories.toString());
    }
}
