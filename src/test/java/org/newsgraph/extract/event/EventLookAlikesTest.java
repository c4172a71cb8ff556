package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.asserted;
import static org.newsgraph.extract.event.EventsOf.events;
import static org.newsgraph.extract.event.EventsOf.only;
import static org.newsgraph.extract.event.EventsOf.recipient;

import org.junit.jupiter.api.Test;

/**
 * Twenty-fourth round: words of events used for something else (leaving hospital, releasing a video, a life-threatening
 * injury, security that is already heightened), beside the events they still tell.
 */
class EventLookAlikesTest {

    @Test
    void leavingHospitalIsNoRelease() {
        String s = "California Governor Arnold Schwarzenegger was released from the hospital here Saturday, following"
                + " successful surgery on his right leg.";
        assertTrue(asserted("RETREAT", s).isEmpty(), () -> events(s).toString());
    }

    @Test
    void aVideoReleasedIsNoReleaseOfTheHostagesShownInIt() {
        String s = "Four hostages were shown on a video released by an insurgent group in Iraq, the al-Jazeera reported.";
        assertTrue(asserted("RETREAT", s).isEmpty(), () -> events(s).toString());
    }

    @Test
    void hostagesReleasedFromCaptivityStillAre() {
        EventMention e = only("RETREAT", "The rebels released two hostages from captivity on Sunday.");
        assertEquals("hostages", recipient(e));
    }

    @Test
    void aLifeThreateningInjuryIsNoThreat() {
        String s = "Security officials said none of the injuries were life threatening.";
        assertTrue(asserted("THREATEN", s).isEmpty(), () -> events(s).toString());
    }

    @Test
    void heightenedSecurityIsAStateNotAStep() {
        String s = "Polling stations opened at 8:00 a.m. amid heightened security in the volatile region.";
        assertTrue(asserted("MOBILIZE", s).isEmpty(), () -> events(s).toString());
        assertEquals(1, asserted("MOBILIZE", "Police heightened security around the parliament on Monday.").size());
    }

    @Test
    void peaceTalksAsAGoalAreNoRoundHeld() {
        String s = "Prospects of reviving long-stalled peace talks with the Palestinians are to be in the heart of the"
                + " March ballot, said analysts.";
        assertTrue(asserted("CONSULT", s).isEmpty(), () -> events(s).toString());
        assertEquals(1, asserted("CONSULT", "The first face-to-face peace talks between Zaire's warring parties officially"
                + " opened here Saturday.").size());
    }

    @Test
    void agreeingOnTheNeedIsAnOpinionNotADeal() {
        String s = "OPEC oil ministers agree on the need to restrict their oil production but have not decided on the"
                + " timing of an output cut.";
        assertTrue(asserted("AGREE", s).isEmpty(), () -> events(s).toString());
    }

    @Test
    void attacksFearedOrAnsweredInGeneralAreNoAttack() {
        String s = "The red alert put on the airports in Quetta and Gwadar indicates a high risk of terror attacks, a"
                + " security source said.";
        assertTrue(asserted("ASSAULT", s).isEmpty(), () -> events(s).toString());
    }

    @Test
    void strikeLeadersAndDemonstrationFarmsAreNoProtest() {
        String s = "Arafat met with strike leaders on Saturday and rejected their pay demands.";
        assertTrue(asserted("PROTEST", s).isEmpty(), () -> events(s).toString());
        String f = "China will set up 10 special agricultural technology demonstration centers in Africa.";
        assertTrue(asserted("PROTEST", f).isEmpty(), () -> events(f).toString());
    }

    @Test
    void visitingAThingIsNoConsultationButAVisitToACountryIs() {
        String s = "\"China highly stresses the development of such vehicles,\" said Zeng when visiting an ongoing"
                + " exhibition of auto technologies in Beijing.";
        assertTrue(asserted("CONSULT", s).isEmpty(), () -> events(s).toString());
        assertEquals("France", recipient(only("CONSULT", "Chinese Premier Wen Jiabao paid an official visit to France"
                + " on Monday.")));
    }

    @Test
    void theVisitingForcesOfAnAgreementVisitNoOne() {
        String s = "According to the Visiting Forces Agreement signed by the United States and the Philippines in 1999,"
                + " the US has custody of the soldiers.";
        assertTrue(asserted("CONSULT", s).isEmpty(), () -> events(s).toString());
        assertEquals(1, asserted("AGREE", s).size());
    }
}
