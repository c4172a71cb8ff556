package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleMatchTest {

    @Test
    void tokensAreUnicodeWordRunsWithCaseKept() {
        assertEquals(List.of("Café", "s", "co_op", "2019", "Zürich"), ShingleMatch.tokens("Café's co_op, 2019—Zürich!"));
    }

    @Test
    void identicalTextsScoreOne() {
        ShingleMatch m = ShingleMatch.of("one two three four five", "one  two three, four five");
        assertEquals(1.0, m.precision());
        assertEquals(1.0, m.recall());
    }

    @Test
    void extraTextLowersPrecisionOnly() {
        // truth: 2 shingles; prediction: the same 2 plus 2 more
        ShingleMatch m = ShingleMatch.of("a b c d e", "a b c d e f g");
        assertEquals(0.5, m.precision(), 1e-9);
        assertEquals(1.0, m.recall(), 1e-9);
    }

    @Test
    void countsAreNormalisedToSumOne() {
        ShingleMatch m = ShingleMatch.of("a b c d e", "a b c d e f g");
        assertEquals(1.0, m.tp() + m.fp() + m.fn(), 1e-9);
    }

    @Test
    void shortTextIsOneShingle() {
        ShingleMatch m = ShingleMatch.of("a b", "a b c");
        assertEquals(0.0, m.precision());
    }

    @Test
    void emptyPredictionHasNoPrecision() {
        ShingleMatch m = ShingleMatch.of("a b c d", "");
        assertFalse(m.hasPrediction());
        assertEquals(0.0, m.recall());
    }
}
