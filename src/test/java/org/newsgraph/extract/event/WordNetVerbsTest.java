package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The WordNet verb lexicon: its line format, its place at the end of the trigger table, and its events. */
class WordNetVerbsTest {

    @Test
    void lexiconLineBecomesABareVerbRuleWithTheCategorysNeed() {
        assertEquals(List.of("ASSAULT - verb ACTOR_OR_VICTIM ^besiege/V"),
                WordNetVerbs.entries(List.of("# header", "", "besiege ASSAULT - attack.1"), Set.of()));
    }

    @Test
    void malformedLexiconLineIsReportedWithItsNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WordNetVerbs.entries(List.of("# header", "besiege BESIEGE - attack.1"), Set.of()));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void handRuleWinsOverAWordNetEntryForTheSameHead() {
        TriggerTable t = TriggerTable.parse(List.of("REJECT refuse verb - ^snub/V"), null,
                List.of("snub ACCUSE criticize criticize.1", "castigate ACCUSE criticize criticize.1"));
        assertEquals(List.of("REJECT", "ACCUSE"), t.rules().stream().map(Triggers.Rule::category).toList());
        assertEquals(Set.of("castigate"), t.rules().get(1).pattern().firstWords());
    }

    @Test
    void shippedLexiconRulesComeAfterEveryWrittenRule() {
        List<Triggers.Rule> rules = TriggerTable.load().rules();
        Triggers.Rule last = rules.get(rules.size() - 1);
        assertTrue(!last.nominal() && last.pattern().headWords().size() == 1, last::toString);
        assertTrue(rules.stream().filter(r -> r.pattern().headWords().contains("besiege")).count() == 1);
    }

    @Test
    void verbKnownOnlyToWordNetYieldsAnAssault() {
        List<EventMention> es = EventsOf.asserted("ASSAULT", "Rebel forces besieged the town of Kidal on Monday.");
        assertEquals(1, es.size(), es::toString);
        assertTrue(EventsOf.actors(es.get(0)).toString().contains("forces"), es::toString);
        assertEquals("Kidal", es.get(0).recipient().text());
    }

    @Test
    void verbKnownOnlyToWordNetYieldsAnAccusation() {
        List<EventMention> es = EventsOf.asserted("ACCUSE", "The opposition leader castigated the government on Tuesday.");
        assertEquals(1, es.size(), es::toString);
    }

    @Test
    void participleBetweenDeterminerAndAdjectiveIsNoEvent() {
        assertTrue(EventsOf.events("Clinton called for direct talks between the exiled Tibetan leader and Beijing.").stream()
                .noneMatch(e -> e.category().equals("COERCE")));
    }
}
