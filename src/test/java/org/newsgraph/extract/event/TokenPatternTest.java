package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Token;

class TokenPatternTest {

    private static List<Token> tokens(String tagged) {
        return TaggedTokens.of(tagged);
    }

    @Test
    void entityTagAlternativeMatchesTheTaggersWholeTag() {
        TokenPattern p = new TokenPattern("^capture/V #LOCATION");
        List<Token> t = List.of(new Token(0, 0, 5, "rebels", "NNS", "rebel", "O"),
                new Token(1, 6, 14, "captured", "VBD", "capture", "O"),
                new Token(2, 15, 22, "Kasenga", "NNP", "Kasenga", "LOCATION"));
        assertNotNull(p.matchAt(t, 1, t.size()));
        List<Token> person = List.of(t.get(0), t.get(1), new Token(2, 15, 21, "Saddam", "NNP", "Saddam", "PERSON"));
        assertNull(p.matchAt(person, 1, person.size()));
    }

    @Test
    void hyphenatedAlternativeMatchesTheTokenizersSplitParts() {
        TokenPattern p = new TokenPattern("^stage|hold/V ~2 sit-in");
        List<Token> t = tokens("workers/NNS hold/VBD a/DT sit/NN -/HYPH in/IN outside/IN");
        TokenPattern.Match m = p.matchAt(t, 1, t.size());
        assertNotNull(m);
        assertEquals(5, m.last());
        assertTrue(p.firstWords().contains("stage"));
    }

    @Test
    void hyphenatedFirstElementIsIndexedByItsFirstPart() {
        TokenPattern p = new TokenPattern("car-bomb ^attack");
        assertTrue(p.firstWords().contains("car"));
        List<Token> t = tokens("a/DT car/NN -/HYPH bomb/NN attack/NN");
        assertEquals(4, p.matchAt(t, 1, t.size()).head());
        assertNull(p.matchAt(tokens("a/DT car/NN bomb/NN attack/NN"), 1, 4));
    }

    @Test
    void pastParticipleClassRejectsAPastTense() {
        TokenPattern p = new TokenPattern("ban ~2 be ~1 ^lift/P");
        assertNotNull(p.matchAt(tokens("the/DT ban/NN be/VBD quietly/RB lift/VBN"), 1, 5));
        assertNull(p.matchAt(tokens("the/DT ban/NN be/VBD quietly/RB lift/VBD"), 1, 5));
    }

    @Test
    void gapCrossesAnOpeningQuoteAfterAPrepositionOnly() {
        TokenPattern p = new TokenPattern("^warn/V ~4 of ~3 measures");
        assertNotNull(p.matchAt(tokens("warn/VBD of/IN ``/`` painful/JJ measures/NNS"), 0, 5));
        assertNull(p.matchAt(tokens("warn/VBD ,/, ``/`` painful/JJ measures/NNS"), 0, 5));
    }

    @Test
    void lookAheadNeedsAWordAheadInTheClauseAndConsumesNothing() {
        TokenPattern p = new TokenPattern("^probe/N into ?4:murder|killing");
        TokenPattern.Match m = p.matchAt(tokens("a/DT probe/NN into/IN the/DT murder/NN of/IN Hariri/NNP"), 1, 7);
        assertNotNull(m);
        assertEquals(2, m.last());
        assertNull(p.matchAt(tokens("a/DT probe/NN into/IN the/DT cause/NN of/IN the/DT fire/NN"), 1, 8));
        assertNull(p.matchAt(tokens("a/DT probe/NN into/IN it/PRP ,/, the/DT murder/NN"), 1, 7));
    }
}
