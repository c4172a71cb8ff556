package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Eighty-first round, the rules alone: a quotation opened on the verb, a town after a day or a month, a pronoun for the
 * sentence's opening name, a participle in a series of past verbs, a person named after a title in an appositive, soldiers
 * fighting militias and the state that has them.
 */
class EventArgumentsOfRound81Test {

    @Test
    void aQuoteOpenedOnTheVerbLeavesItsSubjectOutside() {
        EventMention e = EventsOf.byRules("ASSAULT", "Police said ISAF troops \"killed one civilian\" on Monday.");
        assertEquals(List.of("ISAF"), EventsOf.actors(e));
        assertEquals("civilian", EventsOf.recipient(e));
    }

    @Test
    void aQuoteOpenedRightAfterItsSubjectLeavesTheSubjectOutside() {
        EventMention e = EventsOf.byRules("ASSAULT", "One official alleged that Pakistani troops \"using heavy artillery stepped up "
                + "attacks on Indian villages near the Kargil sector.\"");
        assertEquals(List.of("Pakistani troops"), EventsOf.actors(e));
    }

    @Test
    void aParticipleBeforeDeadAfterAQuoteMarkIsAPastTense() {
        EventMention e = EventsOf.byRules("ASSAULT", "ISAF troops \"shot dead one civilian\" on Monday, police said.");
        assertEquals(List.of("ISAF"), EventsOf.actors(e));
        assertEquals("civilian", EventsOf.recipient(e));
    }

    @Test
    void aCapitalAfterADayOpensItsClause() {
        assertEquals(List.of("Beijing"), EventsOf.actors(EventsOf.byRules("REJECT",
                "On Monday Beijing rejected the proposal from Washington.")));
    }

    @Test
    void aCapitalAfterAMonthInALaterClauseIsItsSubject() {
        assertEquals(List.of("Damascus"), EventsOf.actors(EventsOf.byRules("RETREAT",
                "The Hariri killing threw the spotlight on Syria's role in its smaller neighbour and in April Damascus pulled out "
                        + "the last of its troops from Lebanese soil.")));
    }

    @Test
    void aPersonNamedAfterATitleInAnAppositiveActs() {
        assertTrue(EventsOf.actors(EventsOf.byRules("ACCUSE", "In a letter to fellow lawmakers this month, leading Republican, "
                + "Senator Richard Lugar, lamented the negative tone and called for greater comity.")).contains("Richard Lugar"));
    }

    @Test
    void itStandsForTheOpeningNameBeforeANameAfterAPreposition() {
        assertEquals(List.of("Japan"), EventsOf.actors(EventsOf.byRules("ASSAULT",
                "Japan's ties with communist China remain strained by the legacy of its atrocities in the 1930s, when it "
                        + "invaded neighboring countries.")));
    }

    @Test
    void anObjectPronounAfterANameAfterAPrepositionStillStandsForIt() {
        EventMention e = EventsOf.allByRules("Ethiopia refused to pull out its forces and launched a heavy attack against the "
                + "Islamists, forcing them to retreat from front line townships.").stream()
                .filter(x -> x.category().equals("RETREAT") && x.asserted()).findFirst().orElseThrow();
        assertEquals(List.of("Islamists"), EventsOf.actors(e));
    }

    @Test
    void soldiersFightingMilitiasFightThem() {
        EventMention e = EventsOf.byRules("ASSAULT", "In Iraq, the soldiers fighting militias were praised.");
        assertEquals(List.of("soldiers"), EventsOf.actors(e));
        assertEquals("militias", EventsOf.recipient(e));
    }

    @Test
    void theStateThatHasTheTroopsActsThroughThem() {
        EventMention e = EventsOf.byRules("ASSAULT", "Blair flew to Basra where Britain has more than 7,000 soldiers fighting "
                + "militias and training Iraqi forces.");
        assertEquals(List.of("Britain"), EventsOf.actors(e));
        assertEquals("militias", EventsOf.recipient(e));
    }

    @Test
    void aCounterpartNamedAfterALongTopicIsMet() {
        EventMention e = EventsOf.byRules("CONSULT", "Leavitt discussed a range of issues on the topic of bird flu prevention and "
                + "control with his Chinese counterpart Gao Qiang.");
        assertEquals(List.of("Leavitt"), EventsOf.actors(e));
        assertEquals("Gao Qiang", EventsOf.recipient(e));
    }

    @Test
    void killersWhoKilledThemselvesAfterwardsStillAttacked() {
        EventMention e = EventsOf.byRules("ASSAULT", "He calls Dylan Klebold and Eric Harris, two Colorado teenagers who killed "
                + "13 people at Columbine High School before killing themselves, evolutionists.");
        assertEquals(List.of("Dylan Klebold", "Eric Harris"), EventsOf.actors(e));
        assertEquals("people", EventsOf.recipient(e));
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "The man killed himself after a quarrel with his wife."));
    }

    @Test
    void meetingThePressOrOnesTroopsConsultsNoParty() {
        assertTrue(EventsOf.noAssertedByRules("CONSULT", "Boucher said he met with journalists in Ashgabat on Monday."));
        assertTrue(EventsOf.noAssertedByRules("CONSULT", "He met soldiers before flying on to the next leg of his tour."));
        assertEquals("Gao Qiang", EventsOf.recipient(EventsOf.byRules("CONSULT", "Leavitt met Chinese Health Minister Gao Qiang.")));
    }

    @Test
    void aStatementSpeaksForTheOneItComesFrom() {
        EventMention e = EventsOf.byRules("THREATEN", "Last week an Internet statement purportedly from the Ansar al-Sunna "
                + "militant organisation explicitly threatened students.");
        assertEquals(List.of("Ansar al-Sunna"), EventsOf.actors(e));
        assertEquals("students", EventsOf.recipient(e));
    }

    @Test
    void aReportMadePublicIsNoCaptiveSetFree() {
        assertTrue(EventsOf.noAssertedByRules("RETREAT", "The latest report from the Kenyan meteorological office, released "
                + "at the Nairobi climate change conference, shows a steady decline in rainfall."));
    }

    @Test
    void aParticipleInASeriesOfPastVerbsSharesTheirSubject() {
        EventMention e = EventsOf.allByRules("Last year, Vietnamese authorities reported 12,068 drug-related crimes, "
                + "seized 239.4 kg of heroin, and arrested 18,260 people involved.").stream()
                .filter(x -> "seize".equals(x.mode())).findFirst().orElseThrow();
        assertEquals(List.of("Vietnamese authorities"), EventsOf.actors(e));
    }
}
