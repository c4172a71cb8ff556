package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleCacheTest {

    @TempDir
    Path dir;

    private static ArgumentModelTrainer.Event event(int[] labels, List<List<String>> features) {
        return new ArgumentModelTrainer.Event(features, labels, null, null, List.of());
    }

    @Test
    void examplesReadBackAsWritten() throws IOException {
        List<ArgumentModelTrainer.Event> events = List.of(
                event(new int[] {1, 0}, List.of(List.of("b", "dp=+nsubj", "ls=1 1/2L"), List.of("b", "dp=far"))),
                event(new int[0], List.of()));
        Path f = dir.resolve("train1.jsonl.examples");
        ExampleCache.write(events, f);
        List<ArgumentModelTrainer.Event> back = ExampleCache.read(f);
        assertEquals(2, back.size());
        assertArrayEquals(new int[] {1, 0}, back.get(0).labels());
        assertEquals(events.get(0).features(), back.get(0).features());
        assertEquals(0, back.get(1).labels().length);
    }

    @Test
    void droppedFamiliesAreLeftOutOfEveryCandidate() {
        List<ArgumentModelTrainer.Event> events = List.of(event(new int[] {2}, List.of(List.of("b", "dp=+obj", "cdp=AID+obj"))));
        List<ArgumentModelTrainer.Event> kept = ArgumentModelTrainer.without(events, List.of("cdp="));
        assertEquals(List.of(List.of("b", "dp=+obj")), kept.get(0).features());
    }
}
