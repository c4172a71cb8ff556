package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.DependencyParse;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionType;
import org.newsgraph.extract.Token;
import org.newsgraph.extract.quote.Span;

class ParseFeaturesTest {

    // "Russia launched an attack on Ukraine": tokens 0..5, the noun trigger "attack" is the verb's object
    private static final List<Token> T = TaggedTokens.of("Russia/NNP launched/VBD an/DT attack/NN on/IN Ukraine/NNP");
    private static final Mention RUSSIA = new Mention(0, 6, "Russia", MentionType.COUNTRY, "country:RU", "test", 1);
    private static final Mention UKRAINE = new Mention(30, 37, "Ukraine", MentionType.COUNTRY, "country:UA", "test", 1);
    private static final DependencyParse PARSE = parse(new int[] {1, -1, 3, 1, 5, 3},
            new String[] {"nsubj", "root", "det", "obj", "case", "nmod"}, Map.of(5, "nmod:on"));

    /** A parse whose enhanced arcs are the basic ones, with some labels refined (as enhanced++ folds in case words). */
    private static DependencyParse parse(int[] head, String[] relation, Map<Integer, String> refined) {
        List<DependencyParse.Arc> arcs = new ArrayList<>();
        for (int i = 0; i < head.length; i++) {
            arcs.add(new DependencyParse.Arc(head[i], i, refined.getOrDefault(i, relation[i])));
        }
        return new DependencyParse(head, relation, arcs);
    }

    private static List<String> features(List<Token> t, int begin, int end, String category, Mention m, DependencyParse p) {
        ArgumentFeatures.Trigger g = ArgumentFeatures.trigger(t, begin, end, category);
        return ArgumentFeatures.of(t, g, m, ArgumentFeatures.span(t, m), true, p);
    }

    @Test
    void theSubjectOfAVerbTriggerIsReachedByOneArc() {
        List<Token> t = TaggedTokens.of("Russia/NNP accused/VBD Ukraine/NNP");
        DependencyParse p = parse(new int[] {1, -1, 1}, new String[] {"nsubj", "root", "obj"}, Map.of());
        Mention ukraine = new Mention(14, 21, "Ukraine", MentionType.COUNTRY, "country:UA", "test", 1);
        List<String> actor = features(t, 7, 14, "ACCUSE", RUSSIA, p);
        assertTrue(actor.containsAll(List.of("dp=+nsubj", "cdp=ACCUSE+nsubj", "ldp=accused+nsubj", "cr=nsubjT")), actor::toString);
        assertTrue(features(t, 7, 14, "ACCUSE", ukraine, p).contains("cdp=ACCUSE+obj"));
    }

    @Test
    void theSubjectOfTheVerbGoverningANounTriggerGoesUpThenDown() {
        List<String> f = features(T, 19, 25, "ASSAULT", RUSSIA, PARSE);
        assertTrue(f.containsAll(List.of("dp=-obj+nsubj", "dp1=-obj", "cdp1=ASSAULT-obj", "cr=nsubjV", "gdp=launched-obj+nsubj",
                "dlen=2")), f::toString);
    }

    @Test
    void aCaseWordFoldedIntoTheLabelIsPartOfThePath() {
        List<String> f = features(T, 19, 25, "ASSAULT", UKRAINE, PARSE);
        assertTrue(f.contains("cdp=ASSAULT+nmod:on"), f::toString);
        assertFalse(f.stream().anyMatch(x -> x.startsWith("dp1=")), "a one-step path has no separate first step");
    }

    @Test
    void aPathThroughAClausalComplementReachesTheReportingSubject() {
        // "Russia said officials launched an attack": attack -obj-> launched -ccomp-> said +nsubj-> Russia
        DependencyParse p = parse(new int[] {1, -1, 3, 1, 5, 3}, new String[] {"nsubj", "root", "nsubj", "ccomp", "det", "obj"}, Map.of());
        assertEquals("-obj-ccomp+nsubj", ParseFeatures.path(p, 5, new int[] {0, 0}));
    }

