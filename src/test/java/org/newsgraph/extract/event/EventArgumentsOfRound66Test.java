package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sixty-sixth round, the rules alone. A statement that calls what was done "unconstitutional", "appalling" or
 * "cowardly" censures it, as "unacceptable" did; a verb of condemning that reports it is its own accusation, not a second
 * one ("condemned the massacre as barbaric"). The other side of talks may be named by its role ("The secretary and
 * Douste-Blazy discussed"). A meeting a trip that took place was made for was attended ("left here on Friday for Vietnam
 * to attend the first meeting", "was in Pattani Thursday to meet"), unlike one still planned ("was to meet"). Time
 * spent held is detention, its subject the one held ("has spent 10 of the last 16 years in detention", "are behind bars").
 * A statement that calls something "a milestone" or "a right step forward" praises the party it names. Wanting a named
 * party to act asks it to ("Israel wants the EU to arrest"), and an order may quote its words ("ordered the defense
 * establishment "to act locally""). Killings told in a clause "during which" a war was fought are events of their own,
 * not its toll. A title the possessive makes the owner of a noun names its doer ("the pope's visit"). A visit to "the
 * region" is a journey among its states, not to a place that meets no one.
 */
class EventArgumentsOfRound66Test {

    @Test
    void aStatementCallingAnActUnconstitutionalCensuresIt() {
        EventMention censure = EventsOf.byRules("ACCUSE", "Deputy High Representative Michael Steiner said the trial of the seven"
                + " was unconstitutional because Serb officials had refused to let the defence lawyers into the court.");
        assertEquals(List.of("Michael Steiner"), EventsOf.actors(censure));
        assertTrue(censure.asserted());
    }

    @Test
    void condemningAsBarbaricIsOneAccusation() {
        List<EventMention> accusations = EventsOf.allByRules("People in Songkhla condemned the family massacre as being"
                + " \"inhumane and barbaric\", according to the statement.").stream()
                .filter(e -> e.category().equals("ACCUSE")).toList();
        assertTrue(accusations.size() <= 1, accusations.toString());
    }

    @Test
    void aSideOfTalksNamedByItsRoleIsAParty() {
        EventMention talks = EventsOf.byRules("CONSULT", "The secretary and Douste-Blazy discussed the importance of"
                + " accountability for this crime.");
        List<String> sides = new java.util.ArrayList<>(EventsOf.actors(talks));
        sides.add(EventsOf.recipient(talks));
        assertTrue(sides.contains("secretary") && sides.contains("Douste-Blazy"), sides.toString());
    }

    @Test
    void aMeetingATripWasMadeForWasAttended() {
        EventMention meeting = EventsOf.byRules("CONSULT", "Chinese State Councilor Tang Jiaxuan left here on Friday for Vietnam"
                + " to attend the first meeting under a China-Vietnam steering committee on cooperation.");
        assertTrue(meeting.asserted());
        assertEquals(List.of("Tang Jiaxuan"), EventsOf.actors(meeting));
        EventMention visit = EventsOf.byRules("CONSULT", "The junta chief General Sonthi Boonyaratglin was in Pattani Thursday"
                + " to meet local army commanders.");
        assertTrue(visit.asserted());
        assertTrue(EventsOf.noAssertedByRules("CONSULT", "Dutch Interior Minister Hans Dijkstal was to meet later Thursday with"
                + " members of the Turkish community."));
    }

    @Test
    void timeSpentHeldIsDetention() {
        EventMention held = EventsOf.byRules("COERCE", "Aung San Suu Kyi has spent 10 of the last 16 years in detention.");
        assertEquals("Aung San Suu Kyi", EventsOf.recipient(held));
        assertTrue(EventsOf.actors(held).isEmpty(), EventsOf.actors(held).toString());
        assertTrue(EventsOf.byRules("COERCE", "Dozens of Pinochet's men are behind bars in Chile.").asserted());
    }

    @Test
    void aStatementCallingAStepRightPraisesItsParty() {
        EventMention praise = EventsOf.byRules("SUPPORT", "Israel's withdrawal from Gaza is a right step forward, Ben Ali said in a"
                + " letter to the United Nations.");
        assertEquals(List.of("Ben Ali"), EventsOf.actors(praise));
        assertEquals("Israel", EventsOf.recipient(praise));
        assertTrue(EventsOf.noAssertedByRules("SUPPORT", "\"Supporting this resolution will not be a milestone for anyone,\""
                + " spokesman Shen Guofang said."));
    }

    @Test
    void wantingAPartyToActAsksIt() {
        EventMention request = EventsOf.byRules("REQUEST", "Israel wants the EU to arrest any Palestinian suspected of smuggling"
                + " arms through the crossing.");
        assertEquals(List.of("Israel"), EventsOf.actors(request));
        assertEquals("EU", EventsOf.recipient(request));
        assertTrue(EventsOf.noAssertedByRules("REQUEST", "We want the money to go to the poor."));
        EventMention order = EventsOf.byRules("REQUEST", "Olmert ordered the defense establishment \"to act locally against"
                + " Qassam rocket launching cells,\" said the statement.");
        assertEquals(List.of("Olmert"), EventsOf.actors(order));
    }

    @Test
    void killingsDuringAWarAreEventsOfTheirOwn() {
        List<EventMention> assaults = EventsOf.allByRules("Iran and Iraq fought a lengthy war from 1980 to 1988, during which"
                + " altogether more than 500,000 people were killed.").stream().filter(e -> e.category().equals("ASSAULT")).toList();
        assertEquals(2, assaults.size(), assaults.toString());
    }

    @Test
    void aTitlesPossessiveNamesTheDoer() {
        EventMention visit = EventsOf.byRules("CONSULT", "The 1,000-year celebration of the saint is one of the main reasons for"
                + " the pope's visit.");
        assertEquals(List.of("pope"), EventsOf.actors(visit));
    }

    @Test
    void aVisitToTheRegionIsAVisit() {
        EventMention visit = EventsOf.byRules("CONSULT", "Rowan Williams spoke of his recent visit to the region.");
        assertEquals(List.of("Rowan Williams"), EventsOf.actors(visit));
        assertTrue(visit.asserted());
    }

    @Test
    void aVisitToTheRegionNeedsNoCountryNamed() {
        EventMention visit = EventsOf.byRules("CONSULT", "On a visit to the region in July, Japan's then prime minister Junichiro"
                + " Koizumi proposed building a \"peace and prosperity corridor\" in the West Bank.");
        assertTrue(visit.asserted());
        assertTrue(EventsOf.actors(visit).contains("Japan") || EventsOf.actors(visit).contains("Junichiro Koizumi"),
                EventsOf.actors(visit).toString()); // the country of "Japan's then prime minister" stands for him
    }
}
