package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ninety-fourth round: participants read past a time phrase or a prepositional insert between a described subject and
 * its verb, conduct asked "of" others, a pair whose second member follows "and the", a capitalised preposition opening
 * the sentence, a claim of responsibility made for a party, a participle adjective after "where", columns of a force,
 * a hyphenated compound headed by a group noun, forces mobilised in the passive, clashes an attack sets off, and what
 * is done at someone's request. Each case failed on the code before the round.
 */
class EventArgumentsOfRound94Test {

    @Test
    void aTimePhraseBetweenADescribedSubjectAndItsVerbKeepsTheSubject() {
        EventMention accused = EventsOf.byRules("ACCUSE", "The president last week accused Israel of lying.");
        assertEquals(List.of("president"), EventsOf.actors(accused));
        String text = "The president this month accused the government of neighbouring Pakistan of trying to turn his"
                + " countrymen into slaves, in his strongest words yet blaming Islamabad for the wave of insurgent violence.";
        EventMention blaming = EventsOf.byRules("ACCUSE", "blaming", text);
        assertEquals(List.of("president"), EventsOf.actors(blaming));
        assertEquals("Islamabad", EventsOf.recipient(blaming));
    }

    @Test
    void conductAskedOfOthersNamesThoseAsked() {
        EventMention cooperation = EventsOf.byRules("REQUEST", "The minister appealed for the cooperation of all political"
                + " parties in the fight against corruption.");
        assertEquals("political parties", EventsOf.recipient(cooperation));
        EventMention contribution = EventsOf.byRules("REQUEST", "The FCD president appealed for the contribution of people"
                + " with good faith for the consolidation of peace.");
        assertEquals("people", EventsOf.recipient(contribution));
    }

    @Test
    void bothSidesOfTalksAreThePairNamedBeforeEvenAfterAndThe() {
        EventMention e = EventsOf.byRules("AGREE", "agreeing", "Ceasefire talks between Moslem guerrillas and the Philippine"
                + " government have stalled here with both sides agreeing to meet again next month, officials said Friday.");
        assertEquals(List.of("Moslem guerrillas"), EventsOf.actors(e));
        assertEquals("Philippine government", EventsOf.recipient(e));
    }

    @Test
    void aDescribedSubjectBeforeAPrepositionalInsertActs() {
        EventMention e = EventsOf.byRules("REQUEST", "Effective Tuesday, the central bank, under the supervision of the finance"
                + " ministry, had ordered financial institutions to hold 30 percent of foreign inflows.");
        assertEquals(List.of("central bank"), EventsOf.actors(e));
    }

    @Test
    void aCapitalisedPrepositionOpeningTheSentenceIsNoName() {
        EventMention e = EventsOf.byRules("PROTEST", "In Solo, PPP supporters clashed with security members on Saturday,"
                + " leaving at least 20 people injured.");
        assertEquals(List.of("PPP"), EventsOf.actors(e));
    }

    @Test
    void aClaimOfResponsibilityIsMadeForTheSpokesmansPartyOrOnItsBehalf() {
        EventMention spokesman = EventsOf.byRules("ASSAULT", "Taliban spokesman Qari Yousuf Ahmadi claimed responsibility for"
                + " the bombing.");
        assertEquals(List.of("Taliban"), EventsOf.actors(spokesman));
        EventMention behalf = EventsOf.byRules("ASSAULT", "Self-confessed Taliban spokesman Mohammad Hanif claimed"
                + " responsibility for the attack on behalf of the ousted Islamist militia.");
        assertEquals(List.of("ousted Islamist militia"), EventsOf.actors(behalf));
        assertNull(EventsOf.recipient(behalf));
    }

    @Test
    void theSubjectOfAWhereClauseAndColumnsOfAForce() {
        String text = "Witnesses said columns of Islamist forces had retreated to the heavily-fortified capital Mogadishu,"
                + " where ruling clerics vowed to dig in for a long-lasting war with Ethiopian troops.";
        assertEquals(List.of("clerics"), EventsOf.actors(EventsOf.byRules("THREATEN", "vowed", text)));
        assertEquals(List.of("Islamist forces"), EventsOf.actors(EventsOf.byRules("RETREAT", "retreated", text)));
    }

    @Test
    void aGroupNounHeadingAHyphenatedCompoundNamesTheCompound() {
        EventMention e = EventsOf.byRules("ACCUSE", "The United States blamed leftist hostage-takers Tuesday for the"
                + " casualties.");
        assertEquals("leftist hostage-takers", EventsOf.recipient(e));
    }

    @Test
    void forcesMobilisedInThePassiveActForTheirOwner() {
        EventMention e = EventsOf.byRules("MOBILIZE", "Following purported Al-Qaeda threats to ruin the democratic wedding,"
                + " virtually all Iraq's 190,000 police and army were mobilized.");
        assertEquals(List.of("Iraq"), EventsOf.actors(e));
    }

    @Test
    void clashesSetOffByAnAttackAreTheAttackersWithTheOtherSide() {
        EventMention e = EventsOf.byRules("ASSAULT", "fierce clashes", "In other violence, gunmen attacked a Shiite ministry in"
                + " central Baghdad, prompting fierce clashes with security guards.");
        assertEquals(List.of("gunmen"), EventsOf.actors(e));
        assertEquals("security guards", EventsOf.recipient(e));
    }

    @Test
    void whatIsDoneAtARequestWasAskedOfTheOneWhoDoesIt() {
        EventMention held = EventsOf.byRules("REQUEST", "The State Department said Tuesday it would hold a second round of"
                + " talks quite soon on North Korea's missile exports, to be held at Pyongyang's request.");
        assertEquals(List.of("Pyongyang"), EventsOf.actors(held));
        assertEquals("State Department", EventsOf.recipient(held));
        EventMention draft = EventsOf.byRules("REQUEST", "But at Moscow's insistence, the new draft drops all references to"
                + " Iran's first nuclear power station.");
        assertEquals(List.of("Moscow"), EventsOf.actors(draft));
        assertNull(EventsOf.recipient(draft));
    }
}
