package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ninety-fifth round, from the events the rules find on random wire sentences read by eye: a month's abbreviation is no
 * name, those behind a deed are not the clause's subject, what a claimant reports apart from the claim, violence and
 * talks told as the subject of a reported clause, a free relative before a coordinated verb, a phrase of earlier time,
 * kin who come along, a second thing of the same owner, what critics fault, regret over a death, asides before the
 * verb, deeds coordinated inside a report, operations of guarding. Each case failed on the code before the round.
 */
class EventArgumentsOfRound95Test {

    @Test
    void aMonthsAbbreviationIsNoParty() {
        EventMention e = EventsOf.byRules("ACCUSE", "President Emile Lahoud condemned the Feb. 14 assassination of Hariri.");
        assertEquals(List.of("Emile Lahoud"), EventsOf.actors(e));
        assertNull(EventsOf.recipient(e));
        EventMention killing = EventsOf.byRules("ASSAULT", "President Emile Lahoud condemned the Feb. 14 assassination of Hariri.");
        assertEquals(List.of(), EventsOf.actors(killing));
    }

    @Test
    void thoseBehindADeedAreNotTheSubjectOfTheClause() {
        EventMention hunted = EventsOf.byRules("ASSAULT", "The police said they were hunting the people behind the 2005 attack"
                + " on the embassy.");
        assertEquals(List.of(), EventsOf.actors(hunted));
        EventMention copula = EventsOf.byRules("ASSAULT", "bombings", "Malaysian-born Noordin is the suspected brains behind a"
                + " series of bombings that killed more than 230 people since 2002.");
        assertEquals(List.of("Noordin"), EventsOf.actors(copula));
    }

    @Test
    void aLossTheClaimantReportsIsApartFromTheClaim() {
        String text = "Taliban spokesman Mohammad Hanif claimed responsibility for the attack and said one rebel was killed.";
        assertEquals(List.of("Taliban"), EventsOf.actors(EventsOf.byRules("ASSAULT", "claimed", text)));
        EventMention killed = EventsOf.byRules("ASSAULT", "killed", text);
        assertEquals(List.of(), EventsOf.actors(killed));
        assertEquals("rebel", EventsOf.recipient(killed));
    }

    @Test
    void violenceOrTalksToldInAReportedClauseHaveNoSpeakerForActor() {
        assertEquals(List.of(), EventsOf.actors(EventsOf.byRules("ASSAULT", "Police said fighting erupted in the town on"
                + " Monday.")));
        assertEquals(List.of(), EventsOf.actors(EventsOf.byRules("CONSULT", "The ministry said talks took place in Geneva on"
                + " Monday.")));
    }

    @Test
    void aFreeRelativeIsPassedWhenFindingTheSubjectOfACoordinatedVerb() {
        EventMention e = EventsOf.byRules("REQUEST", "The minister praised what the army has achieved and urged the government"
                + " to do more.");
        assertEquals(List.of("minister"), EventsOf.actors(e));
        assertEquals("government", EventsOf.recipient(e));
    }

    @Test
    void aPhraseOfEarlierTimeEndsAtItsCommaAndKinAreNoCounterparts() {
        String text = "After their meeting, Fino went on to Athens for talks with Greek and other European officials.";
        assertNull(EventsOf.recipient(EventsOf.byRules("CONSULT", "After", text)));
        EventsOf.byRules("CONSULT", "talks", text);
        EventMention trip = EventsOf.byRules("CONSULT", "Shigeru Taki, the president of the Peruvian subsidiary, arrived at"
                + " Kansai International Airport with his 60-year-old wife Tetsuyo.");
        assertNull(EventsOf.recipient(trip));
    }

    @Test
    void aSecondThingOfTheSameOwnerEndsTheSearchForARecipient() {
        EventMention e = EventsOf.byRules("SUPPORT", "He also referred to the Daily Mail's support for facism and its opposition"
                + " to allowing Jews fleeing European pogroms to come to Britain in the 1930s.");
        assertNull(EventsOf.recipient(e));
    }

