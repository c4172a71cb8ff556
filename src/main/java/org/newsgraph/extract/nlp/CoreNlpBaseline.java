package org.newsgraph.extract.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The yardstick of the benchmark: plain CoreNLP {@code tokenize,ssplit,pos,lemma,ner} with its default
 * settings (fine-grained RegexNER, SUTime and numeric classifiers on), as a user would run it.
 */
public final class CoreNlpBaseline {

    private CoreNlpBaseline() {
    }

    /** Annotates every text on {@code threads} threads; returns the seconds taken (model loading excluded). */
    public static double run(List<String> texts, int threads) throws InterruptedException {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
        pipeline.annotate(new Annotation("Warm up in Paris on Monday."));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        for (String t : texts) {
            pool.execute(() -> pipeline.annotate(new Annotation(t)));
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.DAYS);
        return (System.nanoTime() - t0) / 1e9;
    }
}
