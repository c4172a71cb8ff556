package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seventy-first round, the rules alone. A threat to end ties or to wage war "with" a party is aimed at that party ("the
 * truce with Israel"); one threat told both by the verb of warning and by the attack it promises is one event; a test or a
 * deployment that dates a clause ("after the missile test") was not made by the clause's subject; a navy that sinks boats
 * attacks them; a leader who tells a visiting leader something has met them; a meeting or an agreement in a "with whom"
 * clause is with the clause's antecedent ("Kovac, with whom Chernomyrdin met").
 */
class EventArgumentsOfRound71Test {

    @Test
    void aThreatToEndATruceWithAPartyIsAimedAtIt() {
        EventMention e = EventsOf.byRules("THREATEN", "Hamas threatened to end the truce with Israel.");
        assertEquals(List.of("Hamas"), EventsOf.actors(e));
        assertEquals("Israel", EventsOf.recipient(e));
    }

    @Test
    void aLongWarVowedWithAPartyIsAThreatToIt() {
        EventMention e = EventsOf.byRules("THREATEN", "The Islamists acknowledged that they had been forced to withdraw from many"
                + " front-line positions but vowed to dig in for a long war with Ethiopia.");
        assertEquals("Ethiopia", EventsOf.recipient(e));
    }

    @Test
    void aThreatToStopCooperatingWithABodyIsAimedAtIt() {
        EventMention e = EventsOf.byRules("THREATEN", "Iran threatened to stop cooperating with the IAEA.");
        assertEquals("IAEA", EventsOf.recipient(e));
    }

    @Test
    void aThreatWithoutATieNamesNoOneByWith() {
        EventMention e = EventsOf.byRules("THREATEN", "The rebels threatened to fight with all their strength.");
        assertNull(e.recipient());
    }

    @Test
    void aThreatToldByItsWarningAndItsAttackIsOneEvent() {
        List<EventMention> threats = EventsOf.allByRules("The rebels warned that they would attack the capital unless the"
                + " president resigned.").stream().filter(x -> x.category().equals("THREATEN")).toList();
        assertEquals(1, threats.size());
        assertEquals(List.of("rebels"), EventsOf.actors(threats.get(0)));
    }

    @Test
    void aTestThatDatesTheClauseIsNotTheSubjects() {
        List<EventMention> tests = EventsOf.allByRules("Japan suspended its food aid to North Korea after the missile test.")
                .stream().filter(x -> x.category().equals("MOBILIZE")).toList();
        assertTrue(tests.stream().allMatch(x -> x.actors().stream().noneMatch(a -> a.text().equals("Japan"))));
    }

    @Test
    void aTestWithItsOwnerBeforeItKeepsTheOwner() {
        List<EventMention> tests = EventsOf.allByRules("Japan imposed sanctions on North Korea following its nuclear test.")
                .stream().filter(x -> x.category().equals("MOBILIZE")).toList();
        assertTrue(tests.stream().allMatch(x -> x.actors().stream().noneMatch(a -> a.text().equals("Japan"))));
    }

    @Test
    void aNavyThatSinksBoatsAttacksThem() {
        EventMention e = EventsOf.byRules("ASSAULT", "The Sri Lankan navy sank three rebel boats off the northeast coast, the"
                + " military said.");
        assertTrue(EventsOf.actors(e).stream().anyMatch(a -> a.contains("navy")));
    }

    @Test
    void aBoatThatSankIsNoAttack() {
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "A refugee boat sank after colliding with an Italian warship."));
    }

    @Test
    void tellingAVisitingLeaderIsMeetingThem() {
        EventMention e = EventsOf.byRules("CONSULT", "China will encourage more tourists to Kenya, President Hu Jintao told visiting"
                + " Kenyan President Mwai Kibaki Friday.");
        assertEquals(List.of("Hu Jintao"), EventsOf.actors(e));
        assertEquals("Mwai Kibaki", EventsOf.recipient(e));
    }

    @Test
    void tellingVisitingReportersIsNoMeeting() {
        assertTrue(EventsOf.noAssertedByRules("CONSULT", "He told visiting reporters that the economy was growing."));
    }

    @Test
    void aMeetingWithWhomIsWithTheAntecedent() {
        EventMention e = EventsOf.byRules("CONSULT", "According to the spokesman of Slovakian President Michal Kovac, with whom"
                + " Chernomyrdin met, the Russian premier said NATO expansion was risky.");
        assertEquals(List.of("Chernomyrdin"), EventsOf.actors(e));
        assertEquals("Michal Kovac", EventsOf.recipient(e));
    }

    @Test
    void aTreatySignedWithWhichIsWithTheAntecedent() {
        EventMention e = EventsOf.byRules("AGREE", "The minister thanked Egypt, with which Israel signed a peace treaty in 1979.");
        assertEquals(List.of("Israel"), EventsOf.actors(e));
        assertEquals("Egypt", EventsOf.recipient(e));
    }

    @Test
    void aMeetingPastACommaAfterWithWhomKeepsItsOwnParties() {
        EventMention e = EventsOf.byRules("CONSULT", "Rice, with whom he has often disagreed, met Olmert in Jerusalem.");
        assertEquals("Olmert", EventsOf.recipient(e));
    }
}
