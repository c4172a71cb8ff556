package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fifty-ninth round: a title after "a" or "an" heads the subject that speaks or acts as it does after "the" ("A
 * mainland spokesman on Wednesday also called for"), and the prosecution of a trial is a party. The rules are tested
 * alone. A plural of states or bodies with a list of names after "including" or "such as" stands for the names.
 */
class EventArgumentsOfRound59Test {

    @Test
    void aTitleAfterAnIndefiniteArticleHeadsTheSubject() {
        EventMention called = byRules("REQUEST", "A mainland spokesman on Wednesday also called for normalizing charter"
                + " flights on major festivals.");
        assertEquals(List.of("mainland spokesman"), actors(called));
        EventMention urged = byRules("REQUEST", "A government spokesman urged residents to stay indoors.");
        assertEquals(List.of("government spokesman"), actors(urged));
        // after "the", as before
        EventMention definite = byRules("REQUEST", "The spokesman on Wednesday also called for calm.");
        assertEquals(List.of("spokesman"), actors(definite));
    }

    @Test
    void theProsecutionIsAParty() {
        EventMention charged = byRules("ACCUSE", "The prosecution has filed additional charges against two of the group's"
                + " members.");
        assertEquals(List.of("prosecution"), actors(charged));
        assertEquals("group", recipient(charged));
    }

    @Test
    void thePartiesAPluralCountsAreItsParties() {
        EventMention opposed = byRules("REJECT", "The resolution condemning capital punishment was adopted despite opposition"
                + " from a number of countries, including China, Japan and the United States.");
        assertEquals(List.of("China", "Japan", "United States"), actors(opposed));
        EventMention talks = byRules("CONSULT", "Talks to create a counter-rebel force were allegedly taking place with several"
                + " countries, including Australia, Canada and New Zealand.");
        assertEquals("Australia", recipient(talks));
        // a plural with no names after it stays
        EventMention plain = byRules("REJECT", "The resolution was adopted despite opposition from a number of countries.");
        assertEquals(List.of("countries"), actors(plain));
    }
}
