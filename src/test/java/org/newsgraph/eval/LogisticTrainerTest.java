package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.event.LogisticModel;

class LogisticTrainerTest {

    private static List<LogisticTrainer.Example> examples(LogisticTrainer t) {
        List<LogisticTrainer.Example> x = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            x.add(new LogisticTrainer.Example(t.index(List.of("b", "w=attack")), 1));
            x.add(new LogisticTrainer.Example(t.index(List.of("b", "w=talks")), 2));
            x.add(new LogisticTrainer.Example(t.index(List.of("b", "w=the")), 0));
        }
        x.add(new LogisticTrainer.Example(t.index(List.of("b", "w=rare")), 1)); // seen once
        return x;
    }

    @Test
    void separableClassesAreLearnt() {
        LogisticTrainer t = new LogisticTrainer();
        LogisticModel m = t.fit(examples(t), new String[] {"NONE", "ASSAULT", "CONSULT"}, 10, 0.1, 1e-3, 1, 0.5);
        assertTrue(m.probabilities(List.of("b", "w=attack"))[1] > 0.8);
        assertTrue(m.probabilities(List.of("b", "w=talks"))[2] > 0.8);
        assertTrue(m.probabilities(List.of("b", "w=the"))[0] > 0.8);
        assertEquals(0.5, m.threshold(0));
    }

    @Test
    void rareFeaturesAreDroppedAndTheFitIsRepeatable() {
        LogisticTrainer t = new LogisticTrainer();
        LogisticModel m = t.fit(examples(t), new String[] {"NONE", "ASSAULT", "CONSULT"}, 5, 0.1, 1e-3, 2);
        double[] rare = m.probabilities(List.of("w=rare"));
        double[] none = m.probabilities(List.of());
        assertEquals(none[1], rare[1], 1e-12, "a feature seen once has no weight with a minimum count of 2");
        LogisticTrainer t2 = new LogisticTrainer();
        LogisticModel again = t2.fit(examples(t2), new String[] {"NONE", "ASSAULT", "CONSULT"}, 5, 0.1, 1e-3, 2);
        assertEquals(m.probabilities(List.of("b", "w=talks"))[2], again.probabilities(List.of("b", "w=talks"))[2], 1e-12);
    }
}
