package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule families of the eleventh round (recall on fresh wire text), each on a short text run through the extraction. */
class EventRecallFamiliesTest {

    private static List<EventMention> asserted(String text, String category) {
        return EventsOf.asserted(category, text);
    }

    @Test
    void demandStatedByAProtestThatTookPlaceIsAsserted() {
        List<EventMention> es = asserted("Hundreds of farmers rallied outside the parliament in Lima on Friday to urge"
                + " the government to cancel the debts.", "REQUEST");
        assertEquals(1, es.size(), es::toString);
        assertEquals("government", es.get(0).recipient().text());
    }

    @Test
    void demandOfAProtestOnlyPlannedStaysHypothetical() {
        assertTrue(asserted("Farmers plan to rally outside the parliament on Friday to urge the government to cancel"
                + " the debts.", "REQUEST").isEmpty());
    }

    @Test
    void visitBegunByAnArrivalIsAsserted() {
        List<EventMention> es = asserted("Chilean President Michelle Bachelet arrived in Buenos Aires on Monday to visit"
                + " Argentina.", "CONSULT");
        assertEquals(1, es.size(), es::toString);
    }

    @Test
    void violenceToldByItsTollIsAnAssault() {
        List<EventMention> es = asserted("Three days of fighting in the northern hills killed 40 people.", "ASSAULT");
        assertEquals(1, es.size(), es::toString);
        assertTrue(es.get(0).recipient().text().contains("people"), es::toString);
    }

    @Test
    void couldNotAcceptIsARejection() {
        assertEquals(1, asserted("Iran said on Sunday that it could not accept the proposal.", "REJECT").size());
    }
}
