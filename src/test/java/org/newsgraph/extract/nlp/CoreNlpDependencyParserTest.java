package org.newsgraph.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.DependencyParse;
import org.newsgraph.extract.TextAnalysis;
import org.newsgraph.extract.Token;

class CoreNlpDependencyParserTest {

    private static List<Token> tokens(String text) {
        TextAnalysis a = CoreNlpAnalyzer.shared().analyze(text);
        return a.tokens(a.sentences().get(0));
    }

    private static int at(List<Token> t, String word) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).word().equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word + " not in " + t);
    }

    @Test
    void aPassiveHasItsSubjectAndItsByAgent() {
        List<Token> t = tokens("Three soldiers were killed by rebels in Darfur.");
        DependencyParse p = CoreNlpDependencyParser.shared().parse(t);
        int killed = at(t, "killed");
        assertEquals(t.size(), p.size());
        assertEquals(killed, p.headOf(at(t, "soldiers")));
        assertEquals("nsubj:pass", p.relationOf(at(t, "soldiers")));
        assertEquals(-1, p.headOf(killed));
        assertEquals(List.of(at(t, "rebels")), p.dependents(killed, "obl:agent"));
    }

    @Test
    void theEnhancedGraphGivesARelativeClauseItsAntecedentAsSubject() {
        List<Token> t = tokens("Police dispersed demonstrators who gathered near the embassy.");
        DependencyParse p = CoreNlpDependencyParser.shared().parse(t);
        int gathered = at(t, "gathered");
        assertTrue(p.dependents(gathered, "nsubj").contains(at(t, "demonstrators")), p.dependents(gathered).toString());
    }

    @Test
    void anEmptySentenceHasNoParse() {
        assertNull(CoreNlpDependencyParser.shared().parse(List.of()));
    }
}
