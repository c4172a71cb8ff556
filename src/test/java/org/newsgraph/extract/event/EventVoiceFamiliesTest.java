package org.newsgraph.extract.event;

import static org.newsgraph.extract.event.EventsOf.recipient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.events;
import static org.newsgraph.extract.event.EventsOf.only;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Twenty-first round: voice (coordinated, reported and charge passives), whose clause a subject belongs to, and names
 * the taggers leave bare (long titles and descriptors, a lone surname, a common noun opening the sentence).
 */
class EventVoiceFamiliesTest {

    @Test
    void aTitleOfSeveralWordsLeadsToTheName() {
        EventMention e = only("CONSULT", "Prince Bandar met Secretary of State Condoleezza Rice on Monday.");
        assertEquals("Condoleezza Rice", recipient(e));
    }

    @Test
    void aLongDescriptorBeforeATitleLeadsToTheName() {
        EventMention e = only("CONSULT", "On Monday Peruvian President Alberto Fujimori met with top hostage mediator"
                + " Archbishop Juan Luis Cipriani.");
        assertEquals("Juan Luis Cipriani", recipient(e));
    }

    @Test
    void aCoordinatedVerbSharesTheMainSubjectNotTheReportedOne() {
        EventMention e = only("ACCUSE", "Blair claimed the Conservatives saw inequality as a sign of success and accused"
                + " them of denigrating the health service.");
        assertEquals(List.of("Blair"), actors(e));
        assertEquals("Conservatives", recipient(e));
    }

    @Test
    void reportedKilledIsPassive() {
        EventMention e = only("ASSAULT", "Two Indians, including a child, were reported killed and eight others injured"
                + " Saturday in the shooting.");
        assertTrue(e.actors().isEmpty(), e::toString);
        assertEquals("Indians", recipient(e));
    }

    @Test
    void aParticipleAfterAndSharesThePassiveAndItsAgent() {
        EventMention e = only("COERCE", "An Islamic teacher was convicted of terrorism by an Indonesian court Wednesday and"
                + " sentenced to a lifetime jail term.");
        assertEquals(List.of("court"), actors(e));
        assertEquals("Islamic teacher", recipient(e));
    }

    @Test
    void accusedOfIsPassive() {
        EventMention e = only("ACCUSE", "Five former border guard officers went on trial in Berlin Friday accused of"
                + " installing deadly mines along the frontier.");
        assertTrue(e.actors().isEmpty(), e::toString);
        assertEquals("former border guard officers", recipient(e));
    }

    @Test
    void aPastTenseAfterWasIsAParticiple() {
        EventMention e = only("REJECT", "Oday Adnan Al Tekriti, 38, was initially refused a visa after he arrived in the country.");
        assertTrue(e.actors().isEmpty(), e::toString);
        assertEquals("Oday Adnan Al Tekriti", recipient(e));
    }

    @Test
    void theCityBeforeABombingIsNoAttacker() {
        List<EventMention> es = events("Since then the group has launched a string of attacks, including the 2002 Bali bombings.");
        assertFalse(es.isEmpty());
        assertTrue(es.stream().noneMatch(e -> actors(e).contains("Bali")), es::toString);
    }

    @Test
    void theSpeakersAfterAPassiveAreNotItsAgents() {
        EventMention e = only("ASSAULT", "At least six people were killed when a bomb exploded in the tribal region on"
                + " Saturday, officials and locals said.");
        assertTrue(e.actors().isEmpty(), e::toString);
        assertEquals("people", recipient(e));
    }

    @Test
    void theSpeakerIsNotTheSubjectOfWhatIsReported() {
        List<EventMention> es = events("Saudi officials say the fire killed at least 343 people during the annual pilgrimage.");
        assertTrue(es.stream().noneMatch(e -> actors(e).contains("Saudi officials")), es::toString);
    }

    @Test
    void theSubjectAfterABeingPassiveSuffersIt() {
        EventMention e = only("COERCE", "Despite being officially banned, the Muslim Brotherhood won 88 seats.");
        assertEquals("Muslim Brotherhood", recipient(e));
    }

    @Test
    void aTownBeforePoliceLeavesThePolice() {
        EventMention e = only("REQUEST", "Hamburg police appealed to people who had any contact with Kovtun to come forward.");
        assertEquals(List.of("police"), actors(e));
    }

    @Test
    void anAgeAfterTheOneAskedDoesNotCutTheRequest() {
        EventMention e = only("REQUEST", "Yudhoyono said Friday he had asked Budiono, 62, to help him rearrange his economic team.");
        assertEquals("Budiono", recipient(e));
    }

    @Test
    void twoLeadersWhoHadAMeetingMet() {
        EventMention e = only("CONSULT", "Mesic and his Slovenian counterpart Janez Drnovsek had an informal meeting on"
                + " Thursday in Miljana.");
        assertEquals(List.of("Mesic", "Janez Drnovsek"), actors(e));
    }

    @Test
    void pluralPartiesAgreeAmongThemselves() {
        EventMention e = only("AGREE", "The ministers agreed that trade barriers should be lowered.");
        assertEquals(List.of("ministers"), actors(e));
    }

