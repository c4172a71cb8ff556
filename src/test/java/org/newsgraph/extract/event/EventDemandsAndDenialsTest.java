package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.noAssertedByRules;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Thirty-third round: demands, calls and pressure with their source and the one pressed, claims denied rather than
 * demands refused, dismissals, withdrawals called for, and bans that coerce no party. The rules are tested alone.
 */
class EventDemandsAndDenialsTest {

    @Test
    void demandsFromASourceNameTheOneAskedAfterFor() {
        EventMention e = byRules("REQUEST", "The report came amid demands from critics for Britain to seek an exit strategy from"
                + " Afghanistan.");
        assertEquals(List.of("critics"), actors(e));
        assertEquals("Britain", recipient(e));
    }

    @Test
    void callsByANamedPartyAndOneDemandOfAPartyBesideIt() {
        assertTrue(actors(byRules("REQUEST", "There have been calls by many protesters, including army reservists, for a state"
                + " commission of inquiry.")).contains("protesters"));
        assertEquals(List.of("US"), actors(byRules("REQUEST", "But the European draft does not include a US demand for an"
                + " explicit characterization of the program.")));
        assertTrue(noAssertedByRules("REQUEST", "China's demand for oil rose again last year."));
    }

    @Test
    void pressureOnAPartyToActNamesThePressedAsRecipient() {
        EventMention e = byRules("REQUEST", "Erdogan rejected European Union pressure on Ankara to halt the controversial trial.");
        assertEquals(List.of("European Union"), actors(e));
        assertEquals("Ankara", recipient(e));
        assertEquals(List.of("opposition"), actors(byRules("REQUEST", "Siniora vowed not to cave in to pressure from the"
                + " opposition.")));
    }

    @Test
    void askingForAnonymityIsNoRequest() {
        assertTrue(noAssertedByRules("REQUEST", "Another senior Front leader asking to remain anonymous said the prosecution was"
                + " possible."));
        assertTrue(noAssertedByRules("REQUEST", "An official, who requested anonymity, said the talks had failed."));
    }

    @Test
    void aClaimRejectedIsDeniedNotRefused() {
        assertTrue(noAssertedByRules("REJECT", "The foreign ministry had rejected the allegations by India's Consul General in"
                + " Jeddah."));
        assertTrue(noAssertedByRules("REJECT", "Power companies blamed the weather for the blackouts, rejecting any responsibility for"
                + " the damage."));
        assertEquals(List.of("Iran"), actors(byRules("REJECT", "Iran rejected the demand to suspend uranium enrichment.")));
    }

    @Test
    void dismissingADemandRejectsItButDismissingAClaimDoesNot() {
        assertEquals(List.of("Mobutu"), actors(byRules("REJECT", "On Saturday, Mobutu dismissed as impertinent a rebel"
                + " ultimatum to quit power by Sunday.")));
        assertTrue(noAssertedByRules("REJECT", "Asked about the reports, Hanegbi dismissed them as \"newspaper speculation.\""));
    }

    @Test
    void aWithdrawalOfForcesIsOneOnlyWithItsOwnerOrToldAsPast() {
        assertTrue(noAssertedByRules("RETREAT", "The Greek government ruled out on Tuesday the withdrawal of its troops stationed in"
                + " Afghanistan."));
        assertTrue(noAssertedByRules("RETREAT", "Iraqi parties have made rumblings about a timetable for the withdrawal of US troops"
                + " in Iraq."));
        assertTrue(byRules("RETREAT", "The crossing has been largely closed since the historic withdrawal of Israeli troops from"
                + " the territory in September.").asserted());
    }

    @Test
    void goodsBannedFromTradeAndPlayersBannedForGamesAreNoCoercion() {
        assertTrue(noAssertedByRules("COERCE", "The Beijing authorities immediately banned the sales of red-yolk eggs from Hebei."));
        assertTrue(noAssertedByRules("COERCE", "The defender was banned for three games on Wednesday for a brawl."));
        assertEquals(List.of("government"), actors(byRules("COERCE", "The government banned the opposition party on Monday.")));
    }
}
