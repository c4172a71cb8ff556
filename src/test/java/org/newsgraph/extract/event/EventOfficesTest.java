package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.recipient;

import org.junit.jupiter.api.Test;

/**
 * Thirtieth round: a body's office with no name after it ("the UN secretary-general") is the party the sentence gives, as
 * an office of a nation is ("the Iranian foreign minister"); an office followed by its holder's name gives the name. The
 * rules are tested alone: a learned model may fill the same slots.
 */
class EventOfficesTest {

    @Test
    void aBodysOfficeWithNoNameIsTheParty() {
        assertEquals("UN secretary-general", recipient(byRules("REQUEST", "The resolution asked the UN secretary-general to set up"
                + " a probe into the incident.")));
        assertEquals("UN secretary-general", recipient(byRules("CONSULT", "Annan met the UN secretary-general on Monday.")));
    }

    @Test
    void anOfficeBeforeItsHoldersNameGivesTheName() {
        assertEquals("Jacques Chirac", recipient(byRules("CONSULT", "Bush met the French president, Jacques Chirac, on Monday.")));
    }

    @Test
    void aNameAfterAPossessorAndItsDescriptionIsTheParty() {
        assertEquals("Helen Clark", recipient(byRules("CONSULT", "Merkel met New Zealand's Prime Minister Helen Clark in"
                + " Berlin.")));
        assertEquals("Iran", recipient(byRules("REJECT", "But the US leader has ruled out working with Iraq's neighbours Iran"
                + " and Syria.")));
    }

    @Test
    void aPlanRejectedNamesThePartyItConcerns() {
        assertEquals("UN", recipient(byRules("REJECT", "Khartoum has rejected a plan to allow UN peacekeepers into Darfur.")));
        assertEquals("Spain", recipient(byRules("REJECT", "Residents overwhelmingly rejected a proposal that Spain and Britain"
                + " should share sovereignty over Gibraltar.")));
    }

    @Test
    void westernBeforeDemandsNamesTheWesternGovernments() {
        assertEquals("Western", recipient(byRules("REJECT", "The talks failed over the Islamists' refusal to bend to Western"
                + " demands that it renounce violence.")));
    }
}
