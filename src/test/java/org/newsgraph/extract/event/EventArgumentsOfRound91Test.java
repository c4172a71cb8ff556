package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ninety-first round: who did what to whom, where the rules named no one or the wrong party. Each case failed on the
 * code before the round.
 */
class EventArgumentsOfRound91Test {

    private static String trigger(EventMention e, String text) {
        return text.substring(e.trigger().begin(), e.trigger().end());
    }

    @Test
    void theOneHeldResponsibleDidTheDeed() {
        EventMention e = EventsOf.byRules("ASSAULT", "Israel held Hezbollah responsible for the attack on its soldiers.");
        assertEquals(List.of("Hezbollah"), EventsOf.actors(e));
    }

    @Test
    void bothOfWhomAfterADashAreTheSubject() {
        EventMention e = EventsOf.byRules("CONSULT", "Russian officials refused to question Andrei Lugovoi and Dmitri Kovtun"
                + " -- both of whom met with Litvinenko on the day he fell ill.");
        assertEquals(List.of("Andrei Lugovoi", "Dmitri Kovtun"), EventsOf.actors(e));
        assertEquals("Litvinenko", EventsOf.recipient(e));
    }

    @Test
    void twoSidesThatTradeFireFightEachOther() {
        EventMention e = EventsOf.byRules("ASSAULT", "Indian troops and Pakistani forces traded heavy fire along the Kashmir frontier.");
        assertEquals(List.of("Indian troops"), EventsOf.actors(e));
        assertEquals("Pakistani forces", EventsOf.recipient(e));
    }

    @Test
    void aBodyDescribedAsAGroupIsTheSubjectOfItsRelativeClause() {
        EventMention e = EventsOf.byRules("REJECT", "Israel views Hamas as a terrorist organisation that refuses to recognize"
                + " the Jewish state.");
        assertEquals(List.of("Hamas"), EventsOf.actors(e));
    }

    @Test
    void aPastTenseReadAsAParticipleAfterANameAndAdverbsIsActive() {
        EventMention e = EventsOf.byRules("ACCUSE", "Leotard recently strongly condemned French African policy and regretted"
                + " the absence of a debate.");
        assertEquals(List.of("Leotard"), EventsOf.actors(e));
    }

    @Test
    void anArmedBodyAfterItsActsForItsOwner() {
        EventMention e = EventsOf.byRules("ASSAULT", "Israel said its troops killed two militants in Gaza.");
        assertEquals(List.of("Israel"), EventsOf.actors(e));
        assertEquals("militants", EventsOf.recipient(e));
    }

    @Test
    void whatAnInquiryFoundIsAClauseOfItsOwn() {
        EventMention e = EventsOf.byRules("ASSAULT", "A joint Afghan and NATO investigation found 31 civilians were killed"
                + " in the incident.");
        assertEquals("civilians", EventsOf.recipient(e));
    }

    @Test
    void aDeedLedByAPartyIsThatPartys() {
        EventMention e = EventsOf.byRules("ASSAULT", "The 2003 invasion of Iraq, led by the United States, toppled Saddam.");
        assertEquals(List.of("United States"), EventsOf.actors(e));
        assertEquals("Iraq", EventsOf.recipient(e));
    }

    @Test
    void anUntaggedNameAfterAnOpeningWithQuotedWords() {
        EventMention e = EventsOf.byRules("ACCUSE", "Denouncing the situation there as a \"disaster,\" de Larosiere warned that"
                + " serious obstacles remained.");
        assertEquals(List.of("de Larosiere"), EventsOf.actors(e));
    }

    @Test
    void anAttackIncludedInAnotherIsByTheSameAttackers() {
        String text = "Since then the group has launched a string of bloody attacks, including the 2002 Bali bombings which"
                + " killed 202 people.";
        List<EventMention> es = EventsOf.allByRules(text);
        EventMention bombings = es.stream().filter(e -> e.category().equals("ASSAULT") && trigger(e, text).equals("bombings"))
                .findFirst().orElseThrow(() -> new AssertionError(es.toString()));
        assertEquals(List.of("group"), EventsOf.actors(bombings));
    }

    @Test
    void aSpeakersParticipleInsideInASpeechIsTheSpeakers() {
        String text = "The president accused Pakistan of harbouring militants, in a speech blaming Islamabad for the violence.";
        List<EventMention> es = EventsOf.allByRules(text);
        EventMention blaming = es.stream().filter(e -> trigger(e, text).equals("blaming")).findFirst()
                .orElseThrow(() -> new AssertionError(es.toString()));
        assertEquals(List.of("president"), EventsOf.actors(blaming));
    }

    @Test
    void lootingIsTakingByForceAndADeedSetOffIsNotTheSubjects() {
        EventMention e = EventsOf.byRules("COERCE", "Several villagers were killed near refugee camps, sparking the looting of"
                + " several UN World Food Programme trucks in retaliation.");
        assertEquals(List.of(), EventsOf.actors(e));
        assertEquals("UN World Food Programme", EventsOf.recipient(e));
        assertEquals(List.of("Soldiers"), EventsOf.actors(EventsOf.byRules("COERCE", "Soldiers looted shops in the town.")));
    }

