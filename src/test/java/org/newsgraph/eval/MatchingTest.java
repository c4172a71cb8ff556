package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatchingTest {

    private static List<int[]> span(String text, String part) {
        int b = text.indexOf(part);
        return List.of(new int[] {b, b + part.length()});
    }

    @Test
    void wholeQuoteWithItsMarksIsDirect() {
        String t = "“We will win,” he said.";
        assertTrue(Matching.isDirect(t, span(t, "“We will win,”")));
    }

    @Test
    void quoteEnclosedByMarksIsDirect() {
        String t = "“We will win,” he said.";
        assertTrue(Matching.isDirect(t, span(t, "We will win")));
    }

    @Test
    void reportedSpeechEndingInPartialQuoteIsNotDirect() {
        String t = "She said that Trump is “unfit to serve.”";
        assertFalse(Matching.isDirect(t, span(t, "that Trump is “unfit to serve.”")));
    }

    @Test
    void reportedSpeechStartingWithPartialQuoteIsNotDirect() {
        String t = "He said \"budget reforms\" would pay for it.";
        assertFalse(Matching.isDirect(t, span(t, "\"budget reforms\" would pay for it")));
    }

    @Test
    void systemItemWithoutSourceCountsAsWrongWhereGoldNamesSpeaker() {
        List<List<int[]>> sc = List.of(List.of(new int[] {0, 10}));
        List<List<int[]>> ss = List.of(List.of());
        List<List<int[]>> gc = List.of(List.of(new int[] {0, 10}));
        List<List<int[]>> gs = List.of(List.of(new int[] {12, 14}));
        Matching m = Matching.run(sc, gc, ss, gs);
        PolnearScorer.Measure r = m.measure(ss, gs, sc, gc, new boolean[1], new boolean[1], false);
        assertEquals(1, r.system());
        assertEquals(0, r.matchedSystem());
    }

    @Test
    void systemItemWithoutSourceIsLeftOutWhereGoldHasNoneEither() {
        List<List<int[]>> sc = List.of(List.of(new int[] {0, 10}));
        List<List<int[]>> ss = List.of(List.of());
        List<List<int[]>> gc = List.of(List.of(new int[] {0, 10}));
        List<List<int[]>> gs = List.of(List.of());
        Matching m = Matching.run(sc, gc, ss, gs);
        PolnearScorer.Measure r = m.measure(ss, gs, sc, gc, new boolean[1], new boolean[1], false);
        assertEquals(0, r.system());
        assertEquals(0, r.gold());
    }

    @Test
    void matchingIsOneToOneLargestOverlapFirst() {
        // one system span overlapping two gold spans matches only the one it overlaps most
        Matching m = Matching.run(List.of(range(0, 10)), List.of(range(0, 3), range(2, 10)), null, null);
        assertArrayEquals(new boolean[] {true}, m.systemMatched);
        assertArrayEquals(new boolean[] {false, true}, m.goldMatched);
    }

    @Test
    void endToEndNeedsOverlappingSources() {
        Matching m = Matching.run(List.of(range(0, 10)), List.of(range(0, 10)), List.of(range(20, 22)),
                List.of(range(23, 30)));
        assertFalse(m.systemMatched[0]);
    }

    @Test
    void directQuoteByMarksAtTheEdgesOrAround() {
        String t = "He said “we win” and that we “win”.";
        assertTrue(Matching.isDirect(t, range(8, 16)));
        assertTrue(Matching.isDirect(t, range(9, 15)));
        assertFalse(Matching.isDirect(t, range(3, 7)));
    }

    @Test
    void bratReaderTiesDiscontinuousContentToItsSource() throws Exception {
        java.nio.file.Path f = java.nio.file.Files.createTempFile("polnear", ".ann");
        java.nio.file.Files.writeString(f, "T1\tSource 10 12\the\nT2\tCue 13 17\tsaid\n"
                + "T3\tContent 0 8;18 25\tfirst second\nT4\tAttribution 13 17\tsaid\n"
                + "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n");
        List<BratAttributions.Gold> g = BratAttributions.read(f);
        java.nio.file.Files.delete(f);
        assertTrue(g.size() == 1 && g.get(0).content().size() == 2 && g.get(0).source().get(0)[0] == 10);
    }

    private static List<int[]> range(int b, int e) {
        return List.of(new int[] {b, e});
    }
}
