package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Runs the pipeline over the event golden set (99 wire sentences, in the repository, about 10 s) and guards the
 * reached numbers minus a small margin, and the targets; over the held-out set (43 sentences), the blind set
 * (64 sentences), the second blind set (98 sentences) and the third (80 sentences).
 */
class EventScorerTest {

    private static final double MARGIN = 0.02;

    @Test
    void goldenSetScoresDoNotRegress() throws Exception {
        EventScorer.Result r = EventScorer.score(EventScorer.GOLDEN);
        System.out.println("Events golden set: category " + r.category() + "; with actor and recipient " + r.arguments());
        assertEquals(99, r.sentences());
        assertTrue(r.category().precision() >= Reached.CATEGORY_P - MARGIN, "category " + r.category());
        assertTrue(r.category().recall() >= Reached.CATEGORY_R - MARGIN, "category " + r.category());
        assertTrue(r.arguments().precision() >= Reached.ARGUMENTS_P - MARGIN, "arguments " + r.arguments());
        assertTrue(r.category().precision() >= 0.85 && r.category().recall() >= 0.65 && r.arguments().precision() >= 0.75,
                "below the issue's targets: " + r.category() + " / " + r.arguments());
    }

    /** The held-out set is small (17 events): one event moves a score by about 0.06, hence the wider margin. */
    @Test
    void heldOutScoresDoNotRegress() throws Exception {
        EventScorer.Result r = EventScorer.score(java.nio.file.Path.of("src/test/resources/events/heldout.jsonl"));
        System.out.println("Events held-out set: category " + r.category() + "; with actor and recipient " + r.arguments());
        assertEquals(43, r.sentences());
        assertTrue(r.category().precision() >= Reached.HELDOUT_CATEGORY_P - 0.07, "category " + r.category());
        assertTrue(r.category().recall() >= Reached.HELDOUT_CATEGORY_R - 0.07, "category " + r.category());
        assertTrue(r.arguments().precision() >= Reached.HELDOUT_ARGUMENTS_P - MARGIN, "arguments " + r.arguments());
    }

    /** The second development set (91 sentences, 90 events, seed 20250611, annotated before the system ran on it). */
    @Test
    void dev2ScoresDoNotRegress() throws Exception {
        EventScorer.Result r = EventScorer.score(java.nio.file.Path.of("src/test/resources/events/dev2.jsonl"));
        System.out.println("Events dev2 set: category " + r.category() + "; with actor and recipient " + r.arguments());
        assertEquals(91, r.sentences());
        assertTrue(r.category().precision() >= Reached.DEV2_CATEGORY_P - MARGIN, "category " + r.category());
        assertTrue(r.category().recall() >= Reached.DEV2_CATEGORY_R - MARGIN, "category " + r.category());
        assertTrue(r.arguments().precision() >= Reached.DEV2_ARGUMENTS_P - MARGIN, "arguments " + r.arguments());
    }

    /**
     * The blind set (64 sentences, annotated before any rule was changed for it): its floors are its first, blind
     * score minus 0.05, so later rule work may not make it worse than the system it was drawn for.
     */
    @Test
    void blindSetScoresStayAboveTheirFirstScore() throws Exception {
        EventScorer.Result r = EventScorer.score(java.nio.file.Path.of("src/test/resources/events/blind.jsonl"));
        System.out.println("Events blind set: category " + r.category() + "; with actor and recipient " + r.arguments());
        assertEquals(64, r.sentences());
        assertTrue(r.category().precision() >= FirstBlind.CATEGORY_P - 0.05, "category " + r.category());
        assertTrue(r.category().recall() >= FirstBlind.CATEGORY_R - 0.05, "category " + r.category());
        assertTrue(r.arguments().precision() >= FirstBlind.ARGUMENTS_P - 0.05, "arguments " + r.arguments());
        // since the fourth trigger round the blind set is a development set too: its reached numbers are guarded
        assertTrue(r.category().precision() >= Reached.BLIND_CATEGORY_P - MARGIN, "category " + r.category());
        assertTrue(r.category().recall() >= Reached.BLIND_CATEGORY_R - MARGIN, "category " + r.category());
        assertTrue(r.arguments().precision() >= Reached.BLIND_ARGUMENTS_P - MARGIN, "arguments " + r.arguments());
    }

