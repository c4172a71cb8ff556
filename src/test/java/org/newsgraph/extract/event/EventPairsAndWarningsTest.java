package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.allByRules;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.noAssertedByRules;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Thirty-seventh round: an agreement signed or reached between two parties names both; a possessor before a hyphenated
 * modifier; money named by a country; agreeing that something is so and meeting a need are no events; the subject of
 * an addressing verb in a noun's phrase; the main subject past an opening phrase's relative clause; a warning that the
 * warner's side would strike back if another acts; a protest's aim in the departure it demands or in the agent of what
 * it opposes; the agent of a deed judged, past a phrase of the deed's own; no place as an attacker; the force acting
 * meanwhile as the seizer; "their" talks as those of the pair the subject joins. The rules are tested alone.
 */
class EventPairsAndWarningsTest {

    @Test
    void anAgreementSignedOrReachedBetweenTwoPartiesNamesBoth() {
        EventMention ceasefire = byRules("AGREE", "In his manifesto, Rajapakse said the ceasefire agreement signed in 2002 between"
                + " the government and the Liberation Tigers of Tamil Eelam (LTTE) was short-sighted.");
        assertEquals(List.of("government"), actors(ceasefire));
        assertEquals("Liberation Tigers of Tamil Eelam", recipient(ceasefire));
        EventMention reached = byRules("AGREE", "Jordanian King Abdullah II on Wednesday welcomed the latest agreement reached"
                + " between Israel and the Palestinian National Authority on a Gaza-Egypt border crossing.");
        assertEquals(List.of("Israel"), actors(reached));
        assertEquals("Palestinian National Authority", recipient(reached));
    }

    @Test
    void aPossessorBeforeAHyphenatedModifierIsTheNounsActor() {
        EventMention visit = byRules("CONSULT", "At a regular press conference Liu made the above remarks in response to a"
                + " question on Bush's just-concluded visit to China.");
        assertEquals(List.of("Bush"), actors(visit));
        assertEquals("China", recipient(visit));
        EventMention coup = byRules("COERCE", "The death of the former general, whose US-backed coup in 1973 toppled the"
                + " Socialist government of Salvador Allende, struck a chord in this country.");
        assertTrue(coup.actors().isEmpty(), coup::toString); // the backer of the coup did not stage it
    }

    @Test
    void aCountryNamingACurrencyIsNoParty() {
        List<EventMention> es = allByRules("Turkey is among the first batch of countries to offer aid to the quake-stricken"
                + " Pakistan and has pledged to donate 150 million US dollars.");
        assertTrue(es.stream().anyMatch(e -> e.category().equals("AID")), es::toString);
        for (EventMention e : es) {
            assertEquals(List.of("Turkey"), actors(e));
            assertTrue(recipient(e) == null || recipient(e).equals("Pakistan"), e::toString);
            assertNull(e.place(), e::toString); // not "US" from "US dollars"
        }
    }

    @Test
    void agreeingThatSomethingIsSoAndMeetingANeedAreNoEvents() {
        assertTrue(noAssertedByRules("AGREE", "The APEC ministers agreed that high-quality Regional Trade Agreements maximized"
                + " the contribution of those agreements to APEC-wide progress toward the Bogor Goals."));
        EventMention deal = byRules("AGREE", "The two leaders agreed that the Lebanese should be allowed to resolve political"
                + " tension in their country without outside influence.");
        assertEquals(List.of("leaders"), actors(deal));
        assertTrue(noAssertedByRules("CONSULT", "There are also concerns in the European Union that the row will impact on"
                + " Russian imports, 20 percent of which transit through Belarus, meeting about five percent of EU natural gas needs."));
    }

    @Test
    void theSubjectOfAnAddressingVerbActsInTheNounsPhrase() {
        EventMention meetings = byRules("CONSULT", "Ahtisaari, former Finnish president and veteran peace broker, told a press"
                + " conference following meetings with Montenegrin leaders in Podgorica.");
        assertEquals(List.of("Ahtisaari"), actors(meetings));
        assertEquals("Montenegrin leaders", recipient(meetings));
    }