    @Test
    void anAntiModifierNamesTheTargetBeforeAnyLaterPhrase() {
        EventMention e = EventsOf.byRules("ASSAULT", "Abu Marzuk has denied any link to anti-Israeli bomb attacks by HAMAS,"
                + " saying he works only on the organisation's political wing.");
        assertEquals(List.of("HAMAS"), EventsOf.actors(e));
        assertEquals("Israeli", EventsOf.recipient(e));
    }

    @Test
    void condemningADeedToldWithItsDoerCondemnsTheDoer() {
        EventMention e = EventsOf.byRules("ACCUSE", "Placards condemning the insurgent attack were displayed at the site.");
        assertEquals("insurgent", EventsOf.recipient(e));
    }

    @Test
    void aPersonalPronounAfterAPrepositionalNameStandsForTheSentencesSubject() {
        EventMention e = EventsOf.byRules("REQUEST", "Abbas had been due to hold talks with King Abdullah II after deadly clashes"
                + " between his secular Fatah faction and Hamas following his call last weekend for early elections.");
        assertEquals(List.of("Abbas"), EventsOf.actors(e));
    }

    @Test
    void theOneWhoResignsIsTheNameInAppositionToTheTitle() {
        EventMention e = EventsOf.byRules("CONCEDE", "A scandal in 1993 forced the resignation of the EBRD's first president,"
                + " Jacques Attali.");
        assertEquals(List.of("Jacques Attali"), EventsOf.actors(e));
    }

    @Test
    void theWoundedOfAGappedPassiveAreNoAttackers() {
        EventMention e = EventsOf.byRules("ASSAULT", "Howard condemned the attacks on three hotels in which 57 people were killed"
                + " and up to 300 wounded.");
        assertEquals(List.of(), EventsOf.actors(e));
    }

    @Test
    void aThingThatOpensAClauseAfterButHasNoPartyBehindIt() {
        EventMention e = EventsOf.byRules("ASSAULT", "A patrol headed to the scene to retrieve the bodies, but a homemade bomb"
                + " went off, wounding two policemen.");
        assertEquals(List.of(), EventsOf.actors(e));
        assertEquals("policemen", EventsOf.recipient(e));
    }

    @Test
    void aProtestIsAgainstThePartyItsClauseProtestsAgainstOrOver() {
        List<EventMention> es = EventsOf.allByRules("Heavily armed police fired tear gas to drive away demonstrators who"
                + " gathered near the venue of the summit since Friday morning to protest against US foreign and trade policy.");
        EventMention e = es.stream().filter(x -> x.category().equals("PROTEST") && x.asserted()).findFirst()
                .orElseThrow(() -> new AssertionError(es.toString()));
        assertEquals(List.of("demonstrators"), EventsOf.actors(e));
        assertEquals("US", EventsOf.recipient(e));
    }

    @Test
    void aidGoesToThePartyItIsGivenToHelp() {
        EventMention e = EventsOf.byRules("AID", "The Asian Development Bank said it was lending 320 million dollars to help the"
                + " poor in Pakistan obtain access to financial services.");
        assertEquals("Pakistan", EventsOf.recipient(e));
    }

    @Test
    void regrettingAnothersActIsACriticismAndKidnappingsAreAttacks() {
        EventMention e = EventsOf.byRules("ACCUSE", "Arab League Secretary General Amr Moussa on Saturday regretted the U.S. veto"
                + " against a United Nations Security Council resolution.");
        assertEquals(List.of("Amr Moussa"), EventsOf.actors(e));
        assertEquals("U.S.", EventsOf.recipient(e));
        EventsOf.byRules("REJECT", "Arab League Secretary General Amr Moussa on Saturday regretted the U.S. veto against a United"
                + " Nations Security Council resolution."); // the veto stays an event of its own
        assertTrue(EventsOf.allByRules("He regretted that he could not attend the ceremony.").isEmpty());
        EventsOf.byRules("ASSAULT", "The latest in a series of mass kidnappings spread terror in Baghdad on Sunday.");
        assertTrue(EventsOf.allByRules("The kidnappings were the latest in a series of incidents.").isEmpty());
    }

    @Test
    void aRefusalAfterARequestAndButRefusesTheOneWhoAsked() {
        EventMention e = EventsOf.byRules("REJECT", "The UN asked Iran to halt enrichment, but Tehran refused.");
        assertEquals("UN", EventsOf.recipient(e));
        // without the contrast, a refusal is not the request's answer
        assertNull(EventsOf.byRules("REJECT", "In a similar case, a Cape Town high school student appealed to the commission"
                + " after his school refused to allow him to write exams.").recipient());
    }
}
