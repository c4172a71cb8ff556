package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.allByRules;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.noAssertedByRules;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forty-seventh round: tolls counted since an earlier attack, claims about another party, states named by an epithet,
 * names in apposition, praise won from a party, passives that share a subject, and talks engaged in. The rules are
 * tested alone.
 */
class EventTollsAndEpithetsTest {

    private static List<EventMention> of(String category, String text) {
        return allByRules(text).stream().filter(e -> e.category().equals(category)).toList();
    }

    @Test
    void aTollCountedSinceAnEarlierAttackIsASecondEvent() {
        List<EventMention> es = of("ASSAULT", "At least 26 Israeli soldiers have been killed in south Lebanon since the"
                + " Jewish state's offensive against Hezbollah guerrillas in the region in April 1996.");
        assertEquals(2, es.size(), es::toString);
        assertTrue(es.stream().anyMatch(e -> "soldiers".equals(recipient(e))));
        assertTrue(es.stream().anyMatch(e -> "Hezbollah".equals(recipient(e)) && actors(e).equals(List.of("Jewish state"))));
        List<EventMention> arms = of("ASSAULT", "More than 37,000 people have been killed since the rebel group took up arms"
                + " against the government in 1984.");
        assertEquals(2, arms.size(), arms::toString);
        // an attack and its toll in one clause stay one event
        assertEquals(1, of("ASSAULT", "A suicide bombing killed nine Afghans on Sunday.").size());
    }

    @Test
    void aClaimAboutAnotherPartyIsAnAllegation() {
        EventMention e = byRules("ACCUSE", "Paul also claimed Dar had functioned as a spokesman for the Lashker.");
        assertEquals(List.of("Paul"), actors(e));
        assertEquals("Dar", recipient(e));
        assertEquals("MNCL", recipient(byRules("ACCUSE", "He claimed that the MNCL had many supporters, some of whom were"
                + " taking part in the armed uprising.")));
        assertTrue(noAssertedByRules("ACCUSE", "China claimed Monday that its economy grew by 10 percent."));
        // not a claim about the speaker's own side, nor about what was done to a party's people
        assertTrue(noAssertedByRules("ACCUSE", "The spokesman claimed that three Afghans loyal to the movement carried out the"
                + " bombings."));
        assertTrue(noAssertedByRules("ACCUSE", "He claimed that Tsvangirai's bodyguards were made members of the council."));
        assertTrue(noAssertedByRules("ACCUSE", "Hamas claimed responsibility for the attack."));
    }

    @Test
    void aStateNamedByAnEpithetIsAParty() {
        assertEquals("Jewish state", recipient(byRules("AGREE", "Two Arab countries, Egypt and Jordan, have inked peace"
                + " agreements with the Jewish state.")));
        assertEquals("breakaway former Soviet republic", recipient(byRules("ASSAULT", "Russian troops launched an offensive"
                + " against the breakaway former Soviet republic in 1999.")));
        // a state yet to be is no party
        assertTrue(noAssertedByRules("SUPPORT", "Hamas wants support for an Islamic state."));
    }

    @Test
    void aNameInAppositionToACommonObjectIsTheParty() {
        EventMention e = byRules("SUPPORT", "The United States had backed a different right-winger, Eduardo Montealegre,"
                + " for president.");
        assertEquals("Eduardo Montealegre", recipient(e));
        assertEquals("Kazakhstan", recipient(byRules("AGREE", "China signed an agreement with the Asian country of"
                + " Kazakhstan.")));
    }

    @Test
    void praiseWonFromAPartyIsGivenByIt() {
        EventMention e = byRules("SUPPORT", "China has won wide praise from the United Nations.");
        assertTrue(e.asserted());
        assertEquals(List.of("United Nations"), actors(e));
        assertEquals("China", recipient(e));
        EventMention drew = byRules("SUPPORT", "Blair also drew warm praise from a host of other EU leaders for the deal.");
        assertEquals(List.of("EU"), actors(drew));
        assertEquals("Blair", recipient(drew));
        // praise still to be won is not had
        assertTrue(noAssertedByRules("SUPPORT", "China hopes to win praise from the United Nations."));
    }

    @Test
    void aPassiveJoinedByButSharesTheSubjectBeforeIt() {
        EventMention e = byRules("COERCE", "Williams abandoned the trailer in Victoria, Texas after discovering the dead"
                + " bodies but was later arrested in Houston.");
        assertEquals("Williams", recipient(e));
        assertEquals("people", recipient(byRules("ASSAULT", "Five people were killed and 20 were wounded in the attack.")));
    }

