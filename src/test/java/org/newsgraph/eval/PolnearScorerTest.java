package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.nlp.CoreNlpAnalyzer;
import org.newsgraph.extract.quote.AttributionFinder;

/**
 * Runs the scorer on the PolNeAR dev split (84 articles, about 30 s) and guards the reached numbers minus a
 * small margin. Skipped when ../shared is absent.
 */
class PolnearScorerTest {

    private static final Path DEV = Path.of("../shared/eval/polnear/dev");
    private static final double MARGIN = 0.02;

    @Test
    void devScoresDoNotRegress() throws Exception {
        assumeTrue(Files.isDirectory(DEV), "PolNeAR dev split not available");
        PolnearScorer.Result r = PolnearScorer.score(DEV, CoreNlpAnalyzer.shared()::analyze, new AttributionFinder());
        System.out.println("PolNeAR dev: content " + r.content() + "; end to end " + r.attribution()
                + "; direct end to end " + r.directAttribution());
        assertTrue(r.articles() == 84);
        assertTrue(r.attribution().f1() >= Reached.E2E_F1 - MARGIN, "end-to-end F1 " + r.attribution());
        assertTrue(r.attribution().precision() >= Reached.E2E_P - MARGIN, "end-to-end P " + r.attribution());
        assertTrue(r.directAttribution().f1() >= Reached.DIRECT_E2E_F1 - MARGIN, "direct " + r.directAttribution());
        assertTrue(r.content().f1() >= Reached.CONTENT_F1 - MARGIN, "content " + r.content());
        assertTrue(r.finderMillisPerArticle() < 25, "finder too slow: " + r.finderMillisPerArticle() + " ms");
    }

    /** The numbers reached on dev when this test was last updated. */
    private static final class Reached {
        static final double E2E_F1 = 0.708;
        static final double E2E_P = 0.776;
        static final double DIRECT_E2E_F1 = 0.916;
        static final double CONTENT_F1 = 0.716;
    }
}
