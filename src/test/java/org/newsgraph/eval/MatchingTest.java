package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatchingTest {

    private static List<int[]> span(int b, int e) {
        return List.of(new int[] {b, e});
    }

    @Test
    void matchingIsOneToOneLargestOverlapFirst() {
        // one system span overlapping two gold spans matches only the one it overlaps most
        Matching m = Matching.run(List.of(span(0, 10)), List.of(span(0, 3), span(2, 10)), null, null);
        assertArrayEquals(new boolean[] {true}, m.systemMatched);
        assertArrayEquals(new boolean[] {false, true}, m.goldMatched);
    }

    @Test
    void endToEndNeedsOverlappingSources() {
        Matching m = Matching.run(List.of(span(0, 10)), List.of(span(0, 10)), List.of(span(20, 22)),
                List.of(span(23, 30)));
        assertFalse(m.systemMatched[0]);
    }

    @Test
    void directQuoteByMarksAtTheEdgesOrAround() {
        String t = "He said “we win” and that we “win”.";
        assertTrue(Matching.isDirect(t, span(8, 16)));
        assertTrue(Matching.isDirect(t, span(9, 15)));
        assertFalse(Matching.isDirect(t, span(3, 7)));
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
}