    /**
     * The second blind set (98 sentences, annotated by a separate annotator): floors at its first score and at the
     * numbers reached after the round that used it as a development set.
     */
    @Test
    void blind2ScoresStayAboveTheirFirstScore() throws Exception {
        EventScorer.Result r = EventScorer.score(java.nio.file.Path.of("src/test/resources/events/blind2.jsonl"));
        System.out.println("Events blind2 set: category " + r.category() + "; with actor and recipient " + r.arguments());
        assertEquals(98, r.sentences());
        assertTrue(r.category().precision() >= FirstBlind2.CATEGORY_P - 0.05, "category " + r.category());
        assertTrue(r.category().recall() >= FirstBlind2.CATEGORY_R, "category " + r.category());
        assertTrue(r.arguments().precision() >= FirstBlind2.ARGUMENTS_P, "arguments " + r.arguments());
        assertTrue(r.category().precision() >= Reached.BLIND2_CATEGORY_P - MARGIN, "category " + r.category());
        assertTrue(r.category().recall() >= Reached.BLIND2_CATEGORY_R - MARGIN, "category " + r.category());
        assertTrue(r.arguments().precision() >= Reached.BLIND2_ARGUMENTS_P - MARGIN, "arguments " + r.arguments());
    }

    /**
     * The third blind set (80 sentences, separate annotator): floors at its first score and at the numbers reached after
     * the round that used it as a development set.
     */
    @Test
    void blind3ScoresStayAboveTheirFirstScore() throws Exception {
        EventScorer.Result r = EventScorer.score(java.nio.file.Path.of("src/test/resources/events/blind3.jsonl"));
        System.out.println("Events blind3 set: category " + r.category() + "; with actor and recipient " + r.arguments());
        assertEquals(80, r.sentences());
        assertTrue(r.category().precision() >= FirstBlind3.CATEGORY_P, "category " + r.category());
        assertTrue(r.category().recall() >= FirstBlind3.CATEGORY_R, "category " + r.category());
        assertTrue(r.arguments().precision() >= FirstBlind3.ARGUMENTS_P, "arguments " + r.arguments());
        assertTrue(r.category().precision() >= Reached.BLIND3_CATEGORY_P - MARGIN, "category " + r.category());
        assertTrue(r.category().recall() >= Reached.BLIND3_CATEGORY_R - MARGIN, "category " + r.category());
        assertTrue(r.arguments().precision() >= Reached.BLIND3_ARGUMENTS_P - MARGIN, "arguments " + r.arguments());
    }

    @Test
    void namesMatchOnASharedWordButNotOnAGenericOne() {
        assertTrue(EventScorer.nameMatch("Israeli troops", "Israeli"));
        assertTrue(EventScorer.nameMatch("UN Security Council", "Security Council"));
        assertTrue(!EventScorer.nameMatch("Ugandan government", "Government of Sudan"));
    }

    /** The numbers reached when this test was last updated. */
    private static final class Reached {
        static final double CATEGORY_P = 0.951;
        static final double CATEGORY_R = 0.935;
        static final double ARGUMENTS_P = 0.785;
        static final double HELDOUT_CATEGORY_P = 0.900;
        static final double HELDOUT_CATEGORY_R = 1.000;
        static final double HELDOUT_ARGUMENTS_P = 0.650;
        static final double DEV2_CATEGORY_P = 0.976;
        static final double DEV2_CATEGORY_R = 0.911;
        static final double DEV2_ARGUMENTS_P = 0.667;
        static final double BLIND_CATEGORY_P = 0.879;
        static final double BLIND_CATEGORY_R = 0.761;
        static final double BLIND_ARGUMENTS_P = 0.690;
        static final double BLIND2_CATEGORY_P = 0.948;
        static final double BLIND2_CATEGORY_R = 0.676;
        static final double BLIND2_ARGUMENTS_P = 0.792;
        static final double BLIND3_CATEGORY_P = 0.970;
        static final double BLIND3_CATEGORY_R = 0.747;
        static final double BLIND3_ARGUMENTS_P = 0.627;
    }

    /** The third blind set's first score, taken once after the fifth round (separate annotator). */
    private static final class FirstBlind3 {
        static final double CATEGORY_P = 0.900;
        static final double CATEGORY_R = 0.414;
        static final double ARGUMENTS_P = 0.450;
    }

    /** The second blind set's first score, taken once after the fourth round (separate annotator). */
    private static final class FirstBlind2 {
        static final double CATEGORY_P = 0.932;
        static final double CATEGORY_R = 0.509;
        static final double ARGUMENTS_P = 0.492;
    }

    /** The blind set's first score, before any rule change. */
    private static final class FirstBlind {
        static final double CATEGORY_P = 0.739;
        static final double CATEGORY_R = 0.254;
        static final double ARGUMENTS_P = 0.435;
    }
}