    @Test
    void criticsFaultTheSubjectOfWhatTheySay() {
        EventMention far = EventsOf.byRules("ACCUSE", "But critics charge the case was chosen because it lacked the potential for"
                + " stirring up controversy for Washington which backed Saddam's regime.");
        assertNull(EventsOf.recipient(far));
        EventMention powers = EventsOf.byRules("ACCUSE", "President Mwai Kibaki says a new constitution is long overdue, but"
                + " critics say the document perpetuates the immense powers of the president.");
        assertNull(EventsOf.recipient(powers));
    }

    @Test
    void regretOverADeathIsNoCharge() {
        List<EventMention> es = EventsOf.allByRules("The president expressed regret over the deaths of two soldiers.");
        assertTrue(es.stream().noneMatch(e -> e.category().equals("ACCUSE")), es::toString);
    }

    @Test
    void anAsideBeforeTheVerbIsPassed() {
        EventMention slain = EventsOf.byRules("ASSAULT", "Gongadze, famous for his reports of corruption when Leonid Kuchma held"
                + " the presidency, was slain in 2000.");
        assertEquals("Gongadze", EventsOf.recipient(slain));
        EventMention shot = EventsOf.byRules("ASSAULT", "shot", "Another gang -- again in police uniforms -- shot dead one"
                + " councillor and kidnapped three more from their car.");
        assertEquals(List.of("gang"), EventsOf.actors(shot));
    }

    @Test
    void aDeedCoordinatedInAReportIsTheReportedSubjects() {
        EventMention e = EventsOf.byRules("ASSAULT", "Reuters said he entered the room and assaulted her.");
        assertEquals(List.of(), EventsOf.actors(e));
    }

    @Test
    void operationsOfGuardingAndStandingByAreNoEvents() {
        assertEquals(List.of(), EventsOf.allByRules("The security team has launched guard operations for the country's land,"
                + " sea and air routes."));
        assertEquals(List.of(), EventsOf.allByRules("Dozens of rescuers dug through the debris for survivors and ambulances"
                + " stood by."));
    }

    @Test
    void aCensureInAStatementFaultsAPartyNamedBeforeTheWord() {
        EventMention e = EventsOf.byRules("ACCUSE", "Lebanese Parliament Speaker Nabih Berri said Wednesday that any cabinet"
                + " meeting was \"unconstitutional\" after the resignation of Shiite ministers.");
        assertEquals(List.of("Nabih Berri"), EventsOf.actors(e));
        assertNull(EventsOf.recipient(e));
    }

    @Test
    void thePowersOfAnOfficeAreNoParty() {
        List<EventMention> es = EventsOf.allByRules("In particular, they say, the draft has glorified the powers of the"
                + " president, making him a king.");
        assertTrue(es.stream().noneMatch(e -> "powers".equals(EventsOf.recipient(e))), es::toString);
    }

    @Test
    void aTopicAfterANounOfTalksNamesNoCounterpart() {
        List<EventMention> es = EventsOf.allByRules("In Paris, foreign ministry spokesman Jacques Rummelhardt said EU governments"
                + " were holding discussion on how to react to Iran's decision.");
        assertTrue(es.stream().noneMatch(e -> "Iran".equals(EventsOf.recipient(e))), es::toString);
    }

    @Test
    void aPronounIsNotANameInsideAnAsideOrAPhraseBeforeIt() {
        EventMention blasted = EventsOf.byRules("ACCUSE", "Marco Antonio Hiart, the youngest of Pinochet's five children, told"
                + " Chilean television, as he blasted the government.");
        assertEquals(List.of("Marco Antonio Hiart"), EventsOf.actors(blasted));
        EventMention visited = EventsOf.byRules("CONSULT", "visited", "In Brussels, before her meeting with Barroso, he"
                + " visited the NATO headquarters.");
        assertEquals(List.of(), EventsOf.actors(visited));
    }

    @Test
    void fightingTerrorismPastAnAdverbIsNoAttack() {
        List<EventMention> es = EventsOf.allByRules("\"Israel can place its trust in Ariel Sharon, who has always fought"
                + " mercilessly against terrorism and has never compromised on Israel's security.\"");
        assertTrue(es.stream().noneMatch(e -> e.category().equals("ASSAULT")), es::toString);
    }
}