    @Test
    void aCapitalisedCommonNounOpeningTheSentenceIsADescribedSubject() {
        EventMention e = only("ACCUSE", "Commentators have accused Saddam of trying to hijack the trial.");
        assertEquals(List.of("Commentators"), actors(e));
    }

    @Test
    void aLoneProperNounBeforeTheVerbIsASurname() {
        List<EventMention> es = events("Ban arrived in Japan on Sunday and held talks with his Japanese counterpart Taro Aso.");
        assertFalse(es.isEmpty());
        assertTrue(es.stream().allMatch(e -> actors(e).equals(List.of("Ban"))), es::toString);
    }

    @Test
    void anObjectPronounIsNotItsOwnClausesSubject() {
        EventMention e = only("SUPPORT", "President Susilo Bambang Yudhoyono received a telephone call from World Bank"
                + " president Paul Wolfowitz who congratulated him on his anniversary.");
        assertEquals(List.of("Paul Wolfowitz"), actors(e));
        assertEquals("Susilo Bambang Yudhoyono", recipient(e));
    }

    @Test
    void lockedUpIsAnArrest() {
        only("COERCE", "One of them, accused of badly treating children, has been locked up.");
    }

    @Test
    void capturedSoldiersAreTakenPrisoner() {
        EventMention e = only("COERCE", "His men also captured 100 SPLA soldiers and 315 automatic rifles.");
        assertEquals(List.of("men"), actors(e));
    }

    @Test
    void aParticipleOpeningTheSentenceIsPassive() {
        EventMention e = only("COERCE", "Arrested by then Colonel Mobutu in December, he died two months later.");
        assertEquals(List.of("Mobutu"), actors(e));
    }

    @Test
    void aFirmsContractIsNoPoliticalAgreement() {
        List<EventMention> es = events("The Swedish telecommunications giant Ericsson said Tuesday that it had signed a big"
                + " contract to run the entire network.");
        assertTrue(es.stream().noneMatch(e -> e.category().equals("AGREE")), es::toString);
    }

    @Test
    void blamingThingsAccusesNoOne() {
        List<EventMention> es = events("Ota blamed rainy weather and slow income growth for the recent weak consumption data.");
        assertTrue(es.stream().noneMatch(e -> e.category().equals("ACCUSE")), es::toString);
    }

    @Test
    void theOneBlamedMayFollowARelativeClause() {
        EventMention e = only("ACCUSE", "He blamed the attack, which took place Wednesday, on terrorist organisations who do"
                + " not want peace.");
        assertEquals("terrorist organisations", recipient(e));
    }

    @Test
    void aWarningToANamedPartyThreatensIt() {
        EventMention e = only("THREATEN", "Japan had previously warned Russia that a failure to receive gas would set back relations.");
        assertEquals(List.of("Japan"), actors(e));
        assertEquals("Russia", recipient(e));
    }

    @Test
    void aWarningOfWhatFollowsUnlessIsAThreat() {
        List<EventMention> es = events("They have warned of street protests if the demand was not met.");
        assertTrue(es.stream().anyMatch(e -> e.category().equals("THREATEN")), es::toString);
        assertTrue(es.stream().noneMatch(e -> e.category().equals("PROTEST") && e.asserted()), es::toString);
    }

    @Test
    void anUntaggedNameAfterMetWithIsTheCounterpart() {
        EventMention e = only("CONSULT", "Rubin met with Muoi in the Independence Palace, the former presidential palace.");
        assertEquals("Muoi", recipient(e));
    }

    @Test
    void aTitlesNameAfterACommaIsTheCounterpart() {
        EventMention e = only("CONSULT", "Minister of Foreign Affairs Per Stig Moeller met with the Palestinian president,"
                + " Mahmoud Abbas, in Ramallah on Sunday.");
        assertEquals("Mahmoud Abbas", recipient(e));
    }

    @Test
    void aTitleOfABodyLeadsToItsHoldersName() {
        EventMention e = only("CONSULT", "Earlier in the day, Talabani also met Chairman of the Expediency Council Akbar"
                + " Hashemi Rafsanjani.");
        assertTrue(recipient(e).endsWith("Rafsanjani"), e::toString);
    }

    @Test
    void aParticipleAfterWhenSharesTheMainSubject() {
        EventMention e = only("CONSULT", "When meeting with Kabbah, Hu said the relations between the two countries have"
                + " developed smoothly.");
        assertEquals(List.of("Hu"), actors(e));
        assertEquals("Kabbah", recipient(e));
    }

    @Test
    void pluralPartiesMeetAmongThemselves() {
        EventMention e = only("CONSULT", "Senior Likud officials met at party headquarters in Tel Aviv on Wednesday.");
        assertFalse(e.actors().isEmpty(), e::toString);
    }

    @Test
    void aPersonNounBeforeAPassiveKillingIsItsVictim() {
        EventMention e = only("ASSAULT", "A 25-year-old Buddhist trader was gunned down at his mobile stall in Narathiwat,"
                + " police said.");
        assertEquals("25-year-old Buddhist trader", recipient(e));
    }

