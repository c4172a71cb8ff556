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
 * Thirty-fourth round: a present tense in a clause of time is still to come, meetings opposed or committed to, meetings a
 * sentence opens with, look-alikes of support, demonstrations and marches, crowds named by the word after their party's
 * name, passive agents behind a weapon or in apposition, descriptions in apposition to a name, a party's own aid, a
 * past tense the tagger gave a modifier after a possessive, and demands whoever makes them. The rules are tested alone.
 */
class EventTimeClausesAndAppositionsTest {

    @Test
    void aPresentTenseInAClauseOfTimeIsStillToCome() {
        assertTrue(noAssertedByRules("CONSULT", "Rights groups believe France is motivated by a contract for Airbus planes that"
                + " Chirac is expected to clinch when he visits Beijing."));
        assertTrue(noAssertedByRules("CONSULT", "\"This will be done by the time Prime Minister Hashimoto meets President"
                + " Clinton,\" he said."));
        assertTrue(byRules("SUPPORT", "British Ambassador James Watt told reporters after the meeting that the EU firmly supports"
                + " the UN resolution.").asserted(), "a time word before a complement clause does not govern it");
    }

    @Test
    void meetingsOpposedOrCalledForAreNotHeld() {
        assertTrue(noAssertedByRules("CONSULT", "Olmert said on Tuesday that Israel remained opposed to talks with Syria."));
        assertTrue(byRules("ASSAULT", "Germany was opposed to the US and British invasion of Iraq in 2003.").asserted(),
                "an act opposed after it happened still happened");
        assertTrue(noAssertedByRules("CONSULT", "Earlier, Berri has called for the resumption of the stalled national talks among"
                + " Lebanon's rival leaders."));
    }

    @Test
    void aMeetingTheSentenceOpensWithIsHeldByTheSubject() {
        EventMention e = byRules("CONSULT", "At Thursday's meeting, the IAEA Board of Governors decided that it would temporarily"
                + " not provide technical assistance to Iran's Arak heavy water reactor program.");
        assertEquals(List.of("IAEA Board of Governors"), actors(e));
        assertTrue(noAssertedByRules("CONSULT", "At its last meeting, OPEC maintained its official production quota at 28 million"
                + " barrels per day."), "a body's own regular meeting is not a meeting of parties");
    }

    @Test
    void backingOfThingsShowingAndMonthsAreNoEvents() {
        assertTrue(noAssertedByRules("SUPPORT", "Macquarie and Texas Pacific planned to sell bonds backed by Qantas' fleet of 217"
                + " planes."));
        assertTrue(noAssertedByRules("SUPPORT", "The raid supported by warplanes seized an enemy weapons cache near Kandahar."));
        assertTrue(byRules("SUPPORT", "The non-profit centers were backed by the government.").asserted());
        assertTrue(noAssertedByRules("PROTEST", "The coalition's dependence on the Communists in the lower house was amply"
                + " demonstrated early this month."));
        assertTrue(noAssertedByRules("PROTEST", "The city was comparatively quiet after the war started in March 2003."));
        assertTrue(byRules("PROTEST", "Thousands of students began a march on parliament.").asserted());
    }

    @Test
    void aCrowdNamedAfterItsPartyClashesAsARiot() {
        EventMention e = byRules("PROTEST", "PPP supporters on motorcycles toured the area around Solo on Saturday clashing with"
                + " security members.");
        assertEquals("riot", e.mode());
        assertEquals("security members", recipient(e));
    }

    @Test
    void aDayBetweenCalledAndForIsNoObstacle() {
        EventMention e = byRules("REQUEST", "An Israeli minister called Thursday for a review of the government's policy of"
                + " closures, saying the measure may harm national security.");
        assertTrue(e.asserted());
        assertTrue(!e.actors().isEmpty());
    }

    @Test
    void aBracketedAsideAndACompoundLeaveTheRecipientInReach() {
        assertEquals("British Army", recipient(byRules("REQUEST", "They had demanded 20 million pounds (30 million euros, 39"
                + " million dollars) in compensation from the British Army.")));
        assertEquals("China", recipient(byRules("CONSULT", "Liu made the remarks in response to a question on Bush's"
                + " just-concluded visit to China.")));
    }

    @Test
    void aPassivesAgentBehindAWeaponOrInApposition() {
        assertEquals(List.of("soldiers"), actors(byRules("ASSAULT", "At least three Palestinians were wounded by rubber bullets"
                + " fired by soldiers after the protest.")));
        assertEquals(List.of("Vladimir Bukovsky"), actors(byRules("SUPPORT", "Litvinenko and his father Valter's accusations of"
                + " Putin were supported Sunday by the former agent's friend, Vladimir Bukovsky, who lives in Britain.")));
    }

    @Test
    void aDescriptionInAppositionStandsForTheName() {
        assertEquals("Zarqawi", recipient(byRules("ACCUSE", "Zarqawi, the top militant wanted in Iraq by the United States,"
                + " also vowed more attacks.")));
        assertEquals(List.of("Sam Rainsy"), actors(byRules("PROTEST", "Sam Rainsy, the president of the KNP who organized the"
                + " protest against judicial corruption, told mourners he was shocked.")));
        EventMention opening = byRules("REQUEST", "In the battle for control of Volkswagen, the regional state authorities of"
                + " Lower Saxony are seeking support from other shareholders.");
        assertTrue(!actors(opening).contains("Volkswagen"), "the name ending an opening phrase is no apposition");
    }

    @Test
    void aPartysOwnAidAndSupportWithATenseTheTaggerMisread() {
        EventMention aid = byRules("AID", "The aid brings total US emergency assistance to North Korea to 33.4 million dollars.");
        assertEquals(List.of("US"), actors(aid));
        assertEquals("North Korea", recipient(aid));
        assertTrue(noAssertedByRules("AID", "France must recover some 500 million francs of illegal state aid to textile"
                + " producers."));
        EventMention support = byRules("SUPPORT", "The president said that China's continued support to Zambia is a true"
                + " reflection of the relationship.");
        assertEquals(List.of("China"), actors(support));
        assertEquals("Zambia", recipient(support));
    }

    @Test
    void twoVerbsOfOneSubjectAreTwoActsButOneMeeting() {
        long coerced = EventsOf.allByRules("Under the ordinance, security forces have raided radio stations, seized radio"
                + " transmission equipment and detained journalists.").stream()
                .filter(e -> e.category().equals("COERCE") && e.asserted()).count();
        assertTrue(coerced >= 2, "raiding, seizing and detaining are separate acts");
        long met = EventsOf.allByRules("Solana also held a meeting with visiting US Secretary of State Condoleezza Rice and the"
                + " two discussed ways to end the crisis.").stream().filter(e -> e.category().equals("CONSULT")).count();
        assertEquals(1, met, "holding a meeting and discussing in it are one meeting");
    }

    @Test
    void demandsThatSomeoneActWhoeverMakesThem() {
        EventMention e = byRules("REQUEST", "But now, Yadav faces mounting demands for his removal in connection with the scandal.");
        assertTrue(e.asserted());
        assertEquals("Yadav", recipient(e));
        assertTrue(noAssertedByRules("REQUEST", "Japan's demands for oil rose sharply last year."), "a market's demand");
    }

    @Test
    void aWarningAgainstActsNamesTheOnesWarned() {
        EventMention e = byRules("THREATEN", "The newly-appointed Chief of Defense Forces of Uganda has warned retired officers"
                + " against sowing seeds of divisionism in the army.");
        assertEquals("retired officers", recipient(e));
    }
}