    @Test
    void aPathLongerThanThreeArcsIsFar() {
        // "Russia 's envoy said officials launched an attack": one arc more, to the envoy's possessor
        DependencyParse p = parse(new int[] {2, 0, 3, -1, 5, 3, 7, 5},
                new String[] {"nmod:poss", "case", "nsubj", "root", "nsubj", "ccomp", "det", "obj"}, Map.of());
        assertEquals("far", ParseFeatures.path(p, 7, new int[] {0, 0}));
        List<Token> t = TaggedTokens.of("Russia/NNP 's/POS envoy/NN said/VBD officials/NNS launched/VBD an/DT attack/NN");
        Mention russia = new Mention(0, 6, "Russia", MentionType.COUNTRY, "country:RU", "test", 1);
        List<String> f = features(t, 43, 49, "ASSAULT", russia, p);
        assertTrue(f.containsAll(List.of("dp=far", "dlen=4")), f::toString);
        assertEquals("-obj-ccomp+nsubj", ParseFeatures.path(p, 7, new int[] {0, 2}), "the nearest token of the candidate counts");
    }

    @Test
    void theVerbACandidateIsSubjectOfIsNamed() {
        DependencyParse p = parse(new int[] {1, -1, 3, 1, 5, 3}, new String[] {"nsubj", "root", "nsubj", "ccomp", "det", "obj"}, Map.of());
        List<Token> t = TaggedTokens.of("Russia/NNP said/VBD officials/NNS launched/VBD an/DT attack/NN");
        List<String> f = features(t, 34, 40, "ASSAULT", RUSSIA, p);
        assertTrue(f.containsAll(List.of("cg=nsubj:said", "cr=nsubjV", "dp=-obj-ccomp+nsubj")), f::toString);
    }

    @Test
    void withoutAParseThereAreNoParseFeatures() {
        assertFalse(features(T, 19, 25, "ASSAULT", RUSSIA, null).stream().anyMatch(f -> f.startsWith("dp=")));
        DependencyParse shorter = parse(new int[] {-1}, new String[] {"root"}, Map.of()); // of other tokens: ignored
        assertFalse(features(T, 19, 25, "ASSAULT", RUSSIA, shorter).stream().anyMatch(f -> f.startsWith("dp=")));
    }

    @Test
    void aModelWithoutParseFeaturesNeverAsksForTheParse() {
        LogisticModel m = new LogisticModel(new String[] {ArgumentModel.NONE, ArgumentModel.ACTOR, ArgumentModel.RECIPIENT},
                Map.of("s=L", new float[] {0, 6, 0}), 0.7, 0.7, 2);
        EventMention e = new EventMention(new Span(19, 25), "ASSAULT", null, null, List.of(), null, null, null, List.of(), null,
                Modality.ASSERTED, 0.6);
        List<EventMention> out = new ArgumentModel(m).fill(T, List.of(RUSSIA, UKRAINE), List.of(e), () -> {
            throw new AssertionError("parsed");
        });
        assertEquals(List.of(RUSSIA), out.get(0).actors());
    }

    @Test
    void aModelWithParseFeaturesReadsTheParse() {
        LogisticModel m = new LogisticModel(new String[] {ArgumentModel.NONE, ArgumentModel.ACTOR, ArgumentModel.RECIPIENT},
                Map.of("dp=+nmod:on", new float[] {0, 0, 6}), 0.7, 0.7, 2);
        EventMention e = new EventMention(new Span(19, 25), "ASSAULT", null, null, List.of(), null, null, null, List.of(), null,
                Modality.ASSERTED, 0.6);
        EventMention filled = new ArgumentModel(m).fill(T, List.of(RUSSIA, UKRAINE), List.of(e), () -> PARSE).get(0);
        assertEquals(UKRAINE, filled.recipient());
    }
}
