package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Token;
import org.newsgraph.extract.quote.Span;

class TriggerModelTest {

    private static final String[] CLASSES = {TriggerModel.NONE, "ASSAULT", "CONSULT"};

    private static List<Token> tokens(String tagged) {
        return TaggedTokens.of(tagged);
    }

    /** A model that reads "shell" as ASSAULT and "talk" as CONSULT, everything else as no trigger. */
    private static TriggerModel model(double add, double veto) {
        return new TriggerModel(CLASSES, Map.of(
                "b", new float[] {3, 0, 0},
                "l=shell", new float[] {0, 8, 0},
                "l=talk", new float[] {0, 0, 8}), add, veto);
    }

    @Test
    void probabilitiesAreASoftmaxOverTheFeaturesWeights() {
        double[] p = model(0.5, 0).probabilities(List.of("b", "l=shell"));
        assertEquals(1.0, p[0] + p[1] + p[2], 1e-9);
        assertTrue(p[1] > 0.9, () -> "ASSAULT " + p[1]);
        double[] none = model(0.5, 0).probabilities(List.of("b", "unknown feature"));
        assertTrue(none[0] > 0.9);
    }

    @Test
    void aTokenTheModelReadsAsATriggerIsProposedWithItsCategoryAndHead() {
        List<Token> t = tokens("troops/NNS shell/VBD the/DT town/NN");
        List<Triggers.Hit> proposals = model(0.5, 0).read(t, List.of(), List.of()).proposals(List.of());
        assertEquals(1, proposals.size());
        Triggers.Hit h = proposals.get(0);
        assertEquals("ASSAULT", h.rule().category());
        assertEquals(1, h.match().head());
        assertFalse(h.rule().nominal());
        assertEquals(Triggers.Need.NOTHING, h.rule().need());
    }

