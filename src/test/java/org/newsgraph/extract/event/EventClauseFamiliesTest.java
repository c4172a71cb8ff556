package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.asserted;
import static org.newsgraph.extract.event.EventsOf.events;
import static org.newsgraph.extract.event.EventsOf.only;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Twenty-second round: what a demand's or a warning's clause says, parties named by "all parties" or a region, the
 * object of a phrasal verb, agreements told by a participle clause, fighting a named party, and look-alikes (talks
 * that stall, a visitor's title, sport scores, rail accidents, market rallies and demand, a subject of no one).
 */
class EventClauseFamiliesTest {

    @Test
    void allPartiesAreTheOnesAsked() {
        EventMention e = only("REQUEST", "The UN Security Council on Friday called on all parties in the run-off election"
                + " to remain calm and avoid violence.");
        assertTrue(recipient(e) != null && recipient(e).endsWith("parties"), e::toString);
    }

    @Test
    void theSubjectOfADemandedClauseIsTheOneAsked() {
        EventMention e = only("REQUEST", "The Security Council demanded that Iran halt uranium enrichment.");
        assertEquals("Iran", recipient(e));
    }

    @Test
    void theActDemandedIsNotAsserted() {
        String s = "It further demanded that India withdraw its army personnel stationed at Kalapani.";
        assertTrue(asserted("RETREAT", s).isEmpty(), () -> events(s).toString());
        String t = "The resolution demands that Syria cooperate fully with UN investigators.";
        assertTrue(asserted("COOPERATE", t).isEmpty(), () -> events(t).toString());
    }

    @Test
    void aWarningsIfClauseNamesTheOneWarned() {
        EventMention e = only("THREATEN", "However, Larijani warned that Iran would \"resort to other means\" if the"
                + " European Union \"wants to waste opportunities\".");
        assertEquals(List.of("Larijani"), actors(e));
        assertEquals("European Union", recipient(e));
    }

    @Test
    void coordinatedActorsKeepThePartyMetWith() {
        EventMention e = only("CONSULT", "Joseph and Burns also met with Japanese Defense Agency chief Fumio Kyuma.");
        assertEquals("Fumio Kyuma", recipient(e));
    }

    @Test
    void theObjectOfAPhrasalVerbIsNoSubjectOfTheNextVerb() {
        EventMention e = only("ASSAULT", "Ethiopia refused to pull out its forces and launched a heavy attack against the"
                + " Islamists.");
        assertEquals(List.of("Ethiopia"), actors(e));
    }

    @Test
    void anAgreementsParticipleClauseTellsItsSigning() {
        String s = "The treaty, originally signed by 12 countries, demilitarised Antarctica.";
        assertFalse(asserted("AGREE", s).isEmpty(), () -> events(s).toString());
    }

    @Test
    void fightingANamedPartyIsAnAssaultButFightingPovertyIsNot() {
        String s = "Kisangani was taken on March 15 by Zairean rebels fighting the regime of President Mobutu Sese Seko.";
        assertTrue(events(s).stream().anyMatch(e -> e.category().equals("ASSAULT") && e.trigger().of(s).startsWith("fighting")),
                () -> events(s).toString());
        String t = "The government has been fighting poverty and corruption in the north.";
        assertTrue(asserted("ASSAULT", t).isEmpty(), () -> events(t).toString());
    }

    @Test
    void talksThatStallAreNoNewMeeting() {
        String s = "The talks have largely stalled over the degree to which rich countries offer financial support.";
        assertTrue(asserted("CONSULT", s).isEmpty(), () -> events(s).toString());
    }

    @Test
    void visitingBeforeAPersonNamesTheVisitor() {
        String s = "Addressing a joint press conference, visiting Russian Foreign Minister Sergey Lavrov said both countries"
                + " wanted closer ties.";
        assertTrue(asserted("CONSULT", s).isEmpty(), () -> events(s).toString());
    }

    @Test
    void aScoreSplitAtItsHyphenMarksSportButADayRangeDoesNot() {
        String s = "Ljubicic stormed past Kucera 6-3, 6-4, 6-3 to put the visitors into early command Friday.";
        assertTrue(asserted("ASSAULT", s).isEmpty(), () -> events(s).toString());
        String t = "Israeli troops killed two militants in the Gaza Strip on December 18-19, the army said.";
        assertFalse(asserted("ASSAULT", t).isEmpty(), () -> events(t).toString());
    }

    @Test
    void aRailAccidentIsNoAttack() {
        String s = "A Metro train struck two employees working on the track near Washington on Thursday, killing one.";
        assertTrue(asserted("ASSAULT", s).isEmpty(), () -> events(s).toString());
    }

    @Test
    void aSubjectOfNoOneNegatesTheAct() {
        String s = "Nobody asked the miners to get out of the well when the power was cut off, said Li.";
        assertTrue(asserted("REQUEST", s).isEmpty(), () -> events(s).toString());
    }

    @Test
    void toContinueGivingIsNotYet() {
        String s = "He urged the international community to continue giving assistance to Pakistani people.";
        assertTrue(asserted("AID", s).isEmpty(), () -> events(s).toString());
    }

    @Test
    void aRegionsStatesAreAParty() {
        EventMention e = only("REQUEST", "He urged Gulf states to issue a joint statement detailing plans to increase oil"
                + " output.");
        assertEquals("Gulf states", recipient(e));
    }

    @Test
    void marketRalliesAndDemandAreNoEvents() {
        String s = "Australian share prices rose 1.0 percent due to the Wall Street rally.";
        assertTrue(asserted("PROTEST", s).isEmpty(), () -> events(s).toString());
        String t = "The signed contract ensures a stable supply for Japan's domestic demands.";
        assertTrue(asserted("REQUEST", t).isEmpty(), () -> events(t).toString());
    }

    @Test
    void demonstratingAQualityIsNoProtest() {
        String s = "In a demonstration of its depth in sprinters, Japan swept both relay events.";
        assertTrue(asserted("PROTEST", s).isEmpty(), () -> events(s).toString());
    }

    @Test
    void aPresentTenseEventDatedAfterTheArticleIsScheduled() {
        String s = "EU foreign ministers meet in Brussels on December 11 to discuss a European Commission recommendation.";
        assertTrue(EventsOf.events(s, "2006-12-05").stream().noneMatch(e -> e.category().equals("CONSULT") && e.asserted()),
                () -> EventsOf.events(s, "2006-12-05").toString());
    }

    @Test
    void attacksWarnedAgainstOrUnderAMoratoriumAreNotAsserted() {
        String s = "The security forces have warned against attacks by Palestinian militants to coincide with the holidays.";
        assertTrue(asserted("ASSAULT", s).isEmpty(), () -> events(s).toString());
        String t = "Hamas is currently observing a moratorium on its campaign of attacks against Israel.";
        assertTrue(asserted("ASSAULT", t).isEmpty(), () -> events(t).toString());
    }

    @Test
    void aTownInAnOpeningPhraseIsNoSubject() {
        EventMention e = only("REJECT", "But in Ramallah, teachers refused to meet the minister despite the presence of police.");
        assertEquals(List.of("teachers"), actors(e));
        EventMention f = only("PROTEST", "Lawyers in Dhaka, Chittagong, Gazipur, Sylhet and other districts staged wildcat"
                + " strike through boycott of courts.");
        assertEquals(List.of("Lawyers"), actors(f));
    }

    @Test
    void aPastFormAfterAPrepositionalObjectIsAPassiveParticiple() {
        EventMention e = only("ASSAULT", "Israeli police on Friday found the bodies of two young Jewish women stabbed to death"
                + " on the outskirts of Jerusalem.");
        assertTrue(e.actors().isEmpty(), e::toString);
        assertTrue(recipient(e) != null && recipient(e).endsWith("women"), e::toString);
    }
}
