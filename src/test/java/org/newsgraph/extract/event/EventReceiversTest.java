package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.only;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Twenty-sixth round, second part: who receives praise or criticism drawn from others, protesters named by their own
 * match, the one told during "their" meeting, what an attack or a crackdown was aimed at when no name says it, and whom
 * support was withdrawn from.
 */
class EventReceiversTest {

    @Test
    void protestersOpeningTheMatchAreItsActors() {
        EventMention e = only("PROTEST", "Riot police were overwhelmed by protesters who invaded the square.");
        assertEquals(List.of("protesters"), actors(e));
    }

    @Test
    void praiseDrawnFromOthersIsReceivedBySubject() {
        EventMention drawn = only("SUPPORT", "Blair drew warm praise from a host of other EU leaders.");
        assertEquals(List.of("EU"), actors(drawn)); // the givers past "a host of" (forty-seventh round)
        assertEquals("Blair", recipient(drawn));
        EventMention deserved = only("SUPPORT", "The British presidency deserves praise for its constructive role.");
        assertTrue(actors(deserved).isEmpty());
        assertEquals("presidency", recipient(deserved));
    }

    @Test
    void theOneToldDuringTheirMeetingIsTheCounterpart() {
        EventMention e = only("CONSULT", "The president told Lee during their meeting that there would be consequences.");
        assertEquals(List.of("president"), actors(e));
        assertEquals("Lee", recipient(e));
    }

    @Test
    void anAttackOnAThingNamesItsTarget() {
        EventMention e = only("ASSAULT", "The European Commission condemned the attack on a camp for displaced persons.");
        assertEquals("camp", recipient(e));
    }

    @Test
    void aCrackdownOnAThingNamesItsTarget() {
        EventMention e = only("COERCE", "No motion has succeeded since Beijing's bloody crackdown on student protests in 1989.");
        assertEquals("student protests", recipient(e));
    }

    @Test
    void aPlaceStormedOrAttackedIsTheTarget() {
        assertEquals("residence", recipient(only("ASSAULT", "The soldiers stormed the residence.")));
        assertEquals("border post", recipient(only("ASSAULT", "Nearly 200 militants crossed the border and attacked a border post.")));
    }

    @Test
    void supportWithdrawnFromSomeoneIsASanctionOfThem() {
        EventMention e = only("SANCTION", "The Congress party withdrew its support from the United Front government on March 30.");
        assertEquals("United Front", recipient(e));
    }

    @Test
    void aSideNamedByAModifierDidTheAttackOrProtest() {
        assertEquals(List.of("insurgent"), actors(only("ASSAULT", "Placards condemning the insurgent attack were displayed at the site.")));
        EventMention rallies = only("PROTEST", "Suryadi has faced frequent opposition rallies during his visits.");
        assertEquals(List.of("opposition"), actors(rallies));
        // the one who faced them ("Suryadi") was the argument model's, off by default since the ninetieth round
    }

    @Test
    void blameLaidOnTheRemnantsOfAGroupNamesTheGroup() {
        EventMention e = only("ACCUSE", "Most bombings in Afghanistan are blamed on remnants of the ousted Taliban regime.");
        assertEquals("Taliban", recipient(e));
    }

    @Test
    void aPresentBlameBeforeANameIsAVerb() {
        EventMention e = only("ACCUSE", "Many Lebanese blame Damascus for the death of the former premier.");
        assertEquals(List.of("Lebanese"), actors(e));
        assertEquals("Damascus", recipient(e));
    }
}
