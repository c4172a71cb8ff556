package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Twenty-eighth round: the sides an event's complement names. The accused is the subject of a "that" clause after a
 * word of accusing; what is called for names no one asked unless an infinitive makes it the one asked; a body led by a
 * name acts through it; a participle after no auxiliary is said of the name before its comma, of the earlier verb's
 * subject, or of the noun it follows. The rules are tested alone: a learned model may fill the same slots.
 */
class EventComplementsTest {

    @Test
    void theSubjectOfAThatClauseIsTheAccused() {
        assertEquals("government", recipient(byRules("ACCUSE", "Banda accused that the government was blocking his trip to London.")));
        assertEquals("British troops", recipient(byRules("ACCUSE", "Police are investigating charges that British troops abused"
                + " villagers while on training missions.")));
    }

    @Test
    void aQuotedVerbStillMakesItsSubjectTheOneAsked() {
        assertEquals("Iran", recipient(byRules("REQUEST", "The commission demanded that Iran \"provide firm guarantees\" on the"
                + " writer's safety.")));
    }

    @Test
    void aDepartureAskedForNamesWhoShouldGo() {
        assertEquals("Berisha", recipient(byRules("REQUEST", "Opposition leaders on Friday called for the resignation of President"
                + " Berisha.")));
    }

    @Test
    void aPermissionRefusedNamesWhoWasRefused() {
        assertEquals("Belgian troops", recipient(byRules("REJECT", "Zambia refused permission to Belgian troops to land at Ndola.")));
    }

    @Test
    void whatIsCalledForNamesNoOneAsked() {
        assertNull(recipient(byRules("REQUEST", "China on Monday called for international aid to Pakistan.")));
        assertNull(recipient(byRules("REQUEST", "The minister called for technology transfer to African countries.")));
    }

    @Test
    void anInfinitiveMakesWhatIsCalledForTheOneAsked() {
        assertEquals("Mobutu", recipient(byRules("REQUEST", "Tshisekedi called for the ailing Mobutu to give way to democratic rule.")));
        assertEquals("supporters", recipient(byRules("REQUEST", "Raila called for his supporters to stay calm.")));
    }

    @Test
    void aBodyLedByANameActsThroughIt() {
        assertEquals(List.of("Ali Ahmed"), actors(byRules("CONSULT", "A five-member delegation led by Foreign Minister Ali Ahmed met"
                + " President Museveni on Monday.")));
        assertEquals(List.of("Netherlands"), actors(byRules("REQUEST", "A motion presented by the Netherlands called on Tehran to"
                + " release the prisoners.")));
    }

    @Test
    void aNameInTheAppositiveIsTheSubject() {
        assertEquals(List.of("Milton Friedman"), actors(byRules("CONSULT", "Winner of the Nobel prize in economics, the late Milton"
                + " Friedman, visited Pinochet in Santiago.")));
    }

    @Test
    void anInfinitivesByIsNotThePassivesAgent() {
        EventMention e = byRules("MOBILIZE", "Thousands of Saudi security forces have been deployed along the routes to be used by"
                + " the pilgrims.");
        assertFalse(actors(e).contains("pilgrims"), actors(e).toString());
    }

    @Test
    void aSidesUntaggedNameKeepsTheCoordination() {
        List<String> sides = actors(byRules("CONSULT", "The government and Maoist leaders met on Wednesday."));
        assertEquals("government", sides.get(0), sides.toString());
        assertTrue(sides.size() == 2, sides.toString());
    }

    @Test
    void aParticipleIsSaidOfTheNameBeforeItsComma() {
        assertEquals("Eritrea", recipient(byRules("ACCUSE", "A war would draw in Ethiopia's chief rival, Eritrea, also accused of"
                + " arming the Islamists.")));
    }

    @Test
    void aParticipleAfterACommaIsSaidOfTheEarlierVerbsSubject() {
        assertEquals("policemen", recipient(byRules("ACCUSE", "Eight policemen, including two sergeants, have been detained, accused"
                + " of negligence.")));
    }

    @Test
    void attacksTargetingSomethingNameIt() {
        assertEquals("banks", recipient(byRules("ASSAULT", "A series of firebomb attacks targeting banks in Athens occurred"
                + " overnight.")));
    }

    @Test
    void aParticipleIsSaidOfTheNounItFollows() {
        assertEquals("third paratrooper", recipient(byRules("ACCUSE", "Belgian gendarmes have arrested a third paratrooper accused of"
                + " sadism.")));
    }
}
