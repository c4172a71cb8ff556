package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.noAssertedByRules;
import static org.newsgraph.extract.event.EventsOf.recipient;

import org.junit.jupiter.api.Test;

/**
 * Forty-fifth round: acts told before and answered under a modal, decisions taken by a vote, support given or shown
 * on arrival, bodies that met among themselves, and wrongs a statement lays on a party. The rules are tested alone.
 */
class EventAnswersAndGatheringsTest {

    @Test
    void aDemandAnsweredUnderAModalWasMade() {
        EventMention e = byRules("REQUEST", "Ugandan President Yoweri Museveni will not answer a call by rebels for talks"
                + " with Lord's Resistance Army (LRA) leader Joseph Kony.");
        assertTrue(e.asserted());
        assertEquals("rebels", actors(e).get(0));
        assertTrue(byRules("THREATEN", "Denmark would not be swayed by Chinese warnings of retaliation.").asserted());
    }

    @Test
    void anActOnlyWeighedUnderAModalIsNotAsserted() {
        assertTrue(noAssertedByRules("SANCTION", "Iran said it would consider sanctions against Israel."));
        assertTrue(noAssertedByRules("ASSAULT", "Israel is interested in quiet, but would not accept attacks on its"
                + " citizens."));
    }

    @Test
    void aVoteOrAChoiceToBackIsSupportGiven() {
        EventMention e = byRules("SUPPORT", "Delegates from Chevenement's party on Sunday voted to back Royal in the next"
                + " elections due in April and May.");
        assertTrue(e.asserted());
        assertEquals("Royal", recipient(e));
        assertTrue(byRules("SUPPORT", "The NDP chose to back the Conservatives following failed talks with the Liberals.")
                .asserted());
        assertTrue(noAssertedByRules("SUPPORT", "Members will vote to back Royal next week."));
    }

    @Test
    void aLoneQuantifierIsTheSubjectOfItsVerb() {
        EventMention e = byRules("ACCUSE", "Both accuse the resurgent nationalists, who have been successful in a series"
                + " of recent state polls, of religious bigotry.");
        assertTrue(e.asserted());
        assertTrue(recipient(e).endsWith("nationalists"));
    }

    @Test
    void supportGivenToAPartyIsSupportButNotToACurrency() {
        EventMention e = byRules("SUPPORT", "The ministry also gave full support to the Harbin Veterinary Institute.");
        assertEquals("Harbin Veterinary Institute", recipient(e));
        assertTrue(noAssertedByRules("SUPPORT", "The data gave some support to the dollar, traders said."));
    }

    @Test
    void supportShownOnArrivalWasShown() {
        EventMention e = byRules("SUPPORT", "Blair flew in to offer support to his embattled counterpart Nuri al-Maliki.");
        assertTrue(e.asserted());
        assertEquals("Nuri al-Maliki", recipient(e));
        assertTrue(noAssertedByRules("SUPPORT", "Bush will fly to Jordan to offer support to Maliki."));
    }

    @Test
    void officialsOrABodyThatMetHeldAMeeting() {
        assertTrue(byRules("CONSULT", "Officials from various government ministries met Wednesday to discuss a"
                + " comprehensive plan for fighting against the bird flu.").asserted());
        assertTrue(byRules("CONSULT", "The Group 20 is an informal forum which first met in December 1999 following the"
                + " Asian financial crisis.").asserted());
        assertTrue(noAssertedByRules("CONSULT", "The Assembly, which meets twice a year, should be more transparent."));
        assertTrue(noAssertedByRules("CONSULT", "Officials met the demands of the workers."));
    }

    @Test
    void aPartySaidToHaveViolatedARuleIsAccusedByTheSpeaker() {
        EventMention e = byRules("ACCUSE", "But Steiner said that in banning the officials, Petric had \"violated the"
                + " constitution of Bosnia-Hercegovina.\"");
        assertParties("Steiner", "Petric", e);
        assertTrue(e.statement() != null, "the accusation is the statement's");
        assertTrue(noAssertedByRules("ACCUSE", "He said Iran had not violated the treaty."));
        assertTrue(noAssertedByRules("ACCUSE", "The spokesman said the rules were violated."));
    }

    @Test
    void aParticipleAfterAnAdjunctAndAnAdverbSharesTheMainSubject() {
        assertParties("Paul Gascoigne", "photographer", byRules("ASSAULT", "Former England star Paul Gascoigne has been"
                + " arrested after allegedly assaulting a photographer outside a Liverpool hotel."));
    }

    @Test
    void aPersonalPronounThatHarmsSomeoneNamedIsAnAttacker() {
        EventMention e = byRules("ASSAULT", "The following night he suffocated Aguda with a pillow.");
        assertEquals("Aguda", recipient(e));
        assertTrue(noAssertedByRules("ASSAULT", "In its most aggressive form, it has killed more than 150 people worldwide,"
                + " the World Health Organization has said."));
    }

