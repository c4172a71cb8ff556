package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Thirty-sixth round: a verb after "and" or "but" that follows a reported clause goes with the reporter even past a
 * longer predicate or a pronoun's own verb of thinking; a participle the tagger reads after a named subject and its
 * adverbs is the clause's past tense. The rules are tested alone.
 */
class EventReporterVerbsTest {

    @Test
    void aVerbAfterAReportedClauseGoesWithTheReporter() {
        assertEquals(List.of("cleric"), actors(byRules("REQUEST", "A prominent Indian Moslem cleric, meanwhile, said it was"
                + " \"highly regrettable\" that there had not been better safety measures and called for a ban of cooking inside"
                + " Hajj pilgrim camps.")));
        EventMention call = byRules("REQUEST", "Prime Minister Ivo Sanader said he understood that Gotovina's arrest was an"
                + " emotional issue but called for people to \"show common sense and trust the government\".");
        assertEquals(List.of("Ivo Sanader"), actors(call));
        assertEquals("people", recipient(call));
    }

    @Test
    void aParticipleAfterANamedSubjectAndItsAdverbsIsThePastTense() {
        List<EventMention> es = EventsOf.allByRules("Maliki also bitterly criticised Annan for likening the situation to a civil"
                + " war and accused him of lying.");
        assertEquals(2, es.size(), es::toString);
        for (EventMention e : es) {
            assertEquals("ACCUSE", e.category());
            assertEquals(List.of("Maliki"), actors(e));
            assertEquals("Annan", recipient(e));
        }
    }
}
