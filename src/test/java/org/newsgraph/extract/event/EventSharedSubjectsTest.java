package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.only;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Twenty-sixth round, third part: a verb after "and" shares the first verb's subject, not a name in that verb's object;
 * a thing before a relative clause is its verb's subject; an attack in a relative clause of an opening phrase is not
 * the main clause's.
 */
class EventSharedSubjectsTest {

    @Test
    void aCoordinatedVerbSharesTheFirstVerbsSubject() {
        EventMention e = only("ASSAULT", "The attacks killed at least 57 people, mostly Jordanians, and wounded over 110 others.");
        assertTrue(actors(e).isEmpty());
        assertEquals("people", recipient(e));
        EventMention called = only("REQUEST", "Denmark's motion criticised the violations and called for the respect of human rights.");
        assertEquals(List.of("Denmark"), actors(called));
    }

    @Test
    void aThingBeforeARelativeClauseIsTheSubject() {
        EventMention e = only("ASSAULT", "The governor told reporters that the blast, which happened at around 10 a.m., killed seven people.");
        assertTrue(actors(e).isEmpty());
        EventMention named = only("REJECT", "But the Islamist Hamas movement, which controls the government, refused to recognise Israel.");
        assertEquals(List.of("Hamas"), actors(named));
    }

    @Test
    void anAttackInsideAnOpeningPhraseIsNotTheMainSubjects() {
        EventMention e = only("ASSAULT", "Since the closure imposed after a suicide bombing in Tel Aviv which killed three Israelis,"
                + " only a few Palestinians have been allowed to work in Israel.");
        assertTrue(actors(e).isEmpty());
        assertEquals("Israelis", recipient(e));
    }
}
