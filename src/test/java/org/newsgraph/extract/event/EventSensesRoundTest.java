package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Senses of the thirteenth round (categories PLOVER and CAMEO assign), each on a short invented text. */
class EventSensesRoundTest {

    private static List<EventMention> asserted(String text, String category) {
        return EventsOf.asserted(category, text);
    }

    @Test
    void suspendedTalksAreADiplomaticSanctionNotAMeeting() {
        String text = "Peru has suspended talks with Chile over the maritime border.";
        assertEquals(1, asserted(text, "SANCTION").size());
        assertTrue(asserted(text, "CONSULT").isEmpty());
    }

    @Test
    void protestAddressedToAPartyIsAnAccusation() {
        String text = "Latvia protested to the Belarusian authorities on Monday after the border incident.";
        assertEquals(1, asserted(text, "ACCUSE").size());
        assertTrue(asserted(text, "PROTEST").isEmpty());
    }

    @Test
    void deployingPeacekeepersIsAid() {
        String text = "The United Nations has deployed 2,000 peacekeepers to monitor the truce in the north.";
        assertEquals(1, asserted(text, "AID").size());
        assertTrue(asserted(text, "MOBILIZE").isEmpty());
    }

    @Test
    void agreeingWithAPartyThatIsSupport() {
        String text = "\"I agree with the IMF that the deficit poses a risk,\" said Smith.";
        assertEquals(1, asserted(text, "SUPPORT").size());
        assertTrue(asserted(text, "AGREE").isEmpty());
    }

    @Test
    void ownManoeuvresAreMobilization() {
        assertEquals(1, asserted("Pakistan began large military maneuvers near the border on Monday.", "MOBILIZE").size());
    }

    @Test
    void strippingOfPowersIsASanction() {
        assertEquals(1, asserted("The governor was stripped of his powers by parliament on Friday.", "SANCTION").size());
    }

    @Test
    void attackInCaseOfIsHypothetical() {
        assertTrue(asserted("The two states signed a pact in 1990 to defend each other in case of attacks by a third"
                + " country.", "ASSAULT").isEmpty());
    }

    @Test
    void gunfightIsAnAssault() {
        assertEquals(1, asserted("Two soldiers died in a gunfight with rebels near Jolo on Monday.", "ASSAULT").size());
    }

    @Test
    void seekingSanctionsIsARequest() {
        assertEquals(1, asserted("Britain and France are seeking sanctions against the regime.", "REQUEST").size());
    }
}
