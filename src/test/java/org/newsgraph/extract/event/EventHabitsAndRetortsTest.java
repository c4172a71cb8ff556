package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.allByRules;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Thirty-first round: events of new words (investigations of a wrong, being wanted by the law) and look-alikes that are
 * no event (visits as a habit or to friends, requests in the passive that name neither side, retorts and scores in the
 * words of violence, standards met). The rules are tested alone.
 */
class EventHabitsAndRetortsTest {

    private static boolean none(String category, String text) {
        return allByRules(text).stream().noneMatch(e -> e.category().equals(category));
    }

    @Test
    void anInvestigationOfAWrongWithAPartyAccuses() {
        assertEquals(List.of("UN"), actors(byRules("ACCUSE", "Syria has fully cooperated with a UN probe into the murder of"
                + " Rafiq Hariri, an official said.")));
        assertEquals(List.of("British police"), actors(byRules("ACCUSE", "British police probing the killings of five women said they"
                + " would make an announcement.")));
    }

    @Test
    void anInvestigationLeavesTheWrongToTheAttackRules() {
        assertTrue(allByRules("Syria has fully cooperated with a UN probe into the murder of Rafiq Hariri, an official said.")
                .stream().anyMatch(e -> e.category().equals("ASSAULT")));
    }

    @Test
    void beingWantedByTheLawAccusesTheOneWanted() {
        EventMention e = byRules("ACCUSE", "Al-Zawahiri, a wanted man by Washington, warned of more attacks.");
        assertEquals(List.of("Washington"), actors(e));
        assertEquals(List.of("Norway"), actors(byRules("ACCUSE", "He is also wanted in Norway for two other protest actions.")));
    }

    @Test
    void aVisitAsAHabitOrToFriendsMeetsNoParty() {
        assertTrue(none("CONSULT", "The tourist, who has visited Malaysia some 15 times, praised its food."));
        assertTrue(none("CONSULT", "The senior abbot, who has visited some 30 countries, said he uses mobile phones."));
        assertTrue(none("CONSULT", "He was detained on April 1 on a visit here to friends and relatives."));
        assertTrue(none("CONSULT", "A cardiologist who visited the 72 hostages said they were in good shape."));
    }

    @Test
    void aRequestInThePassiveThatNamesNeitherSideIsNoEvent() {
        assertTrue(none("REQUEST", "Several dioceses have gone bankrupt after being ordered to pay huge penalties."));
        assertEquals("Israeli army", recipient(byRules("REQUEST", "The Israeli army has been ordered to avoid friction with"
                + " the Palestinians.")));
    }

    @Test
    void retortsAndScoresAreNoAttacks() {
        assertTrue(none("ASSAULT", "But the US had shot back that it was not talking to Cuba."));
        assertTrue(none("ASSAULT", "Anwar was freed in 2004 and is now storming back onto the political stage."));
        assertTrue(none("ASSAULT", "Defending champion Kiyoshi Miyazato fired a 67 at the Naha Golf Club."));
    }

    @Test
    void meetingAStandardIsNoMeeting() {
        assertTrue(none("CONSULT", "The alliance will invite those countries who meet NATO's performance-based standards."));
    }

    @Test
    void aPredicateAPartyIsHeldForIsNoRecipient() {
        EventMention e = byRules("ACCUSE", "It includes Hezbollah, a group with its own guerrillas that Washington regards as a"
                + " terrorist organization.");
        assertNotEquals("terrorist organization", recipient(e));
    }
}
