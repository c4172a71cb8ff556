package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BratAttributionsTest {

    @TempDir
    Path dir;

    @Test
    void secondContentSpanJoinsTheContent() throws Exception {
        Path ann = dir.resolve("a_1.ann");
        Files.writeString(ann, String.join("\n",
                "T1\tContent 0 10\t“A,”",
                "T2\tSource 11 13\the",
                "T3\tCue 14 18\tsaid",
                "T4\tAttribution 14 18\tsaid",
                "T5\tContent 20 30\t“B.”",
                "E1\tAttribution:T4 Cue:T3 Source:T2 Content:T1 Content2:T5", ""));
        List<BratAttributions.Gold> gold = BratAttributions.read(ann);
        assertEquals(1, gold.size());
        assertEquals(2, gold.get(0).content().size());
        assertEquals(20, gold.get(0).content().get(1)[0]);
    }

    @Test
    void discontinuousSpanKeepsItsParts() throws Exception {
        Path ann = dir.resolve("b_1.ann");
        Files.writeString(ann, String.join("\n",
                "T1\tContent 0 5;9 12\tab cd",
                "T2\tAttribution-no-source 6 8\tsaid",
                "E1\tAttribution-no-source:T2 Content:T1", ""));
        List<BratAttributions.Gold> gold = BratAttributions.read(ann);
        assertEquals(2, gold.get(0).content().size());
        assertEquals(0, gold.get(0).source().size());
    }

    @Test
    void swappedSourceAndCueAreReadBackTheRightWayRound() throws Exception {
        Path ann = dir.resolve("c_1.ann");
        Files.writeString(ann, String.join("\n",
                "T1\tContent 0 10\t“A,”",
                "T2\tSource 11 15\tsaid",
                "T3\tCue 16 21\tObama",
                "T4\tAttribution 11 15\tsaid",
                "E1\tAttribution:T4 Cue:T3 Source:T2 Content:T1", ""));
        BratAttributions.Gold g = BratAttributions.read(ann).get(0);
        assertEquals(16, g.source().get(0)[0]);
        assertEquals(11, g.cue().get(0)[0]);
    }
}
