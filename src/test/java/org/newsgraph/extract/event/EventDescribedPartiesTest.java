package org.newsgraph.extract.event;

import static org.newsgraph.extract.event.EventsOf.recipient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.only;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fifteenth round: a slot the name rules leave empty is filled by the noun phrase in it when its head describes a
 * party, with the surface and the parse agreeing on the slot (see {@link DescribedParties}); a visit with no
 * counterpart takes the visited country.
 */
class EventDescribedPartiesTest {

    @Test
    void anOfficeAfterTalksWithIsTheRecipient() {
        EventMention e = only("CONSULT", "Badawi added that his talks with the US president were very smooth.");
        assertEquals("US president", recipient(e));
    }

    @Test
    void aCollectiveAfterTheCategorysPrepositionIsTheRecipient() {
        EventMention e = only("ASSAULT", "The Ugandan military has been carrying out lethal offensives against armed warriors.");
        assertEquals("armed warriors", recipient(e));
    }

    @Test
    void theCompaniesAnAgreementIsReachedWithAreTheRecipient() {
        EventMention e = only("AGREE", "Iraq has reached an agreement with foreign oil companies on the contracts.");
        assertEquals("foreign oil companies", recipient(e));
    }

    @Test
    void aThingInTheSlotIsNoRecipient() {
        EventMention e = only("CONSULT", "Badawi added that his talks with the US on trade were very smooth.");
        assertEquals("US", recipient(e));
        EventMention f = only("AGREE", "The two sides reached an agreement with great difficulty on Monday.");
        assertNull(f.recipient(), () -> recipient(f));
    }

    @Test
    void aDescribedBodyBeforeTheVerbIsTheActor() {
        EventMention e = only("PROTEST", "Zimbabwe's top union body has held several protests demanding a solution.");
        assertEquals(List.of("top union body"), actors(e));
    }

    @Test
    void theVisitedCountryIsTheRecipientOfAVisitWithNoCounterpart() {
        EventMention e = only("CONSULT", "That interest was at the forefront of Wen's visit to the site of the reactor in southern France.");
        assertEquals("France", recipient(e));
    }

    @Test
    void aVisitedRegionIsNoRecipient() {
        EventMention e = only("CONSULT", "Solana started a visit to the Middle East on Nov. 11.");
        assertNull(e.recipient(), () -> recipient(e));
    }

    @Test
    void aCollectiveAfterByActsInANounTrigger() {
        EventMention e = only("ASSAULT", "The village was emptied after repeated attacks by armed tribesmen on Monday.");
        assertEquals(List.of("armed tribesmen"), actors(e));
    }

    @Test
    void aDescribedPossessorActsInANounTrigger() {
        EventMention e = only("PROTEST", "The dockers' strike paralysed the port on Monday.");
        assertEquals(List.of("dockers"), actors(e));
    }

    @Test
    void aNameInAppositionToTheDescribedPartyIsTheRecipient() {
        EventMention e = only("CONSULT", "Hariri traveled to Edmonton for a meeting with the provincial premier, Ralph Klein, on Saturday.");
        assertEquals("Ralph Klein", recipient(e));
    }

    @Test
    void aPersonVisitedInACountryLeavesTheCountryOut() {
        List<EventMention> es = EventsOf.asserted("CONSULT", "On Monday the minister visited his physiotherapist in Ireland.");
        es.forEach(e -> assertNull(e.recipient(), () -> recipient(e)));
    }

    @Test
    void theDescribedSubjectOfAPassiveIsTheRecipient() {
        EventMention e = only("ACCUSE", "Several village leaders were held responsible for the clashes, the report said.");
        assertEquals("Several village leaders", recipient(e));
    }

    @Test
    void aDescribedSubjectAfterButActs() {
        EventMention e = only("REJECT", "The aid agency sought permission, but military commanders rejected the appeal on Monday.");
        assertEquals(List.of("military commanders"), actors(e));
    }
}
