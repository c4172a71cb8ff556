package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.nlp.CoreNlpAnalyzer;
import org.newsgraph.pipeline.ArticleProcessor;

/** Runs the MEANTIME scorer (120 articles, about 30 s) and guards the reached numbers minus a small margin. */
class MeantimeScorerTest {

    private static final double MARGIN = 0.02;

    @Test
    void devScoresDoNotRegress() throws Exception {
        assumeTrue(Files.isDirectory(MeantimeScorer.DEFAULT_DIR), "MEANTIME not available");
        MeantimeScorer.Result r = MeantimeScorer.score(MeantimeScorer.DEFAULT_DIR,
                new ArticleProcessor(CoreNlpAnalyzer.shared()), null);
        System.out.println("MEANTIME " + r.byType() + " micro " + r.micro());
        assertTrue(r.documents() == 120);
        assertTrue(r.micro().f1() >= Reached.MICRO_F1 - MARGIN, r.micro().toString());
        assertTrue(r.byType().get("PER").f1() >= Reached.PER_F1 - MARGIN, r.byType().toString());
        assertTrue(r.byType().get("ORG").f1() >= Reached.ORG_F1 - MARGIN, r.byType().toString());
        assertTrue(r.byType().get("LOC").f1() >= Reached.LOC_F1 - MARGIN, r.byType().toString());
    }

    /** Overlap F1 reached when this test was last updated. */
    private static final class Reached {
        static final double MICRO_F1 = 0.830;
        static final double PER_F1 = 0.720;
        static final double ORG_F1 = 0.852;
        static final double LOC_F1 = 0.827;
    }
}
