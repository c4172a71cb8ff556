package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Seventieth round, the rules alone. A travesty, a mistake or contempt named in a statement is its speaker's censure,
 * of the party whose it is ("Iran's contempt"); an investigation named by its investigator ("a British military probe");
 * two parties that maintain, enjoy or conduct cooperation; private travellers and soldiers on a trip meet no one
 * ("Pakistanis visiting India"); a meeting held "separately" with several parties is one meeting with each; those
 * charged are named by the charge ("Twenty people have been indicted"), and a reported clause may open with an amount
 * ("sources said around 10 more teachers were detained"); those an "anti-" protest is against do not protest ("anti-US
 * demonstrations"), and a force or government before an operation or efforts acts in them ("the army operation"); a
 * group named with its owner is named so ("Nkunda's men"); fire from critics or regulators is criticism; someone "sent
 * for trial" is not deployed; unexploded ordnance going off is no attack; a side that rallies in a game does not
 * protest; deaths on a bus with no weapon named are an accident, and so is a blast at a pipeline.
 */
class EventArgumentsOfRound70Test {

    @Test
    void aTravestyInAStatementIsItsSpeakersCensure() {
        EventMention e = EventsOf.byRules("ACCUSE", "\"This trial can only be judged to be a travesty of justice,\" said Steiner,"
                + " adding that the case could result in sanctions.");
        assertEquals(List.of("Steiner"), EventsOf.actors(e));
    }

    @Test
    void contemptIsCensuredInTheOneWhoseItIs() {
        EventMention e = EventsOf.byRules("ACCUSE", "Richardson said the death sentence on British writer Salman Rushdie was a"
                + " \"stark\" demonstration of Iran's contempt for the international community.");
        assertEquals(List.of("Richardson"), EventsOf.actors(e));
        assertEquals("Iran", EventsOf.recipient(e));
    }

    @Test
    void aProbeNamedByItsInvestigatorIsAnInvestigation() {
        EventMention e = EventsOf.byRules("ACCUSE", "A British military probe has found insufficient proof to back the charges,"
                + " officials said Thursday.");
        assertEquals("investigate", e.mode());
    }

    @Test
    void twoPartiesEnjoyingCooperationCooperate() {
        EventMention e = EventsOf.byRules("COOPERATE", "Xu said China and Togo enjoy profound friendship and fruitful cooperation"
                + " in various fields.");
        assertEquals("China", EventsOf.actors(e).get(0));
        assertEquals("Togo", EventsOf.recipient(e));
    }

    @Test
    void aWishForCooperationIsNone() {
        assertTrue(EventsOf.noAssertedByRules("COOPERATE", "The CSTO has long been interested in cooperation with NATO in"
                + " countering drug trafficking, Ivanov said."));
    }

    @Test
    void privateTravellersMeetNoOne() {
        assertTrue(EventsOf.noAssertedByRules("CONSULT", "He also eased travel restrictions last year for Pakistanis visiting"
                + " India."));
        assertTrue(EventsOf.noAssertedByRules("CONSULT", "Three men released from Guantanamo Bay have arrived in Albania, a"
                + " government spokesman said on Monday."));
    }

    @Test
    void aLeaderVisitingStillMeets() {
        EventMention e = EventsOf.byRules("CONSULT", "Chinese Premier Wen Jiabao visited India on Monday.");
        assertEquals("India", EventsOf.recipient(e));
    }

    /** The recipients of the meetings the rules read in {@code text}, sorted and joined. */
    private static String met(String text) {
        return EventsOf.allByRules(text).stream().filter(e -> e.category().equals("CONSULT")).map(EventsOf::recipient).sorted()
                .collect(Collectors.joining(", "));
    }

    @Test
    void aMeetingHeldSeparatelyIsOneWithEachParty() {
        assertEquals("Shinzo Abe, Vladimir Putin", met("Chinese President Hu Jintao met separately with Russian President"
                + " Vladimir Putin and Japanese Prime Minister Shinzo Abe on Saturday."));
    }

    @Test
    void aMeetingWithTheLeadersOfSeveralCountriesSeparately() {
        assertEquals("Cambodia, Laos, Thailand", met("Wen also met separately with the prime ministers of Thailand, Laos and"
                + " Cambodia."));
    }

    @Test
    void aMeetingWithTwoPartiesTogetherIsOne() {
        List<EventMention> all = EventsOf.allByRules("Chinese President Hu Jintao met with Russian President Vladimir Putin and"
                + " Japanese Prime Minister Shinzo Abe on Saturday.");
        assertEquals(1, all.stream().filter(e -> e.category().equals("CONSULT")).count(), () -> "events " + all);
    }

    @Test
    void anAmountAfterASpeechVerbStillOpensTheReportedClause() {
        EventMention e = EventsOf.byRules("COERCE", "Palestinian sources said around 10 more teachers were detained in Ramallah"
                + " overnight.");
        assertEquals("teachers", EventsOf.recipient(e));
    }

    @Test
    void peopleChargedAreNoVictims() {
        EventMention e = EventsOf.byRules("ACCUSE", "Twenty people have been indicted in the case under the penal code.");
        assertEquals("people", EventsOf.recipient(e));
    }

    @Test
    void peopleWrongedInACensureStillNameNoRecipient() {
        EventMention e = EventsOf.byRules("ACCUSE", "The minister condemned the attack against civilians.");
        assertTrue(EventsOf.recipient(e) == null, () -> "recipient " + EventsOf.recipient(e));
    }

    @Test
    void thoseProtestedAgainstDoNotProtest() {
        EventMention e = EventsOf.byRules("PROTEST", "Thousands joined anti-US demonstrations in Seoul on Sunday.");
        assertTrue(EventsOf.actors(e).isEmpty(), () -> "actors " + EventsOf.actors(e));
        assertEquals("US", EventsOf.recipient(e));
    }

    @Test
    void theForceModifyingAnOperationActsInIt() {
        EventMention e = EventsOf.byRules("ACCUSE", "Rights groups criticized the army operation in the north.");
        assertEquals("army", EventsOf.recipient(e));
        EventMention praised = EventsOf.byRules("SUPPORT", "The UN praised the government efforts to end the conflict.");
        assertEquals("government", EventsOf.recipient(praised));
    }

    @Test
    void rejectingAPartysInterferenceCensuresIt() {
        EventMention e = EventsOf.byRules("ACCUSE", "The United States said on Monday that it rejects the interference of internal"
                + " affairs of Lebanon by Syria and Iran.");
        assertEquals(List.of("United States"), EventsOf.actors(e));
        assertEquals("Syria", EventsOf.recipient(e));
        assertTrue(EventsOf.noAssertedByRules("REJECT", "The United States said on Monday that it rejects the interference of"
                + " internal affairs of Lebanon by Syria and Iran."));
    }

    @Test
    void menOfANamedLeaderAreHisSide() {
        EventMention e = EventsOf.byRules("ASSAULT", "Nkunda's men launched attacks on Saturday, taking the town of Sake.");
        assertEquals(List.of("Nkunda's men"), EventsOf.actors(e));
        EventMention refused = EventsOf.byRules("REJECT", "Museveni's government rejected the offer on Monday.");
        assertEquals(List.of("Museveni's government"), EventsOf.actors(refused));
    }

    @Test
    void fireFromRegulatorsIsCriticism() {
        EventMention e = EventsOf.byRules("ACCUSE", "The project came under fire from environmental regulators several months"
                + " later.");
        assertEquals(List.of("environmental regulators"), EventsOf.actors(e));
        assertTrue(EventsOf.recipient(e) == null, () -> "recipient " + EventsOf.recipient(e));
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "The project came under fire from environmental regulators several"
                + " months later."));
        EventMention attack = EventsOf.byRules("ASSAULT", "The convoy came under fire from insurgents near Baghdad.");
        assertEquals(List.of("insurgents"), EventsOf.actors(attack));
    }

    @Test
    void sentForTrialIsNoDeployment() {
        assertTrue(EventsOf.noAssertedByRules("MOBILIZE", "An aide to the British commander of NATO troops in Afghanistan was sent"
                + " Wednesday for trial at the Old Bailey."));
    }

    @Test
    void warRemnantsGoingOffAreNoAttack() {
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "The latest report shows that mines or UXO injured or killed 36 in"
                + " October."));
    }

    @Test
    void aSideRallyingInAGameDoesNotProtest() {
        assertTrue(EventsOf.noAssertedByRules("PROTEST", "But Leicester rallied and even came away with a bonus point after tries"
                + " from Brett Deacon."));
        EventMention e = EventsOf.byRules("PROTEST", "Thousands of opposition supporters rallied in Dhaka on Sunday.");
        assertEquals(List.of("opposition supporters"), EventsOf.actors(e));
    }

    @Test
    void deathsOnABusWithNoWeaponAreAnAccident() {
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "Six people on the bus, including a two-year-old boy, were killed on the"
                + " spot, said the police."));
        EventMention e = EventsOf.byRules("ASSAULT", "Six people on the bus were killed when a bomb went off, said the police.");
        assertEquals("people", EventsOf.recipient(e));
    }

    @Test
    void aBlastAtAPipelineIsAnAccident() {
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "A blast and fire at a vandalised oil pipeline Tuesday in Lagos killed at"
                + " least 200 people."));
        EventMention e = EventsOf.byRules("ASSAULT", "A blast at a house in Baghdad killed three people.");
        assertEquals("people", EventsOf.recipient(e));
    }
}
