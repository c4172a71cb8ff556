package org.newsgraph.pipeline;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.newsgraph.extract.DatelineMention;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Events;
import org.newsgraph.extract.Groups;
import org.newsgraph.extract.ActorMentions;
import org.newsgraph.extract.RolesAndDescriptions;
import org.newsgraph.extract.Statements;
import org.newsgraph.extract.TimesAndQuantities;
import org.newsgraph.extract.authority.Authority;
import org.newsgraph.extract.authority.Gazetteer;
import org.newsgraph.extract.Regions;
import org.newsgraph.extract.TextAnalysis;
import org.newsgraph.extract.nlp.CoreNlpAnalyzer;
import org.newsgraph.ingest.Article;
import org.newsgraph.link.EntityResolver;
import org.newsgraph.link.LinkedArticle;
import org.newsgraph.link.wikidata.WikidataReconciler;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.Iris;

/**
 * Article in, graph out: analysis, the extractors in order, entity resolution and the RDF graph.
 *
 * <p>Thread-safe: the models are loaded once and shared; each call works on its own article.
 */
public final class ArticleProcessor {

    /** The extractors, in the order they run; each sees what the earlier ones found. */
    static List<Extractor> extractors() {
        return List.of(new ActorMentions(Gazetteer.get()), new DatelineMention(), new RolesAndDescriptions(),
                new Groups(), new TimesAndQuantities(), new Statements(), new Events());
    }

    private final CoreNlpAnalyzer analyzer;
    private final List<Extractor> extractors;
    private final EntityResolver resolver = new EntityResolver(Authority.get());
    private final StageTimes times;
    /** Online linking after the offline resolver, or null when linking is offline only. */
    private final WikidataReconciler reconciler;
    private final java.util.concurrent.atomic.LongAdder tokens = new java.util.concurrent.atomic.LongAdder();

    public ArticleProcessor(CoreNlpAnalyzer analyzer) {
        this(analyzer, new StageTimes());
    }

    public ArticleProcessor(CoreNlpAnalyzer analyzer, StageTimes times) {
        this(analyzer, times, null);
    }

    /**
     * @param reconciler links persons and organisations the authority tables left unlinked against Wikidata;
     *     null to link offline only
     */
    public ArticleProcessor(CoreNlpAnalyzer analyzer, StageTimes times, WikidataReconciler reconciler) {
        this.analyzer = analyzer;
        this.extractors = extractors();
        this.times = times;
        this.reconciler = reconciler;
    }

    public StageTimes times() {
        return times;
    }

    /** Tokens analysed so far by this processor. */
    public long tokens() {
        return tokens.sum();
    }

    /** The article's graph and its name. */
    public record Result(String graphIri, Graph graph) {
    }

    public LinkedArticle link(Article article) {
        TextAnalysis analysis = times.time("corenlp", () -> analyzer.analyze(article.body()));
        tokens.add(analysis.tokens().size());
        Extraction.Builder b = new Extraction.Builder(article, analysis, Regions.of(article));
        for (Extractor x : extractors) {
            times.time(x.getClass().getSimpleName(), () -> x.extract(article, analysis, b));
        }
        LinkedArticle linked = times.time("link", () -> resolver.resolve(b.build()));
        return reconciler == null ? linked : times.time("wikidata", () -> reconciler.reconcile(linked));
    }

    public Result process(Article article) {
        LinkedArticle linked = link(article);
        Graph g = times.time("rdf", () -> ArticleGraph.build(linked, contentHashOf(article), Version.build()));
        return new Result(Iris.article(article), g);
    }

    /**
     * The content hash of this processor's graphs: online linking makes a different graph of the same input,
     * so switching it on processes stored articles again.
     */
    public String contentHashOf(Article a) {
        return reconciler == null ? contentHash(a) : Iris.sha256(Version.build() + "\nlink=wikidata\n" + a);
    }

    /** A hash of everything the graph is made from: the input and the program build. */
    public static String contentHash(Article a) {
        return Iris.sha256(Version.build() + "\n" + a);
    }
}
