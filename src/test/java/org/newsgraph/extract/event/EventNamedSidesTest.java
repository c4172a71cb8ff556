package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Thirty-first round: sides an event's sentence names outside the trigger's own phrase: who a demand "by" someone is made
 * of, whose demands a refusal answers, whose invitation is accepted, the parties behind "the two sides" or "they", the two
 * names a hyphen joins, the delegations a meeting is between, the party whose document speaks, the subject of a relative
 * clause without its pronoun, the territory a portion belongs to, the object two verbs share, the country a town visited
 * lies in, and the one addressed by the clause's verb, who is not the visitor. The rules are tested alone.
 */
class EventNamedSidesTest {

    @Test
    void aDemandByOnePartyThatAnotherActIsMadeOfTheOther() {
        EventMention e = byRules("REQUEST", "The dispute centres on a demand by Gazprom that Ukraine pay market prices for gas.");
        assertEquals(List.of("Gazprom"), actors(e));
        assertEquals("Ukraine", recipient(e));
    }

    @Test
    void aRefusalOfSomeonesDemandsAnswersThem() {
        assertEquals("Israel", recipient(byRules("REJECT", "Arafat was besieged in 2002 following his refusal to Israel's"
                + " demands.")));
        assertEquals("Washington", recipient(byRules("REJECT", "Tehran rejected Washington's demands for a halt.")));
    }

    @Test
    void acceptingSomeonesInvitationAnswersThem() {
        assertEquals("Mandela", recipient(byRules("AGREE", "Mobutu had accepted Mandela's invitation for talks, but details"
                + " remained to be sorted out.")));
    }

    @Test
    void theTwoSidesOrTheyStandForThePairNamedBefore() {
        EventMention agreed = byRules("AGREE", "According to the communique issued at the meeting between Chinese and Russian"
                + " prime ministers, the two sides agreed to explore cooperation in space.");
        assertEquals(List.of("Chinese"), actors(agreed));
        EventMention met = byRules("CONSULT", "Both Abu Mazen and Olmert are facing internal crises and they held this meeting"
                + " just to say there is hope.");
        assertEquals(List.of("Abu Mazen"), actors(met));
        assertEquals("Olmert", recipient(met));
    }

    @Test
    void twoNamesJoinedByAHyphenAreTheTwoSides() {
        EventMention e = byRules("CONSULT", "The EU-Russia talks ended without a deal.");
        assertEquals(List.of("EU"), actors(e));
        assertEquals("Russia", recipient(e));
    }

    @Test
    void aMeetingBetweenDelegationsIsBetweenTheirSides() {
        EventMention e = byRules("CONSULT", "No conclusion has been reached in the meeting between the delegations of Japan and"
                + " the Democratic People's Republic of Korea (DPRK), and they pledged to continue.");
        assertEquals(List.of("Japan"), actors(e));
    }

    @Test
    void aDocumentsParticipleSpeaksForThePartyItNames() {
        assertEquals(List.of("Security Council"), actors(byRules("REQUEST", "The report led to a unanimous Security Council"
                + " resolution in October calling on Syria to cooperate.")));
    }

    @Test
    void aNameBeforeAFiniteVerbAfterACommonNounIsItsSubject() {
        assertEquals(List.of("Pyongyang"), actors(byRules("REQUEST", "One US official said the US pledge was lower than the"
                + " amount of aid Pyongyang requested.")));
    }

    @Test
    void aPortionOfATerritoryNamesTheTerritoryAndTwoVerbsShareTheirObject() {
        assertEquals("Cyprus", recipient(byRules("ASSAULT", "Turkey invaded the northern third of Cyprus in 1974.")));
        assertEquals("Cyprus", recipient(byRules("ASSAULT", "The island has been divided since 1974 when Turkish troops invaded"
                + " and occupied the northern third of Cyprus.")));
    }

    @Test
    void aTownVisitedStandsForTheCountryTheSentenceNamesItIn() {
        assertEquals("China", recipient(byRules("CONSULT", "Stanishev arrived in Beijing on Sunday and said China's leaders"
                + " were ready to help.")));
    }

    @Test
    void theOneAddressedIsNotTheVisitor() {
        assertEquals(List.of("Gingrich"), actors(byRules("CONSULT", "Gingrich told President Jiang Zemin during a visit to China"
                + " last week that the United States would be prepared to intervene.")));
    }

    @Test
    void beingInAgreementIsAnAgreementOfTheTwo() {
        EventMention e = byRules("AGREE", "Japan and the United States are in agreement that the resolution must be fully"
                + " implemented.");
        assertEquals(List.of("Japan", "United States"), actors(e));
    }
}
