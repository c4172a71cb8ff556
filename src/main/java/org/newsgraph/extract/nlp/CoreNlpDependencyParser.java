package org.newsgraph.extract.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsgraph.extract.DependencyParse;
import org.newsgraph.extract.SentenceParser;
import org.newsgraph.extract.Token;

/**
 * Universal Dependencies from CoreNLP's neural transition parser (the English UD model), run on the tokens, POS
 * tags and lemmas the pipeline already has: nothing is re-tokenised or re-tagged. About a quarter of a millisecond
 * per token, so callers parse only the sentences they need.
 *
 * <p>Thread-safe: the model loads once, lazily, on the first parse, and one instance serves all threads (each
 * parse builds its own configuration; the network's weights are only read).
 */
public final class CoreNlpDependencyParser implements SentenceParser {

    private static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
    /** Longer sentences are lists or garbled text; their parse is neither useful nor cheap. */
    private static final int MAX_TOKENS = 120;

    private CoreNlpDependencyParser() {
    }

    private static final class Model {
        static final DependencyParser PARSER = DependencyParser.loadFromModelFile(MODEL);
    }

    private static final class Holder {
        static final CoreNlpDependencyParser INSTANCE = new CoreNlpDependencyParser();
    }

    /** The process-wide parser; its model loads on the first parse. */
    public static CoreNlpDependencyParser shared() {
        return Holder.INSTANCE;
    }

    /**
     * Loads the model now instead of on the first parse (a few seconds, once per process), so that a benchmark
     * counts it as start-up and not as the cost of the first articles' event stage.
     */
    public static void load() {
        if (Model.PARSER == null) {
            throw new IllegalStateException("no dependency parser model " + MODEL);
        }
    }

    @Override
    public DependencyParse parse(List<Token> sentence) {
        if (sentence.isEmpty() || sentence.size() > MAX_TOKENS) {
            return null;
        }
        List<CoreLabel> labels = new ArrayList<>(sentence.size());
        for (int i = 0; i < sentence.size(); i++) {
            Token t = sentence.get(i);
            CoreLabel l = new CoreLabel();
            l.setWord(t.word());
            l.setValue(t.word());
            l.setOriginalText(t.word());
            l.setTag(t.pos());
            l.setLemma(t.lemma());
            l.setIndex(i + 1);
            l.setSentIndex(0);
            labels.add(l);
        }
        CoreMap s = new ArrayCoreMap();
        s.set(CoreAnnotations.TokensAnnotation.class, labels);
        GrammaticalStructure gs = Model.PARSER.predict(s);
        int[] head = new int[sentence.size()];
        String[] relation = new String[sentence.size()];
        Arrays.fill(head, -1);
        Arrays.fill(relation, "dep");
        for (TypedDependency d : gs.typedDependencies()) {
            int dep = d.dep().index() - 1;
            if (dep >= 0 && dep < head.length && d.dep().copyCount() == 0) {
                head[dep] = d.gov().index() - 1;
                relation[dep] = d.reln().toString();
            }
        }
        List<DependencyParse.Arc> enhanced = new ArrayList<>();
        for (TypedDependency d : gs.typedDependenciesEnhancedPlusPlus()) {
            if (d.dep().copyCount() != 0 || d.gov().copyCount() != 0) {
                continue; // copy nodes for elided predicates: no token of the text
            }
            int dep = d.dep().index() - 1;
            if (dep >= 0 && dep < head.length) {
                enhanced.add(new DependencyParse.Arc(d.gov().index() - 1, dep, d.reln().toString()));
            }
        }
        return new DependencyParse(head, relation, enhanced);
    }
}
