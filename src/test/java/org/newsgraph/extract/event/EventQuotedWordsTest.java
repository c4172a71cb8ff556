package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.allByRules;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Thirty-second round: words in quotes inside a trigger's reach, rules that reach past another event's words, warnings
 * of harm to relations, names of praise and blame, scheduled meetings still to come, objects denied with "no", and
 * charges in sentences with sport words. The rules are tested alone.
 */
class EventQuotedWordsTest {

    private static boolean none(String category, String text) {
        return allByRules(text).stream().noneMatch(e -> e.category().equals(category));
    }

    @Test
    void aQuotedPhraseAfterAVerbIsPartOfItsClause() {
        EventMention e = byRules("THREATEN", "Iran's top nuclear official warned Western powers they would face \"painful"
                + " measures\" by the Islamic republic if sanctions were imposed.");
        assertTrue(e.asserted());
    }

    @Test
    void aRuleReachesPastTheWordsOfAnotherEvent() {
        // "supporting" is a support of its own; the warning reaches past it to the harm it names
        EventMention e = byRules("THREATEN", "China warned Tuesday that any country supporting the resolution would harm its"
                + " relations with the Asian giant.");
        assertEquals(List.of("China"), actors(e));
        assertEquals(List.of("Beijing"), actors(byRules("THREATEN", "Beijing warned Tuesday that all countries supporting an"
                + " anti-China motion would \"adversely affect\" their relations with the Asian giant.")));
    }

    @Test
    void aLookAlikeStillKeepsRulesOffItsWholeSpan() {
        // "holding a press conference": the look-alike keeps the holding of a meeting off, the meeting after it stays
        EventMention e = byRules("CONSULT", "However, both Rice and Steinmeier chose the unusual move of not holding a press"
                + " conference after their meeting as sharp questions from the press might eclipse the talks.");
        assertTrue(e.asserted());
        assertTrue(e.trigger().of("However, both Rice and Steinmeier chose the unusual move of not holding a press"
                + " conference after their meeting as sharp questions from the press might eclipse the talks.").contains("meeting"));
    }

    @Test
    void aWarningOfAThreatToRelationsThreatens() {
        assertEquals(List.of("Iran"), actors(byRules("THREATEN", "Iran warned Wednesday of a threat to relations with Germany over"
                + " the outcome of a trial.")));
    }

    @Test
    void aNameOfBlameInQuotesAccusesTheOneNamed() {
        EventMention e = byRules("ACCUSE", "Labour called Santer's speech \"ill-judged and unwise\", and attempted to promote"
                + " their own Euro-scepticism.");
        assertEquals(List.of("Labour"), actors(e));
        assertEquals("Santer", recipient(e));
        assertEquals(List.of("Labour"), actors(byRules("ACCUSE", "Labour called him \"a puppet of Castro.\"")));
    }

    @Test
    void aNameOfPraiseSupports() {
        EventMention e = byRules("SUPPORT", "President Vladimir Putin has called the parliamentary election a \"milestone\" that"
                + " will boost stability in the republic.");
        assertEquals(List.of("Vladimir Putin"), actors(e));
        assertTrue(none("SUPPORT", "President Vladimir Putin has called for a new election in the republic."));
    }

    @Test
    void aMeetingAheadOfWhichSomethingHappensIsStillToCome() {
        List<EventMention> meetings = allByRules("Mottaki's visit to Pakistan comes ahead of December 21 talks between Iran and"
                + " the European Union on its disputed nuclear programme.").stream()
                .filter(e -> e.category().equals("CONSULT") && e.recipient() != null && recipient(e).contains("European Union")).toList();
        assertEquals(1, meetings.size());
        assertFalse(meetings.get(0).asserted());
    }

    @Test
    void anObjectDeniedWithNoDeniesTheEvent() {
        assertFalse(byRules("CONCEDE", "Blair's spokesman added that the prime minister made \"no apology\" for acting in the"
                + " national interest.").asserted());
        assertTrue(byRules("CONCEDE", "Blair's spokesman added that the prime minister made an apology for the remarks.").asserted());
    }

    @Test
    void aChargeKeepsItsSenseBesideSportWords() {
        EventMention e = byRules("ACCUSE", "Nahum Manbar, 51, an owner of a Jerusalem basketball team, had been accused by US"
                + " President Bill Clinton of selling material used in making chemical arms to Iran.");
        assertEquals(List.of("Bill Clinton"), actors(e));
        assertEquals("Nahum Manbar", recipient(e));
        assertTrue(none("ACCUSE", "The club is considering legal action over the coach's criticism of the referee after the match."));
    }

    @Test
    void aRelativeClauseBetweenANamedSubjectAndItsVerbIsSkipped() {
        EventMention e = byRules("REQUEST", "The French leader, who gathered here with more than 20 African counterparts, plus"
                + " officials from across the continent, also urged the international community to double public aid.");
        assertEquals(List.of("French"), actors(e)); // the leader's nation, not the officials of the clause
        // the pronoun is the subject when the clause has no verb of its own; a thing before the clause is no party
        assertTrue(byRules("ASSAULT", "The governor told Xinhua that the blast, which happened at around 10:00 a.m., killed"
                + " seven people.").actors().isEmpty());
    }

    @Test
    void callsOnAfterADayAndCallsSteppedUpRequest() {
        EventMention e = byRules("REQUEST", "The UN Human Rights Commission called Thursday on countries which still have the"
                + " death penalty to limit executions.");
        assertEquals("countries", recipient(e));
        assertEquals(List.of("Democrats"), actors(byRules("REQUEST", "Opposition Democrats are stepping up calls for a timetable"
                + " for a military withdrawal.")));
    }
}