    @Test
    void additionsCanBeLimitedToSomeCategories() {
        List<Token> t = tokens("troops/NNS shell/VBD the/DT town/NN after/IN talk/NN");
        String property = TriggerModel.PROPERTY + ".categories";
        String before = System.getProperty(property);
        try {
            System.setProperty(property, "CONSULT");
            List<Triggers.Hit> proposals = model(0.5, 0).read(t, List.of(), List.of()).proposals(List.of());
            assertEquals(List.of("CONSULT"), proposals.stream().map(h -> h.rule().category()).toList());
        } finally {
            if (before == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, before);
            }
        }
        assertEquals(2, model(0.5, 0).read(t, List.of(), List.of()).proposals(List.of()).size());
    }

    @Test
    void noProposalBelowTheAddThresholdOrInsideATakenTrigger() {
        List<Token> t = tokens("troops/NNS shell/VBD the/DT town/NN");
        assertTrue(model(1.01, 0).read(t, List.of(), List.of()).proposals(List.of()).isEmpty());
        EventMention taken = event("ASSAULT", 7, 12);
        assertTrue(model(0.5, 0).read(t, List.of(), List.of(taken)).proposals(List.of(taken)).isEmpty());
    }

    @Test
    void aRuleMatchThatMadeNoEventNeedsOnlyTheRescueThreshold() {
        // "shell" is ASSAULT with probability about 0.6: under the add threshold (0.7), over the rescue threshold (0.5)
        TriggerModel m = new TriggerModel(new LogisticModel(CLASSES, Map.of(
                "b", new float[] {3, 0, 0},
                "l=shell", new float[] {0, 3.45f, 0}), 0.7, 0, 0.5));
        List<Token> t = tokens("troops/NNS shell/VBD the/DT town/NN");
        assertTrue(m.read(t, List.of(), List.of()).proposals(List.of()).isEmpty(), "no rule matched: the add threshold holds");
        Triggers.Hit failed = new Triggers.Hit(new Triggers.Rule("ASSAULT", null, null, false, Triggers.Need.ACTOR),
                new TokenPattern.Match(1, 1, 1));
        List<Triggers.Hit> rescued = m.read(t, List.of(failed), List.of()).proposals(List.of());
        assertEquals(1, rescued.size());
        assertEquals("ASSAULT", rescued.get(0).rule().category());
        assertEquals(Triggers.Need.NOTHING, rescued.get(0).rule().need());
        TriggerModel twoThresholds = m.withThresholds(0.7, 0); // an older table: the add threshold serves both
        assertTrue(twoThresholds.read(t, List.of(failed), List.of()).proposals(List.of()).isEmpty());
    }

    @Test
    void adjacentTokensOfOneCategoryMakeOneNominalTriggerHeadedByItsLastWord() {
        List<Token> t = tokens("bilateral/JJ talk/NN talk/NN ended/VBD");
        List<Triggers.Hit> proposals = model(0.5, 0).read(t, List.of(), List.of()).proposals(List.of());
        assertEquals(1, proposals.size());
        assertEquals(1, proposals.get(0).match().first());
        assertEquals(2, proposals.get(0).match().last());
        assertEquals(2, proposals.get(0).match().head());
        assertTrue(proposals.get(0).rule().nominal());
    }

    @Test
    void aRuleEventIsDoubtedOnlyWhenItsCategoryIsUnlikelyOnEveryTokenOfItsTrigger() {
        List<Token> t = tokens("troops/NNS shell/VBD the/DT town/NN");
        TriggerModel.Reading r = model(0.5, 0.2).read(t, List.of(), List.of());
        assertFalse(r.doubts(event("ASSAULT", 7, 12)), "shell is ASSAULT");
        assertTrue(r.doubts(event("CONSULT", 7, 12)), "shell is no CONSULT");
        assertFalse(r.doubts(event("PROTEST", 7, 12)), "a category the model does not know is not doubted");
    }

    @Test
    void writtenModelReadsBackWithItsThresholdsAndWeights(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("m.tsv");
        model(0.6, 0.05).write(f);
        TriggerModel back = TriggerModel.read(Files.newBufferedReader(f, StandardCharsets.UTF_8));
        assertEquals(List.of(CLASSES), back.classes());
        assertEquals(model(0.6, 0.05).probabilities(List.of("b", "l=talk"))[2], back.probabilities(List.of("b", "l=talk"))[2], 1e-4);
        List<Token> t = tokens("troops/NNS shell/VBD");
        assertEquals(1, back.read(t, List.of(), List.of()).proposals(List.of()).size());
        assertTrue(back.withThresholds(0.9999, 0).read(t, List.of(), List.of()).proposals(List.of()).isEmpty());
    }

    @Test
    void theProgramShipsBothLearnedModels() {
        String before = System.getProperty(TriggerModel.PROPERTY);
        try {
            System.clearProperty(TriggerModel.PROPERTY);
            assertEquals(null, TriggerModel.bundled(), "the trigger model is off unless asked for");
            System.setProperty(TriggerModel.PROPERTY, "bundled");
            TriggerModel triggers = TriggerModel.bundled();
            assertTrue(triggers != null && triggers.classes().containsAll(Categories.PLOVER), "trigger model with every category");
        } finally {
            if (before == null) {
                System.clearProperty(TriggerModel.PROPERTY);
            } else {
                System.setProperty(TriggerModel.PROPERTY, before);
            }
        }
        String arguments = System.getProperty(ArgumentModel.PROPERTY);
        try {
            System.clearProperty(ArgumentModel.PROPERTY);
            assertEquals(null, ArgumentModel.bundled(), "the argument model is off unless asked for");
            System.setProperty(ArgumentModel.PROPERTY, "bundled");
            assertTrue(ArgumentModel.bundled() != null, "argument model");
        } finally {
            if (arguments == null) {
                System.clearProperty(ArgumentModel.PROPERTY);
            } else {
                System.setProperty(ArgumentModel.PROPERTY, arguments);
            }
        }
    }

    @Test
    void aModelFileThatCannotBeReadIsNamedInTheError() {
        String property = "newsgraph.test.model";
        System.setProperty(property, "no/such/model.tsv");
        try {
            java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class,
                    () -> LogisticModel.load(property, "no-resource.tsv"));
            assertTrue(e.getMessage().contains("no/such/model.tsv"), e.getMessage());
            System.setProperty(property, "none");
            assertEquals(null, LogisticModel.load(property, "trigger-model.tsv"), "none: the rules alone");
        } finally {
            System.clearProperty(property);
        }
    }

    @Test
    void aFileWithoutClassesIsNoModel() {
        assertThrows(IOException.class, () -> TriggerModel.read(new BufferedReader(new StringReader("l=shell\t1\t2\n"))));
    }

    @Test
    void featuresSayWhatTheRulesFoundAtTheToken() {
        List<Token> t = tokens("troops/NNS shell/VBD the/DT town/NN");
        List<String> f = TriggerFeatures.of(t, 1, List.of(), List.of(event("ASSAULT", 7, 12)));
        assertTrue(f.contains("l=shell"));
        assertTrue(f.contains("ev=ASSAULT"));
        assertTrue(f.contains("l-1=troops"));
        assertFalse(TriggerFeatures.of(t, 3, List.of(), List.of(event("ASSAULT", 7, 12))).contains("ev=ASSAULT"));
    }

    private static EventMention event(String category, int begin, int end) {
        return new EventMention(new Span(begin, end), category, null, null, List.of(), null, null, null, List.of(), null,
                Modality.ASSERTED, 0.8);
    }
}
