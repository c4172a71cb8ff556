package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seventy-eighth round, the rules alone: quotes whose speaker is named by a title only, relative clauses after a named
 * group, and pledges that only two parties together make an agreement.
 */
class EventArgumentsOfRound78Test {

    @Test
    void aSpeakerNamedByATitleOnlyActsInTheQuote() {
        EventMention e = EventsOf.byRules("ACCUSE", "\"We strongly condemn the attack,\" the foreign minister said.");
        assertEquals(List.of("foreign minister"), EventsOf.actors(e));
        assertEquals(List.of("spokesman"), EventsOf.actors(EventsOf.byRules("ACCUSE",
                "\"We strongly condemn the attack,\" a spokesman said.")));
        assertEquals(List.of("minister"), EventsOf.actors(EventsOf.byRules("ACCUSE",
                "\"We strongly condemn the attack,\" the minister told reporters.")));
    }

    @Test
    void aNameInTheSpeakersPhraseStillComesFirst() {
        assertEquals(List.of("Russia"), EventsOf.actors(EventsOf.byRules("ACCUSE",
                "\"We strongly condemn the attack,\" Russia's foreign minister said.")));
        assertEquals(List.of("Lavrov"), EventsOf.actors(EventsOf.byRules("ACCUSE",
                "\"We strongly condemn the attack,\" Lavrov was quoted as saying.")));
    }

    @Test
    void aRelativeClauseAfterANamedGroupIsTheNamesDeed() {
        EventMention e = EventsOf.byRules("THREATEN", "Taliban militants, who have vowed to continue Jihad against the Karzai"
                + " government, attacked a police post.");
        assertEquals(List.of("Taliban"), EventsOf.actors(e));
        assertEquals(List.of("Hamas"), EventsOf.actors(EventsOf.byRules("ASSAULT",
                "Hamas militants, who fired rockets at Israel, said they would go on.")));
    }

    @Test
    void aNationalityOrOnePersonBeforeARelativeClauseStaysTheNoun() {
        assertEquals(List.of("militants"), EventsOf.actors(EventsOf.byRules("ASSAULT",
                "Palestinian militants, who fired rockets at Israel, said they would go on.")));
        assertEquals("serviceman", EventsOf.recipient(EventsOf.byRules("COERCE",
                "The US Air Force expressed regrets about the assault by a US serviceman who has been arrested this week.")));
    }

    @Test
    void oneSidesPledgeToWorkWithAnotherIsNoAgreement() {
        assertTrue(EventsOf.noAssertedByRules("AGREE", "In response, Syria has pledged to cooperate with the UN inquiry while"
                + " maintaining its innocence."));
        assertTrue(EventsOf.noAssertedByRules("AGREE", "Peretz pledged to restart talks with Palestinians if Labour wins"
                + " parliamentary elections in March."));
        assertTrue(EventsOf.noAssertedByRules("AGREE", "The Chinese president pledged to strengthen energy dialogue and"
                + " cooperation with all countries."));
    }

    @Test
    void aJointPledgeIsStillAnAgreement() {
        assertEquals(List.of("China", "Russia"), EventsOf.actors(EventsOf.byRules("AGREE",
                "China and Russia pledged to deepen long-term cooperative relations in the space sector.")));
        assertEquals(List.of("two sides"), EventsOf.actors(EventsOf.byRules("AGREE", "The two sides pledged to boost trade.")));
        assertEquals(List.of("government", "CPN"), EventsOf.actors(EventsOf.byRules("AGREE",
                "Both the government and CPN pledged to issue the new constitution by Nov. 21.")));
    }
}