    @Test
    void theMainSubjectPastAnOpeningPhrasesRelativeClause() {
        List<EventMention> es = allByRules("Speaking after talks with Lavrov, which Bezhuashvili described as \"very useful,\""
                + " the Georgian minister said the talks went well.");
        EventMention talks = es.stream().filter(e -> e.category().equals("CONSULT") && "Lavrov".equals(recipient(e)))
                .findFirst().orElseThrow(() -> new AssertionError(es.toString()));
        assertEquals(List.of("Georgian minister"), actors(talks));
    }

    @Test
    void aWarningThatTheWarnersSideWouldStrikeBackIsAddressedToTheOtherSide() {
        EventMention warning = byRules("THREATEN", "On Monday, Natsios warned that the United States and other countries would"
                + " resort to what he called \"Plan B\" if Khartoum refused to change its position on the peacekeepers.");
        assertEquals(List.of("Natsios"), actors(warning));
        assertEquals("Khartoum", recipient(warning));
    }

    @Test
    void aProtestIsAimedAtThoseWhoseFallItDemandsOrWhoseActItOpposes() {
        List<EventMention> es = allByRules("Thousands of mourners marched on Tuesday behind the coffin of a young Shiite Muslim"
                + " killed during mass opposition rallies, chanting for the fall of the Lebanese government.");
        for (EventMention e : es) { // the march demands the fall; the rallies it names do not, past the comma
            assertEquals(actors(e).equals(List.of("mourners")) ? "Lebanese government" : null, recipient(e), e::toString);
        }
        assertEquals(2, es.size(), es::toString);
        EventMention walkout = byRules("PROTEST", "The six-party talks were suspended last November when Pyongyang walked out"
                + " in protest against financial sanctions imposed by Washington.");
        assertEquals(List.of("Pyongyang"), actors(walkout));
        assertEquals("Washington", recipient(walkout));
    }

    @Test
    void theAgentOfAJudgedDeedPastAPhraseOfItsOwn() {
        EventMention hailed = byRules("SUPPORT", "To this end, the commission also hailed the donation of a male black rhino to"
                + " Botswana by Zimbabwe as a gesture of goodwill.");
        assertEquals(List.of("commission"), actors(hailed));
        assertEquals("Zimbabwe", recipient(hailed));
        List<EventMention> es = allByRules("The state-owned BTA reported that in a vote at the National Assembly, the parliament,"
                + " 203 of 240 deputies backed amendments to end blanket immunity held by judges, prosecutors and investigators.");
        assertTrue(es.stream().noneMatch(e -> "judges".equals(recipient(e))), es::toString); // the immunity's holders
    }

    @Test
    void aPlaceDoesNotAttack() {
        EventMention killed = byRules("ASSAULT", "Acapulco was hit by a string of violence this year and grenade as well as"
                + " shooting attacks have killed at least eight officials and injured six others.");
        assertTrue(killed.actors().isEmpty(), killed::toString);
        assertEquals("officials", recipient(killed));
    }

    @Test
    void theForceActingMeanwhileSeizesWhatAPassiveSaysWasSeized() {
        EventMention seized = byRules("COERCE", "The massive haul, including 2,000 kg of opium and 400 kg of heroin, was seized"
                + " when police searched suspected vehicles in the city during a drug-busting operation.");
        assertEquals(List.of("police"), actors(seized));
    }

    @Test
    void theirTalksAreThoseOfTheTwoPartiesTheSubjectJoins() {
        EventMention talks = byRules("CONSULT", "At their talks, Voynet and Jospin agreed to refrain from fielding competing"
                + " candidates in just over 100 of France's 577 constituencies.");
        assertEquals(List.of("Voynet"), actors(talks));
        assertEquals("Jospin", recipient(talks));
    }
}