    @Test
    void partiesEngagedInTalksHoldThem() {
        EventMention e = byRules("CONSULT", "Abbas and Prime Minister Ismail Haneya have been engaged in talks for months"
                + " to form a unity government.");
        assertEquals(List.of("Abbas", "Ismail Haneya"), actors(e));
        assertEquals("Ismail Haneya", recipient(e));
        assertEquals(List.of("Abbas"), actors(byRules("CONSULT", "Abbas has been engaged in talks with Haneya.")));
    }

    @Test
    void whatCriticsSayOfAPartyIsAnAccusation() {
        EventMention e = byRules("ACCUSE", "Critics say Mugabe has ruined the economy.");
        assertEquals(List.of("Critics"), actors(e));
        assertEquals("Mugabe", recipient(e));
        // an accusing verb makes its own event, not a second one
        assertEquals(1, of("ACCUSE", "Gazprom says the fee will rise, while critics accuse the giant company of using energy as a"
                + " weapon.").size());
        assertTrue(noAssertedByRules("ACCUSE", "Officials say Mugabe has improved the economy."));
    }

    @Test
    void aTripAndAMeetingToldByTwoVerbsAreTwoContacts() {
        List<EventMention> es = of("CONSULT", "Pohamba and his delegation arrived here on Tuesday and met Nathan earlier on"
                + " Wednesday, the statement said.");
        assertEquals(2, es.size(), es::toString);
        assertTrue(es.stream().anyMatch(e -> "Nathan".equals(recipient(e))));
        // a trip for talks is one contact
        assertEquals(1, of("CONSULT", "Bush arrived in Jordan Wednesday evening for talks with King Abdullah II.").size());
    }

    @Test
    void attacksOfDifferentKindsListedSideBySideAreEventsOfTheirOwn() {
        List<EventMention> es = of("ASSAULT", "Violence rages in Iraq as kidnappings, sectarian killings, car bombings,"
                + " roadside bombs claim dozens of Iraqi lives daily.");
        assertEquals(2, es.size(), es::toString); // two attacks of different kinds, as the annotators code the list (since
                                                  // the ninety-first round the kidnappings and the car bombings)
    }

    @Test
    void aTakingAndAKillingShareTheirDoerAndVictim() {
        List<EventMention> es = of("ASSAULT", "Gunmen kidnapped and killed two engineers.");
        assertEquals(2, es.size(), es::toString);
        assertTrue(es.stream().allMatch(e -> actors(e).equals(List.of("Gunmen")) && "two engineers".equals(recipient(e))));
        // two verbs of one shooting stay one event
        assertEquals(1, of("ASSAULT", "Gunmen shot and killed two policemen.").size());
    }

    @Test
    void aTripToldByAVerbAndTalksToldByANounAreTwoContacts() {
        List<EventMention> es = of("CONSULT", "Annan, who arrived here late Monday, made the remarks at a press conference"
                + " after talks with Egyptian Foreign Minister Ahmed Abul Gheit.");
        assertEquals(2, es.size(), es::toString);
        assertTrue(es.stream().anyMatch(e -> "Ahmed Abul Gheit".equals(recipient(e))));
    }

    @Test
    void contactsSetApartByAWordOfTimeAreTwoOccasions() {
        List<EventMention> es = of("CONSULT", "Salomao arrived in Zimbabwe on Thursday after visiting Namibia, Madagascar,"
                + " Swaziland and Zambia.");
        assertEquals(2, es.size(), es::toString);
        assertTrue(es.stream().anyMatch(e -> "Zimbabwe".equals(recipient(e))));
    }

    @Test
    void aWarVowedAndADestructionSwornAreThreats() {
        EventMention e = byRules("THREATEN", "Hamas refuses to recognize Israel and is sworn to the Jewish state's"
                + " destruction.");
        assertEquals(List.of("Hamas"), actors(e));
        assertEquals("Jewish state", recipient(e));
        assertEquals(List.of("Islamists"), actors(byRules("THREATEN", "The Islamists vowed to dig in for a long war with"
                + " Ethiopia.")));
        assertTrue(noAssertedByRules("THREATEN", "The premier vowed to prevent civil war from breaking out again in"
                + " Lebanon."));
    }

    @Test
    void anAgreementNamedAfterWhatItStopsIsMade() {
        EventMention e = byRules("AGREE", "According to the cessation of hostilities agreement between the government and"
                + " the rebels, the fighters are supposed to assemble.");
        assertTrue(e.asserted());
        assertEquals("rebels", recipient(e));
        assertTrue(noAssertedByRules("ASSAULT", "Israel declared a moratorium on attacks in Gaza."));
    }
}
