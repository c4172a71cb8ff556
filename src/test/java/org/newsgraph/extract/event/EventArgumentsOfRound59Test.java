package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fifty-ninth round: a title after "a" or "an" heads the subject that speaks or acts as it does after "the" ("A
 * mainland spokesman on Wednesday also called for"), and the prosecution of a trial is a party. The rules are tested
 * alone. A plural of states or bodies with a list of names after "including" or "such as" stands for the names. An accusation whose verb opens a clause ("complained that", "alleged") accuses the first party
 * the clause names. A pronoun no name stands for may stand for the description opening the sentence past a "But", with
 * a nationality or a country in it, or as the owner of the act the sentence opens with. A speech act told by a
 * participle after a reported clause is the speaker's. A past tense the tagger took for a participle after a relative
 * clause of the subject is the subject's predicate, not a passive. "Emergency powers" are no states. A
 * continent can be one side ("cooperation between China and Africa").
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

    @Test
    void anAccusationThatOpensAClauseAccusesTheFirstPartyItNames() {
        EventMention complained = byRules("ACCUSE", "Even before the election, the opposition complained that media bias and"
                + " pressure from the authorities had made a fair campaign impossible.");
        assertEquals("authorities", recipient(complained));
        EventMention objected = byRules("ACCUSE", "Miller also objected that \"under the cover of an open market, the United"
                + " States is demonstrating regulatory hegemony.\"");
        assertEquals("United States", recipient(objected));
        // the speaker's own side is not whom the clause accuses
        EventMention own = byRules("ACCUSE", "He alleged that ballot papers in favor of his challenger were intercepted by his"
                + " supporters.");
        assertNull(own.recipient());
    }

    @Test
    void aPronounStandsForTheOpeningDescription() {
        EventMention accuses = byRules("ACCUSE", "But the US leader has ruled out working with Iraq's neighbours Iran and Syria,"
                + " whom he accuses of fomenting the violence.");
        assertEquals(List.of("US leader"), actors(accuses));
        EventMention visited = byRules("CONSULT", "The French minister, who arrives from west Africa where she visited Benin and"
                + " Nigeria, will stay three days.");
        assertEquals(List.of("French minister"), actors(visited));
        EventMention praised = byRules("SUPPORT", "The queen's speech came a day after she praised the courage of the"
                + " soldiers.");
        assertEquals(List.of("queen"), actors(praised));
    }

    @Test
    void aSpeechActAfterAReportedClauseIsTheSpeakers() {
        EventMention urging = byRules("REQUEST", "The minister said the rebels attacked the town, urging residents to stay calm.");
        assertEquals(List.of("minister"), actors(urging));
        assertEquals("residents", recipient(urging));
        // a deed goes on with the reported clause
        EventMention shelled = byRules("ASSAULT", "Officials said the army shelled the town, killing ten people.");
        assertEquals(List.of("army"), actors(shelled));
    }

    @Test
    void aVerbAfterARelativeClauseOfTheSubjectIsItsPredicate() {
        EventMention called = byRules("REQUEST", "UN refugee chief Sadako Ogata, who discussed the refugee crisis with Annan,"
                + " also called on the Kisangani authorities to act.");
        assertEquals(List.of("Sadako Ogata"), actors(called));
        assertEquals("authorities", recipient(called));
        // a participle with its agent stays passive
        EventMention arrested = byRules("COERCE", "Three men, who were released from Guantanamo, arrested by police, said"
                + " nothing.");
        assertEquals(List.of("police"), actors(arrested));
        assertEquals("men", recipient(arrested));
    }

    @Test
    void emergencyPowersAreNoParty() {
        EventMention threatened = byRules("THREATEN", "The South Korean government threatened Wednesday to invoke emergency"
                + " powers to avert a strike.");
        assertNull(threatened.recipient());
        // states that act together still are
        EventMention talks = byRules("CONSULT", "Six major powers resumed talks with Iran.");
        assertEquals(List.of("major powers"), actors(talks));
    }

    @Test
    void aContinentCanBeASide() {
        EventMention cooperation = byRules("COOPERATE", "Since FOCAC was established in 2000, economic and trade cooperation"
                + " between China and Africa has entered a new era.");
        assertEquals(List.of("China"), actors(cooperation));
        assertEquals("Africa", recipient(cooperation));
        EventMention praise = byRules("SUPPORT", "The World Bank praises Africa's progress in reforms.");
        assertEquals("Africa", recipient(praise));
    }
}