    @Test
    void whatAVerbOfMakingHadItsObjectDoWasDoneByThatObject() {
        EventMention e = byRules("ASSAULT", "The powerful blast prompted the US soldiers to open fire haphazardly, wounding"
                + " two civilians.");
        assertTrue(e.asserted());
        assertEquals("soldiers", actors(e).get(0));
        EventMention retreat = byRules("RETREAT", "Ethiopia launched a heavy attack against the Islamists, forcing them to"
                + " retreat from front line townships.");
        assertTrue(retreat.asserted());
        assertTrue(actors(retreat).stream().noneMatch(a -> a.equals("Ethiopia")), "the attacker did not retreat");
    }

    @Test
    void anActHelpedAlongOrDoneOftenHappened() {
        assertTrue(byRules("CONSULT", "Annan appointed Diego Cordovez, an Ecuadoran diplomat who helped negotiate the"
                + " Soviet withdrawal from Afghanistan.").asserted());
        EventMention e = byRules("REQUEST", "Until recently, Israel used to demand unconditional release of Corporal Gilad"
                + " Shalit.");
        assertTrue(e.asserted());
        assertEquals("Israel", actors(e).get(0));
        assertTrue(noAssertedByRules("CONSULT", "He will help negotiate the withdrawal."));
    }

    @Test
    void aViolentDeedSomeoneIsChargedWithIsCodedBesideTheCharge() {
        assertParties("marines", "woman", byRules("ASSAULT", "The Philippines said Monday it cannot ask the US government"
                + " to hand over the six US marines accused of raping a 22-year-old Filipino woman early this month."));
        assertEquals("men", actors(byRules("ASSAULT", "Two men have been arrested on suspicion of murdering the prostitutes"
                + " from the eastern English port town of Ipswich.")).get(0));
        EventMention accused = byRules("ASSAULT", "The six US marines were accused by a Filipino young woman of raping her"
                + " at the former US navy base in Subic Bay.");
        assertTrue(actors(accused).stream().noneMatch(a -> a.contains("woman")), "the accuser is not the doer");
    }

    @Test
    void aRaisedAlertIsAMobilization() {
        EventMention e = byRules("MOBILIZE", "Pakistan has placed two airports in southwest Balochistan province on red alert"
                + " following intelligence reports about threats of terrorist attacks.");
        assertEquals("Pakistan", actors(e).get(0));
        assertTrue(byRules("MOBILIZE", "First degree security alerts were said to have been imposed in Rangoon, Mandalay"
                + " and two other cities.").asserted());
    }

    @Test
    void aHangingOrADeathPenaltyUpheldIsASentencing() {
        assertEquals("Saddam Hussein", recipient(byRules("COERCE", "Human Rights Watch condemned the hanging of deposed"
                + " Iraqi dictator Saddam Hussein.")));
        assertEquals("Saddam", recipient(byRules("COERCE", "Within hours of Saddam's dawn hanging in Baghdad, a car bomb"
                + " exploded.")));
        EventMention e = byRules("COERCE", "A Ho Chi Minh City appeals court upheld the death penalty for four people"
                + " convicted of embezzling.");
        assertTrue(recipient(e).endsWith("people"));
        assertTrue(byRules("COERCE", "A Libyan court condemned the six medics to death on Monday.").asserted());
        assertTrue(noAssertedByRules("COERCE", "The UN condemned the attack."));
    }

    @Test
    void aMissionOrADealBlockedIsRejected() {
        EventMention e = byRules("REJECT", "Israel has blocked a UN human rights fact-finding mission led by Desmond Tutu.");
        assertEquals("Israel", actors(e).get(0));
        assertEquals("veto", e.mode());
    }

    @Test
    void aReprisalPromisedOnAConditionIsAThreatByTheSpeaker() {
        EventMention e = byRules("THREATEN", "Gingrich told President Jiang Zemin during a visit to China last week that the"
                + " United States would be prepared to intervene if China attacked Taiwan.");
        assertParties("Gingrich", "China", e);
        assertTrue(e.statement() != null, "the threat is the statement's");
        assertTrue(recipient(byRules("THREATEN", "\"If we are hit in our countries, we will not stop striking you in your"
                + " country,\" Zawahiri said.")) == null, "our countries are the speaker's");
        assertTrue(noAssertedByRules("THREATEN", "\"While the product may not carry the label, we will respond truthfully"
                + " if asked\" by journalists, Mark Furlong said."));
    }

    /** The event's first actor and its recipient are these. */
    private static void assertParties(String actor, String recipient, EventMention e) {
        assertEquals(actor, actors(e).get(0));
        assertEquals(recipient, recipient(e));
    }
}
