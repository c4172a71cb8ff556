package org.newsgraph.extract.event;

import static org.newsgraph.extract.event.EventsOf.recipient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.event.EventsOf.events;
import static org.newsgraph.extract.event.EventsOf.only;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who acts and who is acted on, per rule family of the sixth round, each on a short text run through the whole extraction. */
class EventArgumentsTest {

    @Test
    void coordinatedSubjectsWithTitlesMeetEachOther() {
        EventMention e = only("CONSULT", "French President Jacques Chirac and German Chancellor Gerhard Schroeder met in Berlin on Monday.");
        assertTrue(actors(e).contains("Jacques Chirac"), e.toString());
        assertEquals("Gerhard Schroeder", recipient(e));
    }

    @Test
    void bothSidesNameNoRecipient() {
        EventMention e = only("REQUEST", "Norway urged both sides to return to the negotiating table.");
        assertEquals(List.of("Norway"), actors(e));
        assertNull(e.recipient());
    }

    @Test
    void theObjectOfAnInfinitiveAfterACallIsNoRecipient() {
        assertNull(only("REQUEST", "Germany called for tougher action to stop Iran from enriching uranium.").recipient());
    }

    @Test
    void aPassiveSubjectThatIsAThingIsNoRecipient() {
        assertNull(only("REJECT", "The peace plan was rejected on Sunday.").recipient());
    }

    @Test
    void aClauseOpenedByAfterHasItsOwnSubject() {
        EventMention e = only("REJECT", "The president resigned a week after the budget was rejected by parliament.");
        assertEquals(List.of("parliament"), actors(e));
        assertNull(e.recipient());
    }

    @Test
    void anOutcomeClauseNamesTheVictimsOfAnAttack() {
        assertEquals("civilians", recipient(only("ASSAULT", "A car bomb exploded near a market in Baghdad, killing 12 civilians.")));
    }

    @Test
    void theOtherSideOfClashesAttacksThoseKilledInThem() {
        EventMention e = only("ASSAULT", "Five soldiers were killed in clashes with Tamil Tiger rebels on Sunday.");
        assertTrue(actors(e).get(0).contains("Tiger"), e.toString());
        assertEquals("soldiers", recipient(e));
    }

    @Test
    void aVerbOfDoingBeforeAPatientNounKeepsItsSubjectAsTheActor() {
        EventMention e = only("ASSAULT", "The army has stepped up targeted killings of militant leaders.");
        assertEquals(List.of("army"), actors(e));
        assertEquals("militant leaders", recipient(e));
    }

    @Test
    void whoeverDrawsCriticismFromSomeoneIsItsTarget() {
        EventMention e = only("ACCUSE", "Japan drew sharp criticism from China on Monday.");
        assertEquals(List.of("China"), actors(e));
        assertEquals("Japan", recipient(e));
    }

    @Test
    void anAntiModifierNamesTheTargetNotTheAttacker() {
        EventMention e = only("ASSAULT", "The ruling sparked a wave of anti-American bombings.");
        assertTrue(e.actors().isEmpty(), e.toString());
        assertEquals("American", recipient(e));
    }

    @Test
    void aDescriptionAloneCanBeTheSubject() {
        assertEquals(List.of("foreign minister"), actors(only("REQUEST", "The foreign minister also urged restraint.")));
    }

    @Test
    void anOffensiveToToppleSomeoneTargetsThem() {
        assertEquals("Robert Mugabe", recipient(only("ASSAULT", "The rebels launched an offensive to topple President Robert Mugabe.")));
    }

    @Test
    void firingOnACarTargetsThePeopleItCarries() {
        assertEquals("police officers", recipient(only("ASSAULT", "Gunmen opened fire on a car carrying three police officers.")));
    }

    @Test
    void anOrderToSomeoneIsARequest() {
        EventMention e = only("REQUEST", "President Kibaki ordered the army to withdraw from the border.");
        assertEquals(List.of("Kibaki"), actors(e));
        assertEquals("army", recipient(e));
    }

    @Test
    void theMostVocalOpponentRejects() {
        assertEquals(List.of("Spain"), actors(only("REJECT", "Spain emerged as the most vocal opponent of the plan.")));
    }

    @Test
    void meetingsThatTookPlaceAndParticipleMeetingsAreConsultations() {
        assertTrue(only("CONSULT", "The meeting took place on Friday in Geneva.").asserted());
        EventMention e = only("CONSULT", "EU foreign ministers, meeting in Luxembourg on Monday, discussed the budget.");
        assertEquals(List.of("foreign ministers"), actors(e));
    }

    @Test
    void aBoycottAfterDespiteIsAssertedThoughTheMainClauseIsFuture() {
        EventMention e = only("PROTEST", "The elections will go ahead despite a boycott by opposition parties.");
        assertTrue(e.asserted());
        assertEquals(List.of("opposition parties"), actors(e));
    }

    @Test
    void peopleReleasedAreFreedButReleasedReportsAreNot() {
        assertEquals("aid workers", recipient(only("RETREAT", "Two aid workers were released unharmed on Friday.")));
        assertTrue(events("The annual report was released on Friday.").stream().noneMatch(e -> e.category().equals("RETREAT")));
    }

    @Test
    void aDescribedPersonCanBeTheRecipient() {
        assertEquals("defence secretary", recipient(only("COERCE", "Police detained Thursday a former defence secretary.")));
    }

    @Test
    void troopsWithdrawnAreTheActorsOfTheWithdrawal() {
        EventMention e = only("RETREAT", "The talks led to the withdrawal of Syrian troops from Lebanon.");
        assertTrue(actors(e).get(0).contains("Syrian"), e.toString());
    }

