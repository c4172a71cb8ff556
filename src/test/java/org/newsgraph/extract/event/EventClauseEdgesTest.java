package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Twenty-ninth round: parties at the edges of a clause. A name no tagger took after an opening phrase or after "called
 * on"; an object behind a common noun's possessive; the speaker of a reporting clause that a participle continues; the
 * antecedent of a relative clause named by a title or past a dash; a participle after a party that follows the
 * sentence's predicate; what a discussion, a refusal or a sanction imposed names, and what it does not. The rules are
 * tested alone: a learned model may fill the same slots.
 */
class EventClauseEdgesTest {

    @Test
    void anUntaggedNameAfterAnOpeningPhraseIsTheSubject() {
        assertEquals(List.of("Hu"), actors(byRules("SUPPORT", "During his talks with Chancellor Angela Merkel, Hu praised her"
                + " leadership.")));
        assertEquals(List.of("al-Muzaini"), actors(byRules("ACCUSE", "Declining to give a date for the exchange, al-Muzaini"
                + " accused Israel of stalling.")));
    }

    @Test
    void anUntaggedNameAfterAPersonAndIsASecondPerson() {
        assertEquals(List.of("Abe", "Ban"), actors(byRules("CONSULT", "Abe and Ban exchanged ideas over the resumption of the"
                + " talks.")));
    }

    @Test
    void anUntaggedNameAfterCalledOnIsTheOneAsked() {
        assertEquals("Muhammad", recipient(byRules("REQUEST", "The opposition leader called on Muhammad to \"resign or take long"
                + " leave.\"")));
    }

    @Test
    void aCommonNounsPossessiveStandsBeforeTheObject() {
        assertEquals("major parties", recipient(byRules("REQUEST", "Sharma, who on Thursday urged the country's major parties to"
                + " end the crisis, said nothing.")));
    }

    @Test
    void aParticipleAfterAReportingClauseIsTheSpeakers() {
        assertEquals(List.of("vice governor"), actors(byRules("REQUEST", "\"We must stop the outbreak,\" said the vice governor,"
                + " urging local governments to take measures.")));
    }

    @Test
    void aDiscussionNamesOnlyThoseItWasWith() {
        EventMention e = byRules("CONSULT", "The leaders discussed issues relating to the World Trade Organization.");
        assertNull(recipient(e));
        assertEquals(List.of("leaders"), actors(e));
    }

    @Test
    void theActRefusedKeepsItsOwnPhrases() {
        assertNull(recipient(byRules("REJECT", "Britain's refusal to give up its rebate, secured by Margaret Thatcher, blocked a"
                + " deal.")));
    }

    @Test
    void aRelativeClauseAfterATitleIsSaidOfIt() {
        assertEquals("opposition leader", recipient(byRules("COERCE", "The opposition leader, who was arrested on Monday, spoke"
                + " to reporters.")));
        assertEquals("Patrice Lumumba", recipient(byRules("ASSAULT", "The son of Patrice Lumumba, the prime minister who was"
                + " murdered in 1961, spoke in Geneva.")));
    }

    @Test
    void aRelativeClauseAfterADashIsSaidOfTheName() {
        assertEquals(List.of("Israel"), actors(byRules("RETREAT", "Israel -- which pulled out its troops from Gaza in 2005 --"
                + " said the talks must go on.")));
    }

    @Test
    void aVerbAfterARelativeClausesObjectIsThePredicate() {
        EventMention e = byRules("ACCUSE", "The rebels who spoke to AFP accused the army of massacring refugees.");
        assertEquals(List.of("rebels"), actors(e));
        assertEquals("army", recipient(e));
    }

    @Test
    void aParticipleAfterTheObjectIsAPassive() {
        EventMention e = byRules("COERCE", "The court freed a businessman detained since 2004.");
        assertEquals("businessman", recipient(e));
        assertEquals(List.of(), actors(e));
        assertEquals("Islamic militant", recipient(byRules("COERCE", "Police are questioning an Islamic militant arrested"
                + " recently in Pakistan.")));
    }

    @Test
    void attacksOnPoliciesAreWordsButDeadlyOnesAreNot() {
        byRules("ACCUSE", "The minister launched fresh attacks on the government's economic policies.");
        byRules("ASSAULT", "He was astonished by the policy that allowed the deadly attack on the village.");
    }

    @Test
    void armedPartiesActingAsPeopleWereKilledAreTheKillers() {
        assertEquals(List.of("troops"), actors(byRules("ASSAULT", "Two villagers were killed as the troops battled stone-throwing"
                + " youths.")));
        assertEquals(List.of(), actors(byRules("ASSAULT", "Two villagers were killed as protesters took to the streets.")));
    }

    @Test
    void aBodysDecisionNamesTheBody() {
        assertEquals("government", recipient(byRules("PROTEST", "The unions are protesting against government spending plans.")));
        assertEquals("staff", recipient(byRules("REQUEST", "The director said he ordered his staff not to reveal their names.")));
    }

    @Test
    void aNameAfterAnIndefiniteArticleIsNoAntecedent() {
        assertEquals(List.of("Japan"), actors(byRules("AGREE", "Japan, a close US ally, announced in October it had agreed to"
                + " host the carrier.")));
    }

    @Test
    void aDescribedSubjectActsInBothCoordinatedVerbs() {
        assertEquals(List.of("two presidents"), actors(byRules("AGREE", "The two presidents also discussed the health issue and"
                + " agreed to strengthen cooperation on bird flu.")));
    }

    @Test
    void sanctionsImposedNameWhomTheyPunishAndWhoImposedThem() {
        EventMention e = byRules("SANCTION", "The US should deal with the Sudanese government and the sanctions imposed on Sudan"
                + " could be lifted.");
        assertEquals("Sudan", recipient(e));
        assertEquals(List.of("UN"), actors(byRules("SANCTION", "North Korea insisted that UN sanctions imposed after its test must"
                + " be lifted.")));
    }

    @Test
    void attacksMadeByAPartyAreItsAttacks() {
        assertEquals(List.of("FPI"), actors(byRules("ASSAULT", "The FPI has made a number of attacks on Jakarta nightspots.")));
    }
}