    @Test
    void aTotalOfIsAnAmountBeforeTheVictims() {
        EventMention e = only("ASSAULT", "A total of 24 Hezbollah fighters were killed in the attacks, it added.");
        assertTrue(recipient(e).contains("Hezbollah"), e::toString);
    }

    @Test
    void aDayBetweenAppealAndForKeepsTheRequest() {
        only("REQUEST", "A US-based Christian relief group appealed here Friday for prompt food aid.");
    }

    @Test
    void dispersingSupportersCoerces() {
        EventMention e = only("COERCE", "Police dispersed about 1,000 supporters of Ershad's Jatiya Party after they went unruly.");
        assertEquals(List.of("Police"), actors(e));
    }

    @Test
    void hurtInThePassiveIsAnAttack() {
        EventMention e = only("ASSAULT", "At least five policemen were also hurt in the fighting on Monday in Lingotam village.");
        assertEquals("policemen", recipient(e));
    }

    @Test
    void aBombUsedAgainstSomeoneIsAnAttack() {
        EventMention e = only("ASSAULT", "A French Mirage 2000-D warplane used a laser-guided bomb against Taliban units in"
                + " the south of Afghanistan.");
        assertEquals("Taliban", recipient(e));
    }

    @Test
    void radicalsClashingWithPoliceRiot() {
        EventMention e = only("PROTEST", "The celebrations were marred, however, by clashes between hooded radicals and"
                + " police officers.");
        assertEquals("riot", e.mode());
    }

    @Test
    void quittingInProtestIsAProtest() {
        EventMention e = only("PROTEST", "Four members of Bangladesh's interim cabinet have quit in protest at the"
                + " president's decision to deploy the army.");
        assertEquals("president", recipient(e));
    }

    @Test
    void aRelativeClauseInsideAnAppositiveIsPassedOver() {
        EventMention e = only("COERCE", "Watson, a 46-year old Canadian citizen who is also the co-founder of Greenpeace, was"
                + " arrested at Amsterdam's Schiphol airport on April 2.");
        assertEquals("Watson", recipient(e));
    }

    @Test
    void anIncludingListIsPassedOver() {
        EventMention e = only("ASSAULT", "Locals said that eight people, including four men, one woman and three children"
                + " were killed in the incident on Saturday morning.");
        assertEquals("people", recipient(e));
    }

    @Test
    void troopsStationedSomewhereAreNoDeployment() {
        List<EventMention> es = events("The Netherlands had about 1,400 troops stationed in the southern province at the time.");
        assertTrue(es.stream().noneMatch(e -> e.category().equals("MOBILIZE")), es::toString);
    }

    @Test
    void forcesDeployedInThePassiveDeployThemselves() {
        EventMention e = only("MOBILIZE", "Lebanese troops and armored vehicles were heavily deployed in the capital as"
                + " protesters packed streets.");
        assertEquals(List.of("Lebanese troops"), actors(e));
    }

    @Test
    void troopsPledgedForAForceAreMilitaryAid() {
        EventMention e = only("AID", "Eight European countries have pledged troops for the force.");
        assertEquals("military", e.mode());
    }

    @Test
    void anAttacksNounTakesNoAttackerFromTheClauseSubject() {
        EventMention e = only("ASSAULT", "Ministers praised a security plan designed to thwart suicide attacks that killed"
                + " almost 40 people during January's election.");
        assertTrue(e.actors().isEmpty(), e::toString);
    }

    @Test
    void aDoerVerbFarBeforeTheAttacksNounNamesTheAttacker() {
        EventMention e = only("ASSAULT", "The PKK has intensified landmine and remote-control bomb attacks against security forces.");
        assertEquals(List.of("PKK"), actors(e));
    }

    @Test
    void aVisitToAPlaceMeetsNoParty() {
        List<EventMention> es = events("Later Wen paid a visit to the institute researching medicines for bird flu.");
        assertTrue(es.stream().noneMatch(e -> e.category().equals("CONSULT") && e.asserted()), es::toString);
    }

    @Test
    void attackHelicoptersAreNoAttack() {
        List<EventMention> es = events("The deal involves 30 Russian military attack and transport helicopters.");
        assertTrue(es.stream().noneMatch(e -> e.category().equals("ASSAULT")), es::toString);
    }

    @Test
    void supportInThePollsIsNoEvent() {
        List<EventMention> es = events("British public support for the war has slipped amid mounting violence.");
        assertTrue(es.stream().noneMatch(e -> e.category().equals("SUPPORT")), es::toString);
    }

    @Test
    void untilSomeoneAgreesIsNotYet() {
        List<EventMention> es = events("All six states have agreed to impose some sanctions until Iran agrees to suspend"
                + " the enrichment.");
        assertTrue(es.stream().noneMatch(e -> e.category().equals("AGREE") && e.asserted() && actors(e).contains("Iran")),
                es::toString);
    }

    @Test
    void aBudgetAllocatedIsNoAid() {
        List<EventMention> es = events("Zambian government has allocated 198 billion kwacha for the implementation of the plan.");
        assertTrue(es.stream().noneMatch(e -> e.category().equals("AID")), es::toString);
    }
}