    @Test
    void aJointPledgeIsAnAgreementButASinglePledgeIsNot() {
        EventMention e = only("AGREE", "China and Russia pledged to deepen their cooperation in space.");
        assertEquals(List.of("China", "Russia"), actors(e));
        assertTrue(events("Iran pledged to continue its nuclear program.").stream().noneMatch(x -> x.category().equals("AGREE")));
    }

    @Test
    void aListAfterAPrepositionIsNoSubject() {
        EventMention e = only("PROTEST", "The Kurds came from all over Germany, the Netherlands and Belgium for the demonstration.");
        assertEquals(List.of("Kurds"), actors(e));
    }

    @Test
    void aParticipleAdjectiveDoesNotHideTheSubject() {
        EventMention e = only("ASSAULT", "Fighting resumed after retreating Islamist fighters opened fire on government troops.");
        assertTrue(actors(e).get(0).contains("fighters"), e.toString());
    }

    @Test
    void aTownsCountryInAPlacePhraseIsNoSubject() {
        EventMention e = only("RETREAT", "The hostages held in a prison in Valledupar, Colombia, were released on Sunday.");
        assertEquals("hostages", recipient(e));
    }

    @Test
    void aCityBeforeACommonNounIsNoTarget() {
        assertNull(only("ASSAULT", "Al-Qaida claimed the suicide bombings on three Amman hotels.").recipient());
    }

    @Test
    void aSuicideBomberIsTheAttackerAndWhomHeDroveIntoTheTarget() {
        EventMention e = only("ASSAULT", "A suicide bomber drove his car into mourners at a funeral.");
        assertEquals(List.of("suicide bomber"), actors(e));
        assertEquals("mourners", recipient(e));
    }

    @Test
    void pushingForSomethingIsARequestAndFinancialSupportIsAid() {
        assertEquals(List.of("United States"), actors(only("REQUEST", "The United States is pushing for a Security Council vote.")));
        assertEquals("Indonesia", recipient(only("AID", "Japan provided financial support to Indonesia.")));
    }

    @Test
    void whomARefusalIsTowardIsItsRecipient() {
        EventMention e = only("REJECT", "Bachelet refused to give Pinochet full state honors.");
        assertEquals("Pinochet", recipient(e));
    }

    @Test
    void easedRestrictionsAreForTheirBeneficiaries() {
        assertEquals("Pakistanis", recipient(only("CONCEDE", "India eased travel restrictions for Pakistanis on Monday.")));
    }

    @Test
    void servicesOrderedAreTheRecipients() {
        assertEquals("security services", recipient(only("REQUEST", "Abbas ordered all the security services to catch the attackers.")));
    }

    @Test
    void negotiationsAmongPartiesAreHeldByThem() {
        EventMention e = only("CONSULT", "Negotiations are still going on among the European Union members on the budget.");
        assertEquals("multilateral", e.mode());
        assertTrue(actors(e).toString().contains("European Union"), e.toString());
    }

    @Test
    void aMediatorIsTheThirdPartyActor() {
        EventMention e = only("CONSULT", "The ceasefire held after intense mediation by Egypt.");
        assertEquals("third-party", e.mode());
        assertEquals(List.of("Egypt"), actors(e));
    }

    @Test
    void theBodyAMemberIsExpelledFromSanctionsHim() {
        EventMention e = only("SANCTION", "Smith was expelled from the Labour Party on Friday.");
        assertEquals("membership", e.mode());
        assertEquals("Smith", recipient(e));
    }

    @Test
    void blameIsPutOnThePartyAfterOn() {
        assertEquals("rebels", recipient(only("ACCUSE", "The army blamed the bombing on rebels.")));
        assertEquals("rebels", recipient(only("ACCUSE", "The bombing was blamed on rebels.")));
    }

    @Test
    void withdrawnSupportSanctionsItsFormerBeneficiary() {
        EventMention e = only("SANCTION", "The Congress party withdrew its support to the Gujral government.");
        assertTrue(actors(e).toString().contains("Congress"), e.toString());
    }

    @Test
    void representativesAndManagementAreParties() {
        EventMention e = only("CONSULT", "Labour representatives met with management in a boardroom on Monday.");
        assertTrue(actors(e).toString().contains("representatives"), e.toString());
        assertEquals("management", recipient(e));
    }

    @Test
    void managementOfSomethingIsNoParty() { // and with no party blamed, blaming is no accusation at all
        assertTrue(events("Zhao blamed poor management of the coal mine for the accident.").stream()
                .noneMatch(e -> e.category().equals("ACCUSE") && e.recipient() != null));
    }

    @Test
    void theHostsOfAVisitBySomeoneAreTheClauseSubject() {
        EventMention e = only("CONSULT", "Brazil signed nothing during a visit by Russian Foreign Minister Sergei Lavrov.");
        assertEquals(List.of("Sergei Lavrov"), actors(e));
        assertEquals("Brazil", recipient(e));
    }

    @Test
    void whoIsDemandedToActIsTheRecipient() {
        EventMention e = only("REQUEST", "The council adopted a resolution demanding Syria cooperate fully with the inquiry.");
        assertEquals("Syria", recipient(e));
    }

    @Test
    void sanctionsLiftedOnAPartyBenefitIt() {
        assertEquals("Iraq", recipient(only("CONCEDE", "The council approved the lifting of sanctions on Iraq.")));
    }

    @Test
    void whoADemandIsMadeFromIsTheRecipient() {
        assertEquals("Syria", recipient(only("REQUEST", "The ambassador renewed the demand for full cooperation from Syria.")));
    }
}
