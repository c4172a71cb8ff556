package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Runs the benchmark scorer on the development pages; skipped where ../shared is not laid out. */
class HtmlBodyScorerTest {

    private static final Path DEV = Path.of("../shared/eval/html");

    /** Measured 0.976 on the 91 development pages; the margin absorbs harmless rule changes. */
    private static final double MIN_F1 = 0.965;

    @Test
    void devSetF1() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(DEV), "no ../shared/eval/html");
        HtmlBodyScorer.Result r = HtmlBodyScorer.score(DEV);
        assertTrue(r.f1() >= MIN_F1, () -> "F1 " + r.f1() + " < " + MIN_F1);
        assertTrue(r.headlines() >= r.pages() * 0.95, () -> "headlines " + r.headlines());
    }
}
