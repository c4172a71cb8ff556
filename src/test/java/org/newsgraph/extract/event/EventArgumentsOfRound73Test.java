package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seventy-third round, the rules alone. Found by reading the rules' events on news from outside the bench corpus (the
 * TimeBank and PolNeAR texts of the evaluation sets): look-alikes (a speech wound up, the most wanted list, a fax sent to
 * the police, skeet shot, a mistake made by mistake or owned, a slated visit, a test met, assault forces, attacks called
 * names, a candidate's rally, papers released, what is critical to success, one called to learn something, support one
 * seeks to show, unrest one seeks to provoke) and missed events (missile strikes launched, attacks that claimed lives, one
 * called unfit, unrest touched off, a cooperation plan signed); each beside the real event it must leave alone.
 */
class EventArgumentsOfRound73Test {

    @Test
    void aSpeechWoundUpWoundsNoOne() {
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "''The battle has been won,'' Castro said as he wound up his speech at"
                + " Havana's Karl Marx Theater."));
        assertNotNull(EventsOf.byRules("ASSAULT", "Gunmen wounded three policemen in Kirkuk on Monday."));
    }

    @Test
    void theMostWantedListIsAName() {
        assertTrue(EventsOf.noAssertedByRules("ACCUSE", "He was the 456th person to be placed on the FBI's most wanted list,"
                + " which began in 1950."));
        assertNotNull(EventsOf.byRules("ACCUSE", "He is one of the most wanted militants in Iraq."));
    }

    @Test
    void missileStrikesLaunchedAreAttacksNotStrikes() {
        String text = "U.S. forces Thursday launched cruise missile strikes against alleged terrorist camps in Afghanistan.";
        assertEquals(List.of("U.S. forces"), EventsOf.actors(EventsOf.byRules("ASSAULT", text)));
        assertTrue(EventsOf.noAssertedByRules("PROTEST", text));
    }

    @Test
    void aFaxSentToThePoliceMovesNoForce() {
        assertTrue(EventsOf.noAssertedByRules("MOBILIZE", "Earlier that day, the Slepian family sent a fax to local police."));
        assertNotNull(EventsOf.byRules("MOBILIZE", "The government sent 500 police to the border town on Monday."));
    }

    @Test
    void skeetShotIsNoShooting() {
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "Men smoking cigars after shooting skeet at the club said their"
                + " feelings were mixed."));
    }

    @Test
    void aMistakeMadeByMistakeOrOwnedIsNoCensure() {
        assertTrue(EventsOf.noAssertedByRules("ACCUSE", "They had been sent to his house by mistake, Moskal said."));
        assertTrue(EventsOf.noAssertedByRules("ACCUSE", "Clinton said it was a mistake to use private email."));
        assertNotNull(EventsOf.byRules("ACCUSE", "\"The post 9/11 decision to invade Iraq was a terrible mistake and the"
                + " current debacle will have repercussions,\" the paper added."));
    }

    @Test
    void aSlatedVisitIsNotYetMade() {
        assertTrue(EventsOf.noAssertedByRules("CONSULT", "Kimotho said he and Bushnell had been talking about the slated visit"
                + " of U.S. President Bill Clinton."));
    }

    @Test
    void aTestMetIsNoMeeting() {
        assertTrue(EventsOf.noAssertedByRules("CONSULT", "The INS decided that Gonzalez met the test that calls for custody"
                + " reverting to the sole surviving parent."));
    }

    @Test
    void assaultForcesAreAUnit() {
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "At least 50,000 U.S. troops are expected within weeks, including"
                + " Marines, Army air assault forces, paratroopers and infantry."));
    }

    @Test
    void attacksCalledNamesAreNotCalledOff() {
        assertTrue(EventsOf.noAssertedByRules("RETREAT", "The Cypriot government strongly condemned two terrorist bomb attacks"
                + " in Kenya and Tanzania Friday, calling them an \"atrocious crime.\""));
        assertNotNull(EventsOf.byRules("RETREAT", "The rebels called off their attacks on the capital on Sunday."));
    }

    @Test
    void aCandidatesOrACampaignRallyIsNoProtest() {
        assertTrue(EventsOf.noAssertedByRules("PROTEST", "Trump said during a Friday evening rally in Michigan that Clinton"
                + " had changed her mind."));
        assertTrue(EventsOf.noAssertedByRules("PROTEST", "Erdogan was convicted for reciting a poem during a political rally"
                + " in 1997."));
        assertNotNull(EventsOf.byRules("PROTEST", "Thousands of students held a rally in Dhaka against the government on"
                + " Sunday."));
    }

    @Test
    void papersReleasedAreNoCaptivesFreed() {
        assertTrue(EventsOf.noAssertedByRules("RETREAT", "The agency released roughly 5,500 more pages of emails on Monday."));
        assertEquals("women", EventsOf.recipient(EventsOf.byRules("RETREAT", "Gunmen released two Iranian women and a"
                + " statement on Friday.")));
    }

    @Test
    void whatIsCriticalToSuccessCriticisesNoOne() {
        assertTrue(EventsOf.noAssertedByRules("ACCUSE", "Barabak noted that the way Pence carried himself was critical to his"
                + " success."));
        assertNotNull(EventsOf.byRules("ACCUSE", "King Hussein has been highly critical of Netanyahu's policies."));
    }

    @Test
    void oneCalledUnfitIsCensured() {
        EventMention e = EventsOf.byRules("ACCUSE", "President Barack Obama called the Republican nominee \"unfit to serve\""
                + " as president.");
        assertEquals(List.of("Barack Obama"), EventsOf.actors(e));
        assertTrue(EventsOf.noAssertedByRules("REQUEST", "President Barack Obama called the Republican nominee \"unfit to"
                + " serve\" as president."));
    }

    @Test
    void oneCalledToLearnSomethingIsNotAskedToAct() {
        assertTrue(EventsOf.noAssertedByRules("REQUEST", "Bill Bruch said he called Haugland earlier this month to learn about"
                + " the plan."));
        assertNotNull(EventsOf.byRules("REQUEST", "The minister called the government to increase efforts against poverty."));
    }

    @Test
    void supportOneSeeksToShowIsNoRequest() {
        assertTrue(EventsOf.noAssertedByRules("REQUEST", "Albright headed Tuesday to East Africa, seeking to demonstrate"
                + " American support after the bombings."));
    }

    @Test
    void attacksThatClaimedLivesWereMade() {
        assertNotNull(EventsOf.byRules("ASSAULT", "In all, the bombings in Kenya and Tanzania last week claimed at least 217"
                + " lives."));
        EventMention e = EventsOf.byRules("ASSAULT", "The suicide bombing in Netanya on Monday claimed five lives.");
        assertEquals("suicide-bombing", e.mode());
    }

    @Test
    void unrestTouchedOffIsUnrestButNotWhatOneSeeksToProvoke() {
        assertNotNull(EventsOf.byRules("PROTEST", "The decision touched off protests in the Cuban-American community."));
        assertTrue(EventsOf.noAssertedByRules("PROTEST", "Somali officials said the Islamists were seeking to provoke new"
                + " unrest in the country."));
    }

    @Test
    void aCooperationPlanSignedIsAnAgreement() {
        EventMention e = EventsOf.byRules("AGREE", "Presidents Leonid Kuchma of Ukraine and Boris Yeltsin of Russia signed an"
                + " economic cooperation plan Friday.");
        assertTrue(EventsOf.actors(e).contains("Leonid Kuchma"));
    }

    @Test
    void aVehicleThatSlammedIntoSomethingCensuresNoOne() {
        assertTrue(EventsOf.noAssertedByRules("ACCUSE", "A garbage truck slammed into the toll plaza Thursday afternoon."));
        assertNotNull(EventsOf.byRules("ACCUSE", "Russia slammed the decision as illegal."));
    }

    @Test
    void aGunmanWhoEnteredABuildingMovedNoForce() {
        String text = "Ten years ago, a gunman entered his church in Fort Worth and killed seven people.";
        assertTrue(EventsOf.noAssertedByRules("MOBILIZE", text));
        assertNotNull(EventsOf.byRules("ASSAULT", text));
        assertNotNull(EventsOf.byRules("MOBILIZE", "Ethiopian troops entered Somalia on Sunday."));
    }

    @Test
    void productsReleasedAndFirmsNewsAreNoEvents() {
        assertTrue(EventsOf.noAssertedByRules("RETREAT", "In a Wednesday media event, Apple Inc. released a new lineup of"
                + " MacBook Air laptops."));
        assertTrue(EventsOf.noAssertedByRules("AID", "General Motors announced it has lost US$6 billion in the first quarter"
                + " of 2009."));
        assertTrue(EventsOf.noAssertedByRules("PROTEST", "It also demonstrates continuing problems at Suvarnabhumi airport."));
        assertNotNull(EventsOf.byRules("PROTEST", "Thousands of students demonstrated in the capital on Monday."));
    }

    @Test
    void namesReleasedAndPatientsDischargedAreNoCaptivesFreed() {
        assertTrue(EventsOf.noAssertedByRules("RETREAT", "The identities of Botkins and Creek were released Monday."));
        assertTrue(EventsOf.noAssertedByRules("RETREAT", "All other accident victims were treated and released."));
    }

    @Test
    void fireCrewsAndEstimatesArrivedAtAreNoEvents() {
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "California's state fire agency placed fire engines and crews in"
                + " position."));
        assertTrue(EventsOf.noAssertedByRules("CONSULT", "We will update this article once we learn how they arrived at their"
                + " estimates."));
        assertEquals(List.of("Israeli"), EventsOf.actors(EventsOf.byRules("ASSAULT", "Israeli fire killed two Palestinians"
                + " in Gaza.")));
    }

    @Test
    void anAttackDatedByItsDayOrYearWasMade() {
        assertNotNull(EventsOf.byRules("ASSAULT", "The State Department issued a caution in the aftermath of the Aug. 7"
                + " bombings at American embassies in Kenya."));
        List<EventMention> attacks = EventsOf.allByRules("Roughly 2,150 US soldiers have been killed since the 2003 invasion.")
                .stream().filter(x -> x.category().equals("ASSAULT") && x.asserted()).toList();
        assertEquals(2, attacks.size());
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "Police stayed on alert after the two bombings.")); // a count
    }

    @Test
    void separateMeetingsWithEachPartyIncluded() {
        List<EventMention> meetings = EventsOf.allByRules("Hu met, on separate occasions, with five African presidents,"
                + " including Denis Sassou-Nguesso of the Republic of Congo, Yoweri Museveni of Uganda and Paul Kagame of"
                + " Rwanda.").stream().filter(x -> x.category().equals("CONSULT")).toList();
        assertEquals(List.of("Denis Sassou-Nguesso", "Yoweri Museveni", "Paul Kagame"),
                meetings.stream().map(EventsOf::recipient).toList());
    }

    @Test
    void aPartySaidToBeBehindAnIncidentOrItsWorkIsAccused() {
        EventMention e = EventsOf.byRules("ACCUSE", "Embassy officials said Taliban remnants or al-Qaida fighters were behind"
                + " the incident and called for caution.");
        assertEquals(List.of("officials"), EventsOf.actors(e));
        e = EventsOf.byRules("ACCUSE", "The investigators said they thought the bomb hoaxes were the work of militants who"
                + " wished to create further disturbance.");
        assertEquals("militants", EventsOf.recipient(e));
        assertTrue(EventsOf.noAssertedByRules("ACCUSE", "Officials said the bridge was the work of Chinese engineers."));
    }

    @Test
    void anAttackNamedByItsPlaceWasMadeAndADatedOneIsNoVerbalAttack() {
        assertNotNull(EventsOf.byRules("ASSAULT", "The remains of over 40 percent of the victims from the World Trade Center"
                + " attack have never been identified."));
        assertNotNull(EventsOf.byRules("ASSAULT", "Democrats plan to release interview transcripts in an effort to disprove"
                + " Republican claims of breakthroughs in the investigation of the 2012 attacks."));
        assertNotNull(EventsOf.byRules("ACCUSE", "Labour, in its latest attack on the Tories, said the policy had failed."));
    }

    @Test
    void aRaidByTheLawIsASearchAndARaidByTroopsAnAttack() {
        EventMention e = EventsOf.byRules("COERCE", "Police carried out a raid on the home of the suspect on Monday.");
        assertEquals(List.of("Police"), EventsOf.actors(e));
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "Police carried out a raid on the home of the suspect on Monday."));
        assertNotNull(EventsOf.byRules("ASSAULT", "Israeli troops carried out a raid in Nablus on Monday."));
    }

    @Test
    void aTripBegunForTalksIsAVisitButNotOneForTreatment() {
        assertEquals("Beijing", EventsOf.recipient(EventsOf.byRules("CONSULT", "The minister left for Beijing on Monday for"
                + " talks with Chinese leaders.")));
        assertTrue(EventsOf.noAssertedByRules("CONSULT", "Chiluba first left for South Africa for medical treatment in"
                + " March."));
    }

    @Test
    void anEventMovedOffensiveWordsAndBrandedGoodsAreNoEvents() {
        assertTrue(EventsOf.noAssertedByRules("MOBILIZE", "Biden's July 8 event was moved after the shooting of several police"
                + " officers in Dallas."));
        assertNotNull(EventsOf.byRules("MOBILIZE", "The government moved troops to the border on Monday."));
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "ESPN Fires Schilling Over an Offensive Post."));
        assertNotNull(EventsOf.byRules("ASSAULT", "The army launched an offensive against the rebels in the north."));
        assertTrue(EventsOf.noAssertedByRules("ACCUSE", "The agreement was that Apple Computer would not sell music branded"
                + " with an apple."));
        assertNotNull(EventsOf.byRules("ACCUSE", "Critics branded the plan a failure."));
    }
}
