package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seventy-fifth round, the rules alone: constructions found by reading the rules' silences on unannotated wire text (a
 * statement "urging" a party, a predicate the tagger read as a participle after an appositive, a condition that ends at
 * "but"), and what came of them.
 */
class EventArgumentsOfRound75Test {

    @Test
    void aStatementUrgingAPartyAsksIt() {
        EventMention e = EventsOf.byRules("REQUEST", "The government issued a statement urging pilots to cancel the strike.");
        assertEquals(Modality.ASSERTED, e.modality());
        assertEquals(List.of("government"), EventsOf.actors(e));
        assertEquals("pilots", EventsOf.recipient(e));
    }

    @Test
    void aPredicateAfterAnAppositiveActs() {
        EventMention e = EventsOf.byRules("COERCE", "Security forces under the command of Mobutu's son, Major Mobutu Kongolo,"
                + " detained Tshisekedi around midday (1000 GMT) Wednesday as he attempted to enter the prime minister's office.");
        assertEquals(Modality.ASSERTED, e.modality());
        assertEquals("Tshisekedi", EventsOf.recipient(e));
    }

    @Test
    void aParticipleAfterAnAppositiveWithADayStaysAModifier() {
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "The two men, the driver and his son, killed Monday near the border"
                + " were buried in Hebron."));
    }

    @Test
    void aConditionEndsAtBut() {
        EventMention e = EventsOf.byRules("REQUEST", "Tang did not take questions nor clarify whether the government would"
                + " re-visit the issue in the future but he called on people to make their views known.");
        assertEquals(Modality.ASSERTED, e.modality());
        assertEquals("people", EventsOf.recipient(e));
    }

    @Test
    void anObjectRelativeClauseActsOnItsAntecedent() {
        EventMention e = EventsOf.byRules("COERCE", "The opposition leader, whom police arrested last week, was freed on Monday.");
        assertEquals(List.of("police"), EventsOf.actors(e));
        assertEquals("opposition leader", EventsOf.recipient(e));
        EventMention accused = EventsOf.byRules("ACCUSE", "The minister, whom protesters accused of corruption, resigned.");
        assertEquals(List.of("protesters"), EventsOf.actors(accused));
        assertEquals("minister", EventsOf.recipient(accused));
        EventMention attacked = EventsOf.byRules("ASSAULT", "The rebels, whom the army attacked on Monday, fled into the hills.");
        assertEquals(List.of("army"), EventsOf.actors(attacked));
        assertEquals("rebels", EventsOf.recipient(attacked));
    }

    @Test
    void theMainClauseSubjectIsBeforeTheObjectRelativeClause() {
        assertEquals(List.of("minister"), EventsOf.actors(EventsOf.byRules("CONCEDE",
                "The minister, whom protesters accused of corruption, resigned.")));
    }

    @Test
    void aGerundBeforeTheNounItModifiesIsNoClause() {
        assertTrue(EventsOf.noAssertedByRules("SUPPORT", "After the official welcoming ceremony, he headed to the monastery."));
    }

    @Test
    void aNameAloneBeforeCallsIsItsSubject() {
        EventMention e = EventsOf.byRules("REQUEST", "\"RSF calls on Turkmen transitional authorities to free journalists and"
                + " political prisoners without delay.\"");
        assertEquals(List.of("RSF"), EventsOf.actors(e));
        assertEquals("transitional authorities", EventsOf.recipient(e));
    }

    @Test
    void aSecondVerbSharesTheSubjectPastAListOfPlaces() {
        EventMention e = EventsOf.byRules("REQUEST", "Palestinian militants stormed several polling stations in the cities of"
                + " Deer al-Balah, Khan Younis and Beit Hanoun in the Gaza Strip, and ordered voters to leave.");
        assertEquals(List.of("militants"), EventsOf.actors(e));
        assertEquals("voters", EventsOf.recipient(e));
    }

    @Test
    void sanctionsInForceAreNoTroops() {
        EventMention e = EventsOf.byRules("ASSAULT", "Iraq flouted the UN sanctions in force since its August 1990 invasion of Kuwait.");
        assertTrue(EventsOf.actors(e).stream().noneMatch(a -> a.equals("force")), EventsOf.actors(e).toString());
    }

    @Test
    void aSecondParticipleUnderOnePerfectActs() {
        EventMention e = EventsOf.byRules("ACCUSE", "The Islamists have retreated from their frontlines and accused Ethiopian"
                + " forces of massacring civilians in the name of killing foreign fighters believed to be supporting the movement.");
        assertEquals(Modality.ASSERTED, e.modality());
        assertEquals(List.of("Islamists"), EventsOf.actors(e));
        assertEquals("Ethiopian forces", EventsOf.recipient(e));
    }

    @Test
    void whatOneAttendedAnOccasionToSayIsSaid() {
        EventMention e = EventsOf.byRules("REQUEST", "The violence came as President Hamid Karzai attended a high-level security"
                + " conference in Kandahar, the birthplace of the Taliban regime, to urge foreign forces to avoid civilian casualties.");
        assertEquals(Modality.ASSERTED, e.modality());
        assertEquals("foreign forces", EventsOf.recipient(e));
        assertTrue(EventsOf.noAssertedByRules("REQUEST", "Karzai will attend a security conference in Kandahar to urge"
                + " foreign forces to avoid civilian casualties."));
    }

    @Test
    void aTaskGivenIsNoCharge() {
        assertTrue(EventsOf.noAssertedByRules("ACCUSE", "Baker, 66, was named UN special envoy for Western Sahara in March and"
                + " charged with relaunching the peace process there."));
        assertEquals(Modality.ASSERTED, EventsOf.byRules("ACCUSE", "He was charged with organizing an illegal rally.").modality());
    }

    @Test
    void concernForSomeoneIsNoCriticism() {
        assertTrue(EventsOf.noAssertedByRules("ACCUSE", "Schwarzenegger also voiced concerns for Tsinghua student Zhou Guang's"
                + " brother, who was injured in a car crash."));
        assertEquals(List.of("UN"), EventsOf.actors(EventsOf.byRules("ACCUSE", "The UN voiced concern over the arrests.")));
    }

    @Test
    void aGoalRuledOutForOffsideIsPlay() {
        assertTrue(EventsOf.noAssertedByRules("REJECT", "Ohno had the ball in the net in extra time but her smart volley was"
                + " controversially ruled out for offside."));
    }

    @Test
    void attacksBeingPlannedAreNotMade() {
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "Police arrested a man suspected of planning attacks on the embassy."));
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "He was accused of plotting attacks on US targets."));
    }

    @Test
    void aBanOnACountrysGoodsIsASanction() {
        EventMention e = EventsOf.byRules("SANCTION", "The US banned all imports from Iran.");
        assertEquals(List.of("US"), EventsOf.actors(e));
        assertEquals("Iran", EventsOf.recipient(e));
        assertEquals(List.of("Japan"), EventsOf.actors(EventsOf.byRules("SANCTION", "Japan has banned imports of North Korean goods.")));
        assertTrue(EventsOf.noAssertedByRules("SANCTION", "Japan banned imports of US beef."));
        assertTrue(EventsOf.noAssertedByRules("SANCTION", "Morocco banned imports of poultry."));
    }

    @Test
    void aSideThatSurrendersConcedes() {
        EventMention e = EventsOf.byRules("CONCEDE", "The rebels surrendered to the army.");
        assertEquals(List.of("rebels"), EventsOf.actors(e));
        assertTrue(EventsOf.noAssertedByRules("CONCEDE", "Britain refused to surrender its rebate."));
        assertTrue(EventsOf.noAssertedByRules("CONCEDE", "The former prime minister surrendered to the tribunal in March."));
    }

    @Test
    void aDeadlineSetAPartyIsADemand() {
        EventMention e = EventsOf.byRules("REQUEST", "Hamas gave Israel two weeks to halt its raids.");
        assertEquals(List.of("Hamas"), EventsOf.actors(e));
        assertEquals("Israel", EventsOf.recipient(e));
        assertEquals("Iran", EventsOf.recipient(EventsOf.byRules("REQUEST",
                "The resolution gave Iran until August 31 to suspend enrichment.")));
    }

    @Test
    void aDeedBlamedOnAPartyInARelativeClauseIsItsDeed() {
        EventMention e = EventsOf.byRules("ASSAULT", "The blast, which police blamed on Tamil Tiger rebels, killed seven soldiers.");
        assertEquals(List.of("Tamil Tiger"), EventsOf.actors(e));
        assertEquals("soldiers", EventsOf.recipient(e));
    }

    @Test
    void oneOfThoseWhoDidItDidIt() {
        EventMention e = EventsOf.byRules("AID", "During that conflict, Angola was one of three countries to send troops to"
                + " support Kinshasa against rebels.");
        assertEquals(Modality.ASSERTED, e.modality());
        assertEquals(List.of("Angola"), EventsOf.actors(e));
        assertTrue(EventsOf.noAssertedByRules("AID", "Angola will be one of three countries to send troops."));
    }

    @Test
    void whatAnEnvoyWasSentToDoWasDone() {
        EventMention e = EventsOf.byRules("CONSULT", "Belarus dispatched a senior energy official Friday to Moscow to join talks on"
                + " defusing a row over gas imports.");
        assertEquals(Modality.ASSERTED, e.modality());
        assertEquals(List.of("Belarus"), EventsOf.actors(e));
        assertEquals(Modality.ASSERTED, EventsOf.byRules("CONSULT", "Li headed a CPC delegation to pay a goodwill visit to Tanzania"
                + " in order to enhance mutual understanding.").modality());
        assertTrue(EventsOf.noAssertedByRules("CONSULT", "Belarus will dispatch an official to Moscow to join talks."));
    }

    @Test
    void aDeedAWarHasSeenWasDone() {
        EventMention e = EventsOf.byRules("ASSAULT", "The civil war has seen rebel forces seize almost half of the country.");
        assertEquals(Modality.ASSERTED, e.modality());
        assertEquals(List.of("rebel forces"), EventsOf.actors(e));
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "We will see the rebels seize the capital."));
    }

    @Test
    void oneMadeToActPastALongObjectActs() {
        EventMention e = EventsOf.byRules("REQUEST", "The rape triggered outrage among locals and prompted the prefectural governor,"
                + " Masahide Ota, to seek the complete withdrawal of American troops by 2015.");
        assertEquals(Modality.ASSERTED, e.modality());
        assertEquals(List.of("Masahide Ota"), EventsOf.actors(e));
    }

    @Test
    void whatAGatheringWasHeldToDemandWasDemanded() {
        EventMention e = EventsOf.byRules("REQUEST", "Hollywood star Cate Blanchett led a group of Australian celebrities in a Sydney"
                + " beach ceremony Friday to appeal for calm after race riots this week.");
        assertEquals(Modality.ASSERTED, e.modality());
        assertEquals(List.of("Cate Blanchett"), EventsOf.actors(e));
        assertTrue(EventsOf.noAssertedByRules("REQUEST", "The opposition will hold a meeting on Friday to demand the resignation"
                + " of the prime minister."));
    }

    @Test
    void aSecondInfinitiveSharesTheFirstsDeed() {
        List<EventMention> both = EventsOf.allByRules("The world-renowned researcher was forced to step down from his official"
                + " posts and offer an apology on November 24.").stream().filter(e -> e.category().equals("CONCEDE") && e.asserted()).toList();
        assertEquals(2, both.size(), both::toString);
        assertTrue(EventsOf.noAssertedByRules("CONCEDE", "He plans to step down and offer an apology."));
    }

    @Test
    void whatFollowedOnlyToBeDoneWasDone() {
        EventMention e = EventsOf.byRules("RETREAT", "Pinochet was first ordered under house arrest in late October on other charges"
                + " only to be released on parole a few days later.");
        assertEquals(Modality.ASSERTED, e.modality());
        assertEquals("Pinochet", EventsOf.recipient(e));
    }

    @Test
    void anAbilityToldInThePastWasUsed() {
        EventMention e = EventsOf.byRules("REQUEST", "The ASEAN countries have been able to persuade Myanmar to make this visit.");
        assertEquals(Modality.ASSERTED, e.modality());
        assertEquals("Myanmar", EventsOf.recipient(e));
        assertTrue(EventsOf.noAssertedByRules("COERCE", "Police will be able to arrest the suspects."));
    }

    @Test
    void whatWasNotPreventedTookPlace() {
        EventMention e = EventsOf.byRules("ASSAULT", "Gotovina is accused of failing to prevent the massacre of about 150 ethnic Serb"
                + " civilians during a Croatian offensive.");
        assertEquals(Modality.ASSERTED, e.modality());
        assertEquals("civilians", EventsOf.recipient(e));
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "The army vowed to prevent the massacre of civilians."));
    }

    @Test
    void theTwoSidesActPastAnAdverb() {
        assertEquals(List.of("two sides"), EventsOf.actors(EventsOf.byRules("AGREE",
                "The two sides also agreed on a roadmap for the talks.")));
    }
}
