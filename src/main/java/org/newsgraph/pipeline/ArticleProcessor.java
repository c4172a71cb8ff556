package org.newsgraph.pipeline;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.newsgraph.extract.DatelineMention;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.NerMentions;
import org.newsgraph.extract.Regions;
import org.newsgraph.extract.TextAnalysis;
import org.newsgraph.extract.nlp.CoreNlpAnalyzer;
import org.newsgraph.ingest.Article;
import org.newsgraph.link.EntityResolver;
import org.newsgraph.link.LinkedArticle;
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
        return List.of(new DatelineMention(), new NerMentions());
    }

    private final CoreNlpAnalyzer analyzer;
    private final List<Extractor> extractors;
    private final EntityResolver resolver = new EntityResolver();

    public ArticleProcessor(CoreNlpAnalyzer analyzer) {
        this.analyzer = analyzer;
        this.extractors = extractors();
    }

    /** The article's graph and its name. */
    public record Result(String graphIri, Graph graph) {
    }

    public LinkedArticle link(Article article) {
        TextAnalysis analysis = analyzer.analyze(article.body());
        Extraction.Builder b = new Extraction.Builder(article, analysis, Regions.of(article));
        for (Extractor x : extractors) {
            x.extract(article, analysis, b);
        }
        return resolver.resolve(b.build());
    }

    public Result process(Article article) {
        Graph g = ArticleGraph.build(link(article), contentHash(article), Version.get());
        return new Result(Iris.article(article), g);
    }

    /** A hash of everything the graph is made from: the input and the program version. */
    public static String contentHash(Article a) {
        return Iris.sha256(Version.get() + "\n" + a);
    }
}
