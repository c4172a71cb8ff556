package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ninety-third round: participants read from a copula, a meeting that decides, a verb of answering, the two sides of a
 * deal, a description of the answering party, a named investigator, a deed done by the dozen, a possessive pronoun
 * after criticism, a clause's untagged subject, the body a complaint is lodged with, a deed one is praised for, a number
 * of people, and a contingent's arrival. Each case failed on the code before the round.
 */
class EventArgumentsOfRound93Test {

    @Test
    void aRelativeAfterANounACopulaSaysOfAPartyStandsForTheParty() {
        EventMention e = EventsOf.byRules("CONSULT", "The G20 is an informal forum which first met in December 1999 after the"
                + " Asian financial crisis.");
        assertEquals(List.of("G20"), EventsOf.actors(e));
    }

    @Test
    void aMeetingThatDecidesIsTheActor() {
        EventMention e = EventsOf.byRules("AGREE", "The summit also passed three agreements on trade and visas.");
        assertEquals(List.of("The summit"), EventsOf.actors(e));
    }

    @Test
    void theSubjectOfAVerbOfAnsweringWithADeedDidTheDeed() {
        EventMention e = EventsOf.byRules("ASSAULT", "Israel retaliated with air strikes on Gaza.");
        assertEquals(List.of("Israel"), EventsOf.actors(e));
    }

    @Test
    void theTwoSidesOfADealAreThePartiesTheSentenceNames() {
        EventMention leaders = EventsOf.byRules("AGREE", "Croatian Prime Minister Ivo Sanader met his Libyan counterpart Shukri"
                + " Ghanem in Zagreb on Friday and the two leaders pledged to revitalize economic ties between the two countries.");
        assertEquals(List.of("Ivo Sanader"), EventsOf.actors(leaders));
        assertEquals("Shukri Ghanem", EventsOf.recipient(leaders));
        EventMention sides = EventsOf.byRules("AGREE", "The two sides have agreed to open a hotline between environmental"
                + " departments, and China informs Russia of developments daily.");
        assertEquals(List.of("China"), EventsOf.actors(sides));
        assertEquals("Russia", EventsOf.recipient(sides));
    }

    @Test
    void aTieOfSupportInsideTheAnsweringPartysDescriptionIsNoActItTakesUp() {
        EventMention e = EventsOf.byRules("REJECT", "Syria, backed by Iran, rejected the plan.");
        assertEquals(List.of("Syria"), EventsOf.actors(e));
        assertNull(EventsOf.recipient(e));
    }

    @Test
    void anInvestigationItsInvestigatorIsNamedBesideIsAnInquiry() {
        EventMention e = EventsOf.byRules("ACCUSE", "A joint Afghan and NATO investigation found that 31 civilians were killed"
                + " in the incident.");
        assertEquals(List.of("NATO"), EventsOf.actors(e));
    }

    @Test
    void aDeedDoneByTheDozenIsItsDoers() {
        EventMention e = EventsOf.byRules("ASSAULT", "Hamas has carried out dozens of suicide bombings since 2000.");
        assertEquals(List.of("Hamas"), EventsOf.actors(e));
    }

    @Test
    void criticismOfAThingAPossessivePronounGivesAnOwnerIsAimedAtTheOwner() {
        EventMention e = EventsOf.byRules("ACCUSE", "The Dutch government vowed to develop relations with China, following"
                + " European criticism of its human rights record.");
        assertEquals("China", EventsOf.recipient(e));
    }

    @Test
    void anUntaggedNameOpeningAClauseInsideTheSentenceIsItsSubject() {
        EventMention e = EventsOf.byRules("ASSAULT", "Iran held talks, during which the Revolutionary Guards attacked the rebels.");
        assertEquals(List.of("Revolutionary Guards"), EventsOf.actors(e));
    }

    @Test
    void aParticipleAfterTheBodyAComplaintIsLodgedWithGoesWithTheFiler() {
        EventMention e = EventsOf.byRules("ACCUSE", "accusing", "The United States filed a complaint with the World Trade Organization"
                + " (WTO) accusing Turkey of dumping.");
        assertEquals(List.of("United States"), EventsOf.actors(e));
        assertEquals("Turkey", EventsOf.recipient(e));
    }

    @Test
    void aDeedOneIsPraisedForIsThatOnes() {
        EventMention e = EventsOf.byRules("AID", "Mwanawasa hailed the government of China for initiating an aid package to"
                + " enhance Africa's development.");
        assertEquals(List.of("China"), EventsOf.actors(e));
    }

    @Test
    void anApproximateNumberAsAPassivesSubjectNamesThoseItHappenedTo() {
        EventMention e = EventsOf.byRules("ASSAULT", "More than 60,000 have been killed in Sri Lanka since the rebels launched"
                + " their campaign.");
        assertEquals("More than 60,000", EventsOf.recipient(e));
    }

    @Test
    void aContingentArrivingSomewhereMakesNoVisit() {
        assertTrue(EventsOf.noAssertedByRules("CONSULT", "A PLA contingent has arrived in Pakistan for a joint exercise."));
    }
}
