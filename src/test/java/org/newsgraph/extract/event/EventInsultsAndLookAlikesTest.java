package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.noAssertedByRules;
import static org.newsgraph.extract.event.EventsOf.recipient;

import org.junit.jupiter.api.Test;

/**
 * Forty-third round, besides dates: names in quotation marks that insult, support pledged, and look-alikes of support,
 * protest and accusation. The rules are tested alone.
 */
class EventInsultsAndLookAlikesTest {

    @Test
    void anInsultInQuotationMarksIsCriticism() {
        EventMention e = byRules("ACCUSE", "Zhu's switch of allegiance had caused resentment from a few Chinese, who called her"
                + " \"traitor\", but her immense popularity remains undented.");
        assertEquals("Zhu", recipient(e));
        assertTrue(noAssertedByRules("ACCUSE", "Zhu called her new album \"Home\"."), "a title is no insult");
    }

    @Test
    void supportExpressedIsANounAndSupportPledgedAVerb() {
        assertTrue(noAssertedByRules("SUPPORT", "Barsky expressed confidence the two aircraft supported by 29 crew would be"
                + " capable of extinguishing forest fires over large areas."));
        assertTrue(byRules("SUPPORT", "India's political crisis ended Tuesday with the Congress pledging to support a new"
                + " Front-led alliance.").asserted());
    }

    @Test
    void marketRalliesAndTheAccusedAreNoEvents() {
        assertTrue(noAssertedByRules("PROTEST", "Dealers said the US rally had little impact on the Malaysian market."));
        assertTrue(noAssertedByRules("ACCUSE", "A deal with the families would mean that they accept \"blood money\" in lieu of"
                + " the execution of the accused."));
    }
}
