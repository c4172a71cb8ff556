package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.nlp.CoreNlpAnalyzer;
import org.newsgraph.ingest.Article;
import org.newsgraph.pipeline.ArticleProcessor;

/** The construction closure: the entries derived from verb rules, and what they find in text. */
class ClosureTest {

    private static final Map<String, Set<String>> NOUNS = Map.of("condemn", Set.of("condemnation"),
            "revoke", Set.of("revocation"), "appeal", Set.of("appeal"));
    private static final ArticleProcessor PROCESSOR = new ArticleProcessor(CoreNlpAnalyzer.shared());

    private static List<EventMention> asserted(String category, String text) {
        Article a = new Article("t", null, null, "", null, List.of(), null, null, "2021-11-09", null, "en", null, -1, 0, text);
        return PROCESSOR.link(a).extraction().findings(EventMention.class).stream()
                .filter(e -> e.category().equals(category) && e.asserted()).toList();
    }

    @Test
    void bareVerbGivesItsNounWithAPartyBeforeOrAnArgumentAfter() {
        List<String> d = Closure.derive("ACCUSE", "criticize", "-", "^condemn|deplore/V", NOUNS);
        assertEquals(List.of("ACCUSE criticize noun PARTY ^condemnation/N of|by|against",
                "ACCUSE criticize noun ADJACENT_ACTOR ^condemnation/N"), d);
    }

    @Test
    void verbWithObjectGivesItsNounWithOfAndAPassiveWithBe() {
        List<String> d = Closure.derive("CONCEDE", "ease", "-", "^lift|revoke/V ~4 ban|curfew", NOUNS);
        assertEquals(List.of("CONCEDE ease noun - ^revocation/N of ~3 ban|curfew",
                "CONCEDE ease verb - ban|curfew ~2 be ~1 ^lift|revoke/P"), d);
    }

    @Test
    void verbWithPrepositionKeepsItForItsNoun() {
        assertEquals(List.of("REQUEST appeal noun PARTY ^appeal/N to|for"),
                Closure.derive("REQUEST", "appeal", "-", "^appeal/V to|for", NOUNS));
    }

    @Test
    void particlesAndNonObjectsDeriveNothing() {
        assertTrue(Closure.derive("RETREAT", "withdraw", "-", "^pull/V ~2 out|back", NOUNS).isEmpty());
        assertTrue(Closure.derive("ACCUSE", "allege", "-", "^allege/V that", NOUNS).isEmpty());
    }

    @Test
    void aPassiveContactStillNeedsACounterpart() {
        List<String> d = Closure.derive("CONSULT", "meet", "-", "^hold/V ~3 talk|meeting", Map.of());
        assertEquals(List.of("CONSULT meet verb COUNTERPART talk|meeting ~2 be ~1 ^hold/P"), d);
    }

    @Test
    void shippedTableFindsTheNominalOfAnObjectRule() {
        assertEquals(1, asserted("CONCEDE", "Curbs eased after the revocation of the ban on political gatherings.").size());
    }

    @Test
    void shippedTableFindsAPassiveOfAnObjectRule() {
        assertEquals(1, asserted("CONCEDE", "The curfew in Dili was lifted on Monday.").size());
    }

    @Test
    void shippedTableFindsANamedPossessorOfADerivedNoun() {
        List<EventMention> found = asserted("SUPPORT", "The minister noted Togo's support to the one-China policy.");
        assertEquals(1, found.size(), found::toString);
        assertEquals("Togo", found.get(0).actor().text());
    }

    @Test
    void aWeakNounThatFailsItsNeedLeavesItsWordsToALaterRule() {
        // "demonstrations" alone needs an actor; the lifting of the ban over it still stands
        assertEquals(1, asserted("CONCEDE", "The ban on demonstrations was lifted on Sunday.").size());
    }

    @Test
    void derivedNounKeepsTheModalityMachinery() {
        assertTrue(asserted("ACCUSE", "Paris may face condemnation by the rights groups.").isEmpty());
    }
}
