package org.newsgraph.extract.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.TextAnalysis;
import org.newsgraph.extract.Token;

/**
 * Tokens, sentences, POS, lemmas and coarse statistical NER from Stanford CoreNLP.
 *
 * <p>Only the parts that pay for themselves are switched on: the 3-class CRF tagger (PERSON,
 * ORGANIZATION, LOCATION) without the fine-grained RegexNER (two thirds of CoreNLP's NER time; the
 * authority gazetteer does that job), without SUTime (the project's own time finder does) and
 * without the numeric classifiers. Headlines and datelines stand on their own line, so two newlines
 * end a sentence.
 *
 * <p>Thread-safe: one instance loads the models once and is shared by all worker threads; each call
 * annotates its own document.
 */
public final class CoreNlpAnalyzer {

    private final StanfordCoreNLP pipeline;

    private CoreNlpAnalyzer() {
        this.pipeline = new StanfordCoreNLP(properties());
    }

    private static final class Holder {
        static final CoreNlpAnalyzer INSTANCE = new CoreNlpAnalyzer();
    }

    /** The process-wide analyzer; the models load on first use, once. */
    public static CoreNlpAnalyzer shared() {
        return Holder.INSTANCE;
    }

    private static Properties properties() {
        // CoreNLP is configured only through Properties; this is the one place they are built.
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.combinationMode", "NORMAL");
        return p;
    }

    /** Analyses one text. Offsets in the result are UTF-16 char indices into {@code text}. */
    public TextAnalysis analyze(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            int first = tokens.size();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                String ner = t.ner() == null ? "O" : t.ner();
                tokens.add(new Token(tokens.size(), t.beginPosition(), t.endPosition(),
                        text.substring(t.beginPosition(), t.endPosition()), t.tag(), t.lemma(), ner));
            }
            if (tokens.size() > first) {
                sentences.add(new Sentence(sentences.size(), first, tokens.size(),
                        tokens.get(first).begin(), tokens.get(tokens.size() - 1).end()));
            }
        }
        return new TextAnalysis(text, tokens, sentences);
    }
}
