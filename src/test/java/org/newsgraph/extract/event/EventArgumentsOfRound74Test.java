package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seventy-fourth round, the rules alone: states that no longer exist act (the authority tables now hold the Soviet Union,
 * Yugoslavia, Czechoslovakia and East Germany), an adjective of what a place once belonged to names no party, and a vote
 * taken "unanimously" decides its act as a bare vote does.
 */
class EventArgumentsOfRound74Test {

    @Test
    void aFormerStateAttacks() {
        EventMention e = EventsOf.byRules("ASSAULT", "The Soviet Union invaded Afghanistan in 1979.");
        assertEquals(List.of("Soviet Union"), EventsOf.actors(e));
        assertEquals("Afghanistan", EventsOf.recipient(e));
    }

    @Test
    void aFormerStatesNationalityActs() {
        assertEquals(List.of("Soviet"), EventsOf.actors(EventsOf.byRules("SUPPORT",
                "The regime hung on with Soviet support until April 1992.")));
    }

    @Test
    void theStateAPlaceOnceBelongedToIsNotTheActor() {
        assertEquals(List.of("former Soviet republic"), EventsOf.actors(EventsOf.byRules("ACCUSE",
                "The former Soviet republic has accused Moscow of meddling.")));
        assertEquals(List.of("former British colony"), EventsOf.actors(EventsOf.byRules("ACCUSE",
                "The former British colony of Zimbabwe accused Britain of meddling.")));
    }

    @Test
    void aVoteWithAnAdverbDecidesTheAct() {
        EventMention e = EventsOf.byRules("SANCTION", "The Security Council voted unanimously to impose sanctions on North Korea.");
        assertEquals(Modality.ASSERTED, e.modality());
        assertEquals(List.of("Security Council"), EventsOf.actors(e));
        assertEquals("North Korea", EventsOf.recipient(e));
        assertTrue(EventsOf.noAssertedByRules("SUPPORT", "Defending the decision not to support the draft, the minister said"
                + " Australia wanted effective action."));
    }

    @Test
    void aWarrantExecutedKillsNoOne() {
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "Last year, FBI and GBI agents executed a search warrant at a house in"
                + " Walton County."));
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "While executing 22 search warrants across Sydney and Melbourne"
                + " Tuesday morning, police officers also seized a range of material."));
        assertEquals(List.of("militants"), EventsOf.actors(EventsOf.byRules("ASSAULT", "The militants executed two hostages on Monday.")));
    }

    @Test
    void aShotAtTheGoaltenderIsPlay() {
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "Nelson won it when he fired a shot at Matt Murray that trickled to"
                + " the goaltender's right."));
    }

    @Test
    void aPlaceOfDetentionIsNoDetention() {
        assertTrue(EventsOf.noAssertedByRules("COERCE", "Most Hamas leaders are either in Israeli prisons or in Abbas's"
                + " detention centers."));
        assertEquals("militants", EventsOf.recipient(EventsOf.byRules("COERCE", "Abbas ordered the detention of 20 militants.")));
    }

    @Test
    void oneCalledToTalkIsPhonedNotAsked() {
        assertTrue(EventsOf.noAssertedByRules("REQUEST", "Snyder said he called Roberts to talk to him about the issue."));
        assertEquals("government", EventsOf.recipient(EventsOf.byRules("REQUEST",
                "The union called the government to increase wages.")));
    }

    @Test
    void aMarchTowardANominationIsNoDemonstration() {
        assertTrue(EventsOf.noAssertedByRules("PROTEST", "Trump pressed on in his march toward the party's nomination."));
        assertTrue(EventsOf.noAssertedByRules("PROTEST", "But she is marching toward November facing an unpredictable opponent."));
        assertEquals(List.of("protesters"), EventsOf.actors(EventsOf.byRules("PROTEST",
                "Thousands of protesters marched toward the parliament on Monday.")));
    }

    @Test
    void aChargedSubjectAndAMarketsPressureAndAnUpturnedCampaignAreNoEvents() {
        assertTrue(EventsOf.noAssertedByRules("ACCUSE", "Benghazi remains so politically charged that Sen. Graham spoke."));
        assertTrue(EventsOf.noAssertedByRules("REQUEST", "The big Nucor steel plant is under intense pressure from Asian imports."));
        assertTrue(EventsOf.noAssertedByRules("REJECT", "The campaign was turned upside down by the summer."));
        assertEquals(List.of("opposition"), EventsOf.actors(EventsOf.byRules("REQUEST",
                "Siniora vowed not to cave in to pressure from the opposition.")));
    }

    @Test
    void anOrderWithItsPriceIsAThreat() {
        EventMention e = EventsOf.byRules("THREATEN", "The government warned the strikers to return to work or face arrest.");
        assertEquals(List.of("government"), EventsOf.actors(e));
        assertEquals("strikers", EventsOf.recipient(e));
        assertEquals("foreigners", EventsOf.recipient(EventsOf.byRules("THREATEN",
                "The rebels warned foreigners to leave the region or face attacks.")));
    }

    @Test
    void strikersAreWorkersAsWellAsPlayers() {
        assertEquals("strikers", EventsOf.recipient(EventsOf.byRules("ASSAULT", "Police attacked the strikers outside the factory.")));
        assertEquals("strikers", EventsOf.recipient(EventsOf.byRules("PROTEST",
                "Riot police clashed with strikers outside the factory.")));
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "The Nigeria striker attacked down the left but failed to round the"
                + " keeper."));
    }

    @Test
    void cooperationSuspendedWithAPartyIsASanction() {
        EventMention e = EventsOf.byRules("SANCTION", "The EU suspended its partnership agreement with Uzbekistan.");
        assertEquals(List.of("EU"), EventsOf.actors(e));
        assertEquals("Uzbekistan", EventsOf.recipient(e));
    }

    @Test
    void moneyThatArrivesVisitsNoOne() {
        assertTrue(EventsOf.noAssertedByRules("CONSULT", "On breaking the siege imposed on the Palestinians, Moussa said that it"
                + " has already been broken with 30 million U.S. dollars from Kuwait arriving in the Palestinian Authority (PA)"
                + " coffers."));
        assertEquals("Cairo", EventsOf.recipient(EventsOf.byRules("CONSULT", "Blair arrived in Cairo on Saturday.")));
    }

    @Test
    void theReceiverNamedFirstAfterAVerbOfGivingIsTheRecipient() {
        EventMention e = EventsOf.byRules("AID", "The IMF granted Argentina a 3 billion dollar loan.");
        assertEquals(List.of("IMF"), EventsOf.actors(e));
        assertEquals("Argentina", EventsOf.recipient(e));
        assertEquals("Indonesia", EventsOf.recipient(EventsOf.byRules("AID", "Japan gave Indonesia 10 million dollars in aid.")));
    }

    @Test
    void aTalkByTelephoneIsAPhoneCall() {
        assertEquals("phone", EventsOf.byRules("CONSULT", "Chirac and Blair discussed the crisis by telephone on Wednesday.").mode());
        assertEquals("meet", EventsOf.byRules("CONSULT", "Chirac and Blair discussed the crisis in Paris on Wednesday.").mode());
    }

    @Test
    void theNorthOfADividedCountryActs() {
        assertEquals(List.of("The North"), EventsOf.actors(EventsOf.byRules("MOBILIZE",
                "The North staged its first nuclear test on October 9.")));
        assertEquals(List.of("Rebels"), EventsOf.actors(EventsOf.byRules("ASSAULT", "Rebels in the North attacked a convoy.")));
    }
}
