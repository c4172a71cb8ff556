package org.newsgraph.eval;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.time.TimeFinder;

import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class TimeBankScorerTest {

    /** Value-F1 (TimeBank and AQUAINT together) measured after the third round of rules (0.838), less 0.005. */
    private static final double MIN_VALUE_F1 = 0.833;

    @Test
    void valueF1OnTimeBankAndAquaint() throws Exception {
        assumeTrue(Files.isDirectory(TimeBankScorer.DEFAULT_DIR), "../shared/eval/timebank is absent");
        TimeBankScorer.Result r = TimeBankScorer.score(TimeBankScorer.DEFAULT_DIR, new TimeFinder(), null);
        assertTrue(r.gold() > 1500, "expected the full corpus, got " + r.gold() + " gold mentions");
        assertTrue(r.valueF1() >= MIN_VALUE_F1, "value-F1 " + r.valueF1());
    }

    @Test
    void equivalentValueSpellingsMatch() {
        assertTrue(TimeBankScorer.sameValue("2000-W7", "2000-W07"));
        assertTrue(TimeBankScorer.sameValue("1989-11-06T17", "1989-11-06T17:00"));
        assertTrue(!TimeBankScorer.sameValue("2000-W17", "2000-W07"));
    }

    @Test
    void decadeAndCenturyPaddedWithXMatchTheirShortForm() {
        assertTrue(TimeBankScorer.sameValue("199X", "199"));
        assertTrue(TimeBankScorer.sameValue("19XX", "19"));
        assertTrue(!TimeBankScorer.sameValue("199X", "1990"));
        assertTrue(!TimeBankScorer.sameValue("1989-XX", "1989"));
    }

    @Test
    void durationsOfTheSameLengthMatchAcrossUnits() {
        assertTrue(TimeBankScorer.sameValue("P1E", "P10Y"));
        assertTrue(TimeBankScorer.sameValue("P2Q", "P6M"));
        assertTrue(TimeBankScorer.sameValue("P1D", "PT24H"));
        assertTrue(TimeBankScorer.sameValue("P2Y6M", "P30M"));
        assertTrue(!TimeBankScorer.sameValue("P1M", "PT1M"));
        assertTrue(!TimeBankScorer.sameValue("P1M", "P30D"));
        assertTrue(!TimeBankScorer.sameValue("PXY", "PXE"));
        assertTrue(!TimeBankScorer.sameValue("P1Y", "1989"));
    }
}
