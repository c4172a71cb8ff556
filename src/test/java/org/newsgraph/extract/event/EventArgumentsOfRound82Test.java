package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Eighty-second round, the rules alone: the receiver of a refused gift, storms and sport that make no events, causes
 * ruled out, sanctions in force, agreements told without "that" or by "as agreed", a visit someone is due for, and
 * targets of attacks.
 */
class EventArgumentsOfRound82Test {

    @Test
    void aRefusedGiftIsRefusedToItsReceiver() {
        EventMention e = EventsOf.byRules("REJECT", "Japan has refused to give food aid to North Korea, citing abductions.");
        assertEquals(List.of("Japan"), EventsOf.actors(e));
        assertEquals("North Korea", EventsOf.recipient(e));
        assertEquals("United Nations", EventsOf.recipient(EventsOf.byRules("REJECT",
                "Libya refused to hand over the two suspects to the United Nations.")));
    }

    @Test
    void theThingRefusedIsNoParty() {
        EventMention e = EventsOf.byRules("REJECT", "Germany refused to send German troops to the country, even as part of NATO "
                + "forces.");
        assertEquals(List.of("Germany"), EventsOf.actors(e));
        assertTrue(e.recipient() == null || !EventsOf.recipient(e).contains("troops"));
    }

    @Test
    void aStormThreatensNoParty() {
        assertTrue(EventsOf.noAssertedByRules("THREATEN", "The Philippine state weather bureau PAGASA Tuesday said typhoon "
                + "Pepeng has entered the Philippine area and is threatening to bring rains over Surigao del Norte in Mindanao."));
        assertTrue(EventsOf.noAssertedByRules("THREATEN", "Weather bureau PAGASA said Durian has intensified further and "
                + "increased its threat to Luzon."));
    }

    @Test
    void aSportOpeningASentenceMakesItSport() {
        assertTrue(EventsOf.noAssertedByRules("REQUEST", "\"Badminton competition demands physical strength,\" said the head "
                + "coach."));
        assertTrue(EventsOf.noAssertedByRules("REQUEST", "Federer called physiotherapist coming on court to treat on his sore "
                + "ankle at the beginning of the third set."));
    }

    @Test
    void aCauseRuledOutIsNoRefusal() {
        assertTrue(EventsOf.noAssertedByRules("REJECT", "The Dutch defense ministry has ruled out the possibility that the "
                + "aircraft was shot down by Taliban fighters."));
        assertTrue(EventsOf.noAssertedByRules("REJECT", "NATO spokesman Pio Sabetta rejected any possibility that paramilitary "
                + "groups might endanger security in Kosovo."));
        assertEquals(List.of("Angela Merkel"), EventsOf.actors(EventsOf.byRules("REJECT",
                "German Chancellor Angela Merkel on Monday ruled out sending German troops to southern Afghanistan.")));
    }

    @Test
    void sanctionsInForceAreASanction() {
        assertEquals("Iraq", EventsOf.recipient(EventsOf.byRules("SANCTION", "The minister said the oil companies had agreed "
                + "on a plan, given the international sanctions against Iraq.")));
    }

    @Test
    void anAgreementWithoutThatOnWhatShouldBeDone() {
        assertEquals(List.of("participants"), EventsOf.actors(EventsOf.byRules("AGREE", "He added most of the participants "
                + "had agreed the ODIHR should be strengthened instead of weakened.")));
        assertTrue(EventsOf.noAssertedByRules("AGREE", "Hu and his wife then agreed they would name the baby after one of "
                + "the mascots."));
    }

    @Test
    void asAgreedTellsAnAgreement() {
        EventMention e = EventsOf.byRules("AGREE", "The meeting focused on setting up cantonments and arms storages as agreed "
                + "between the Seven-Party Alliance (SPA) and the guerrillas recently.");
        assertTrue(EventsOf.actors(e).contains("Seven-Party Alliance"));
    }

    @Test
    void aVisitOneIsDueForIsStillAhead() {
        assertTrue(EventsOf.noAssertedByRules("CONSULT", "French Minister for Foreign Trade Christine Lagardo is due in Kenya on "
                + "Friday for a two-day visit."));
    }

    @Test
    void targetingInAttacksIsAnAssault() {
        EventMention e = EventsOf.byRules("ASSAULT", "Polling stations opened amid heightened security in this volatile region, "
                + "where separatist rebels have frequently targeted security forces as well as civilians in bombing attacks.");
        assertEquals(List.of("rebels"), EventsOf.actors(e));
        assertEquals("security forces", EventsOf.recipient(e));
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "The ministry has targeted growth of eight percent next year."));
    }

    @Test
    void aParticipleWithAnAdjectiveBeforeItsAgentIsAPassive() {
        EventMention e = EventsOf.byRules("COERCE", "Another hostage said he saw a rebel captured alive by the Peruvian forces "
                + "who led him away.");
        assertEquals(List.of("Peruvian forces"), EventsOf.actors(e));
        assertEquals("rebel", EventsOf.recipient(e));
    }

    @Test
    void fireOnAPlaceNoPartyNamesIsAnAssault() {
        EventMention e = EventsOf.byRules("ASSAULT", "Shortly after the bloodbath, some 13 mortar rounds shelled a Sunni "
                + "district in northern Baghdad in retaliation.");
        assertEquals("Sunni district", EventsOf.recipient(e));
    }
}
