package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sixtieth round, the rules alone. A nationality or a group noun before a description and an organisation's name gives
 * the organisation ("the Russian natural gas monopoly Gazprom"); members of a body named after them stand for the body. A
 * deed named after a verb of punishment was done by the one punished. A described subject before a relative clause, an
 * apposition or a participle aside acts in the main verb, and a described subject the parse confirms is an actor for
 * the rules that need one ("The party's new leader called for"). A verb after "and" goes with the verb before a ",
 * saying ..." aside, and a verb right after "and" with an object of its own is no gapped passive. An operation's
 * participle names its doer. A capitalised plural after a determiner is a party. A participle's "him" or "her" stands
 * for the title the verb before it took as its object. The doers of crimes are parties ("the suspected ringleader"). Aid
 * told by a passive with no giver named and no state or body as the one given it is no aid ("was given additional funding"). Those a passive of
 * release opens with are the ones freed, and hosting a king is a meeting. A present tense of asking that the tagger took for a plural
 * noun after the subject opening the sentence is a verb ("The secretary-general strongly appeals/NNS to").
 */
class EventArgumentsOfRound60Test {

    @Test
    void aDescribedOrganisationIsTheOrganisationNotItsCountry() {
        EventMention talks = byRules("CONSULT", "Bulgaria is negotiating with the Russian natural gas monopoly Gazprom for a"
                + " long-term agreement on gas supply.");
        assertEquals("Gazprom", recipient(talks));
        EventMention attack = byRules("ASSAULT", "Israel attacked the militant group Hamas in Gaza.");
        assertEquals("Hamas", recipient(attack));
    }

    @Test
    void membersOfABodyStandForTheBody() {
        EventMention met = byRules("CONSULT", "Albright met with the three members of the opposition Zajedno coalition, Vuk"
                + " Draskovic, Zoran Djindjic and Vesna Pesic.");
        assertEquals("Zajedno", recipient(met));
    }

    @Test
    void aDeedAfterAPunishmentWasDoneByThePunished() {
        EventMention killing = byRules("ASSAULT", "Dozens of Pinochet's men are behind bars in Chile for killing and torturing"
                + " some 3,000 persons, by official count, under his rule");
        assertEquals(List.of("Pinochet's men"), actors(killing));
        EventMention bombing = byRules("ASSAULT", "Three men were jailed on Monday for bombing a bus in the capital.");
        assertEquals(List.of("men"), actors(bombing));
        assertEquals("bus", recipient(bombing));
    }

    @Test
    void aDescribedSubjectPastAnAsideActsInTheMainVerb() {
        EventMention relative = byRules("ACCUSE", "The president, who has long opposed the plan, criticized Israel on"
                + " Wednesday.");
        assertEquals(List.of("president"), actors(relative));
        EventMention aside = byRules("ACCUSE", "The minister, speaking to reporters, accused Israel of violating the truce.");
        assertEquals(List.of("minister"), actors(aside));
        assertEquals("Israel", recipient(aside));
    }

    @Test
    void aDescribedSubjectIsAnActorForRulesThatNeedOne() {
        EventMention called = byRules("REQUEST", "The party's new leader called for new elections.");
        assertEquals(List.of("new leader"), actors(called));
        EventMention spokesman = byRules("REQUEST", "The party's spokesman called for new elections.");
        assertEquals(List.of("spokesman"), actors(spokesman));
    }

    @Test
    void aVerbAfterASayingAsideGoesWithTheVerbBeforeIt() {
        EventMention urged = byRules("REQUEST", "Russian Foreign Minister Sergei Lavrov attacked the ODIHR Monday, saying it had"
                + " an unacceptable autonomy in monitoring elections, and urged the organisation to change.");
        assertEquals(List.of("Sergei Lavrov"), actors(urged));
    }

    @Test
    void aVerbWithItsOwnObjectAfterAndIsNoGappedPassive() {
        EventMention urged = byRules("REQUEST", "Hamas said the vote was rigged and urged supporters to protest.");
        assertEquals(List.of("Hamas"), actors(urged));
        assertEquals("supporters", recipient(urged));
        assertFalse(urged.actors().isEmpty());
    }

    @Test
    void anOperationsParticipleNamesItsDoer() {
        EventMention killed = byRules("ASSAULT", "One foreign oil worker was killed on Wednesday in a hostage rescue mission"
                + " launched by the Nigerian military.");
        assertEquals(List.of("Nigerian military"), actors(killed));
        EventMention raid = byRules("ASSAULT", "Three civilians were killed on Monday in a raid carried out by Israeli troops"
                + " in Gaza.");
        assertEquals(List.of("Israeli troops"), actors(raid));
    }

    @Test
    void aCapitalisedPluralAfterADeterminerIsAParty() {
        EventMention attacked = byRules("ACCUSE", "Blair attacked the ruling Conservatives for displaying arrogance.");
        assertEquals("Conservatives", recipient(attacked));
        assertTrue(attacked.actors().stream().anyMatch(a -> a.text().equals("Blair")));
    }

    @Test
    void aParticiplesPronounStandsForTheTitleTheVerbBeforeItTook() {
        EventMention accusing = byRules("ACCUSE", "Sudan expelled the UN envoy, accusing him of meddling in its affairs.");
        assertEquals("envoy", recipient(accusing));
    }

    @Test
    void theDoersOfCrimesAreParties() {
        EventMention arrested = byRules("COERCE", "The government said it had arrested the suspected ringleader of the attack.");
        assertEquals("suspected ringleader", recipient(arrested));
    }

    @Test
    void aidGivenByNoOneNamedToNoStateIsNoAid() {
        assertTrue(EventsOf.allByRules("The ExoMars mission was given additional funding at a meeting in Berlin.").stream()
                .noneMatch(e -> e.category().equals("AID") && e.asserted()));
        // a state given aid, or a giver named, stays
        EventMention named = byRules("AID", "The ExoMars mission was given additional funding by Germany.");
        assertEquals(List.of("Germany"), actors(named));
    }

    @Test
    void thoseAPassiveOfReleaseOpensWithAreFreed() {
        EventMention released = byRules("RETREAT", "Late Tuesday, at least 15 hostages of the mass kidnapping were released.");
        assertEquals("hostages", recipient(released));
        EventMention freed = byRules("RETREAT", "Five hostages were freed by their captors on Sunday.");
        assertEquals("hostages", recipient(freed));
        assertEquals(List.of("captors"), actors(freed));
    }

    @Test
    void hostingAKingIsAMeeting() {
        EventMention hosted = byRules("CONSULT", "Bush hosted the Saudi king at his Texas ranch.");
        assertEquals(List.of("Bush"), actors(hosted));
        assertEquals("Saudi king", recipient(hosted));
    }

    @Test
    void aPresentOfAskingTheTaggerTookForAPluralIsAVerb() {
        EventMention appeals = byRules("REQUEST", "\"The secretary-general strongly appeals to the parties to the Abuja peace"
                + " process to immediately stop all violence,\" said a statement.");
        assertEquals(List.of("secretary-general"), actors(appeals));
        assertEquals("parties", recipient(appeals));
        // a plural noun after "The" stays a noun
        assertTrue(EventsOf.allByRules("The appeals for calm went unheeded.").stream().noneMatch(EventMention::asserted));
    }
}
