package org.newsgraph.extract.event;

import static org.newsgraph.extract.event.EventsOf.recipient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.asserted;
import static org.newsgraph.extract.event.EventsOf.only;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Participants read in the twentieth round: people named by a common noun, coordinated sides, titles before names. */
class EventParticipantFamiliesTest {

    @Test
    void aVictimNamedByAPersonNounIsTheRecipient() {
        EventMention e = only("ASSAULT", "British police said the murders of five young prostitutes shocked the town.");
        assertEquals("five young prostitutes", recipient(e));
    }

    @Test
    void theOneAccusedOfSomethingIsTheRecipient() {
        EventMention e = only("ACCUSE", "Victims' relatives often accuse management of having little regard for safety.");
        assertEquals("management", recipient(e));
    }

    @Test
    void aPersonNounBeforeAPassiveIsNoThing() {
        EventMention e = only("ACCUSE", "The politicians and bureaucrats are accused of siphoning off government funds.");
        assertNotNull(e.recipient(), e::toString);
        assertTrue(recipient(e).contains("politicians"), e::toString);
    }

    @Test
    void aTitleAfterANationalityLeadsToTheName() {
        EventMention e = only("ASSAULT", "Turkish Foreign Ministry on Tuesday strongly condemned killing of Lebanese Industry"
                + " Minister Pierre Gemayel.");
        assertEquals("Pierre Gemayel", recipient(e));
    }

    @Test
    void theVictimOfACondemnedKillingIsNotTheOneAccused() {
        EventMention e = only("ACCUSE", "Turkish Foreign Ministry on Tuesday strongly condemned killing of Lebanese Industry"
                + " Minister Pierre Gemayel.");
        assertNull(e.recipient(), e::toString);
    }

    @Test
    void bothSidesOfAnAgreementAreRead() {
        EventMention e = only("AGREE", "President Hamid Karzai and his Pakistani counterpart Pervez Musharaf reached an"
                + " agreement on Monday.");
        assertEquals(List.of("Hamid Karzai", "Pervez Musharaf"), actors(e));
    }

    @Test
    void anAcronymInBracketsRepeatsTheNameBeforeIt() {
        EventMention e = only("AGREE", "China and the European Union (EU) signed a Memorandum of Understanding on Friday.");
        assertEquals(2, e.actors().size(), e::toString);
        assertEquals("China", e.actors().get(0).text());
    }

    @Test
    void anAppositionIsNoList() {
        EventMention e = only("COERCE", "Watson, a 46-year old Canadian citizen, was arrested at the airport on April 2.");
        assertEquals("Watson", recipient(e));
    }

    @Test
    void aNounBeforeAGroupNounIsPartOfIt() {
        EventMention e = only("ASSAULT", "Many died when troops fired on street protesters in Santiago.");
        assertEquals("protesters", recipient(e));
    }

    @Test
    void aMeetingIsNotWithAPrivatePerson() {
        List<EventMention> es = asserted("CONSULT", "On Monday the minister visited his physiotherapist in Ireland.");
        es.forEach(e -> assertNull(e.recipient(), e::toString));
    }
}
