package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.event.EventsOf.only;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who acts and who is acted on, per rule family of the eleventh round (argument precision), each on a short text. */
class EventReactionArgumentsTest {

    @Test
    void whoCondemnsAnAttackDidNotCarryItOut() {
        EventMention e = only("ASSAULT", "Japan on Friday condemned the attack on a refugee camp in northern Sri Lanka.");
        assertTrue(e.actors().isEmpty(), e.toString());
    }

    @Test
    void everyPartyOfAListAfterFromActs() {
        EventMention e = only("ACCUSE", "The plan drew criticism from Russia, China and France.");
        assertEquals(List.of("Russia", "China", "France"), actors(e));
    }

    @Test
    void theOwnerOfAThingThatReceivesSupportIsItsRecipient() {
        EventMention e = only("SUPPORT", "Denmark's motion received support from Norway and Sweden.");
        assertEquals(List.of("Norway", "Sweden"), actors(e));
        assertEquals("Denmark", e.recipient() == null ? null : e.recipient().text());
    }

    @Test
    void aNameAfterAnOpeningPhraseAndALongTitleActs() {
        EventMention e = only("CONSULT", "After a meeting with Zambian officials, the director of the World Heritage Center"
                + " Kishore Rao said conservation would improve.");
        assertEquals(List.of("Kishore Rao"), actors(e));
    }

    @Test
    void aResearcherWithABodyActsForIt() {
        EventMention e = only("REQUEST", "A senior researcher with the State Council has called on Beijing to reform the hukou system.");
        assertEquals(List.of("State Council"), actors(e));
    }

    @Test
    void aNounsRecipientIsNotLookedForPastItsRelativeClause() {
        EventMention e = only("ASSAULT", "Rice condemned a suicide bombing in which five Israelis were killed and called on Palestinians to act.");
        assertTrue(e.recipient() == null || !e.recipient().text().equals("Palestinians"), e.toString());
        assertNull(e.actor(), e.toString());
    }
}
