package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ninety-second round: a side "between" whom talks or a deal are, named by its title after its state's possessive, is
 * the person. The case failed on the code before the round.
 */
class EventArgumentsOfRound92Test {

    @Test
    void aSideNamedByItsTitleAfterItsStatesPossessiveIsThePerson() {
        EventMention e = EventsOf.byRules("AGREE", "In the MOU, signed between China's Commerce Minister Bo Xilai and Egyptian"
                + " Minister of Trade Rashid Mohamed Rashid, the African country agreed to import goods.");
        assertEquals(List.of("Bo Xilai"), EventsOf.actors(e));
        EventMention talks = EventsOf.byRules("CONSULT", "Talks between Israel's Prime Minister Ehud Olmert and Mahmoud Abbas"
                + " began on Monday.");
        assertEquals(List.of("Ehud Olmert"), EventsOf.actors(talks));
        assertEquals("Mahmoud Abbas", EventsOf.recipient(talks));
    }
}
