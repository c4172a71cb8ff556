package org.newsgraph.rdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Role;
import org.newsgraph.extract.time.QuantityMention;
import org.newsgraph.extract.time.TimeMention;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.ingest.Article;
import org.newsgraph.link.Entity;
import org.newsgraph.link.EntityKind;
import org.newsgraph.link.LinkedArticle;

/**
 * Turns one linked article into its named graph, in the terms of CONTRACT.md: the article as
 * schema:NewsArticle and nif:Context, its mentions with code-point offsets, the entities they refer to,
 * and whatever the later extractors found. Entities are described inside every article graph that
 * mentions them, so a graph is whole on its own and deleting an article never leaves dangling facts.
 */
public final class ArticleGraph {

    private final String articleIri;
    private final Node article;
    private final String body;
    private final GraphWriter w;
    private final Graph graph = GraphFactory.createDefaultGraph();
    private final Map<String, Node> phrases = new HashMap<>();
    private final String contentHash;

    private ArticleGraph(String articleIri, String body, String contentHash) {
        this.articleIri = articleIri;
        this.article = GraphWriter.iri(articleIri);
        this.body = body;
        this.contentHash = contentHash;
        this.w = new GraphWriter(graph);
    }

    /** The graph of one article; its name is {@link Iris#article}. */
    public static Graph build(LinkedArticle linked, String contentHash, String version) {
        Article a = linked.extraction().article();
        ArticleGraph g = new ArticleGraph(Iris.article(a), a.body(), contentHash);
        g.article(a, version);
        g.entities(linked.entities());
        g.mentions(linked);
        g.dateline(a, linked);
        g.times(linked.extraction().findings(TimeMention.class));
        g.quantities(linked.extraction().findings(QuantityMention.class));
        g.roles(linked);
        java.util.Map<org.newsgraph.extract.quote.Attribution, String> statements = new StatementGraph(g, linked).write();
        new EventGraph(g, linked, statements).write();
        return g.graph;
    }

    String articleIri() {
        return articleIri;
    }

    Node article() {
        return article;
    }

    GraphWriter writer() {
        return w;
    }

    private void times(List<TimeMention> times) {
        for (TimeMention t : times) {
            Node p = phrase(t.begin(), t.end());
            w.type(p, NS.TimeExpression);
            w.string(p, NS.timexValue, t.value());
            w.string(p, NS.timexType, t.type());
        }
    }

    private void quantities(List<QuantityMention> quantities) {
        for (QuantityMention q : quantities) {
            Node p = phrase(q.begin(), q.end());
            w.type(p, NS.QuantityExpression);
            w.number(p, NS.Schema.value, q.value());
            w.string(p, NS.Schema.unitText, q.unit());
        }
    }

    /** Posts: who holds which title where, as this article states it. */
    private void roles(LinkedArticle linked) {
        for (Role r : linked.extraction().findings(Role.class)) {
            Entity person = linked.entityOf(r.person());
            if (person == null) {
                continue;
            }
            Entity in = r.in() == null ? null : linked.entityOf(r.in());
            String title = r.title().strip();
            Node post = GraphWriter.iri(Iris.named("post", person.key() + " " + title.toLowerCase(java.util.Locale.ROOT)
                    + (in == null ? "" : " " + in.key())));
            w.type(post, NS.Org.Post);
            w.link(post, NS.Org.heldBy, Iris.entity(person));
            if (in != null) {
                w.link(post, NS.Org.postIn, Iris.entity(in));
            }
            w.string(post, RDFS.label, title);
            w.add(post, NS.statedIn, article);
            w.add(post, NS.Prov.wasDerivedFrom, phrase(r.titleBegin(), r.person().end()));
        }
    }

    private void article(Article a, String version) {
        w.type(article, NS.Schema.NewsArticle);
        w.type(article, NS.Nif.Context);
        w.string(article, NS.Nif.isString, a.body());
        w.string(article, NS.Schema.headline, a.headline());
        w.string(article, NS.Schema.description, a.standfirst());
        w.date(article, NS.Schema.datePublished, a.published());
        w.date(article, NS.Schema.dateModified, a.modified());
        if (a.url() != null && a.url().matches("(?i)https?://\\S+")) {
            w.link(article, NS.Schema.url, a.url());
        }
        w.string(article, NS.Schema.identifier, a.identifier());
        w.string(article, NS.sourcePath, a.sourcePath());
        w.string(article, NS.Schema.inLanguage, a.language());
        w.string(article, NS.Schema.articleSection, a.section());
        w.string(article, NS.contentHash, contentHash);
        w.string(article, NS.extractorVersion, version);
        List<String> authors = a.authors();
        for (int i = 0; i < authors.size(); i++) {
            Node author = GraphWriter.iri(Iris.local(articleIri, "author", i + 1));
            w.add(article, NS.Schema.author, author);
            w.type(author, NS.Schema.Person);
            w.string(author, NS.Schema.name, authors.get(i));
        }
        if (a.publisher() != null) {
            Node publisher = GraphWriter.iri(Iris.named("publisher", a.publisher()));
            w.add(article, NS.Schema.publisher, publisher);
            w.type(publisher, NS.Schema.Organization);
            w.string(publisher, NS.Schema.name, a.publisher());
        }
    }

    private void entities(List<Entity> entities) {
        for (Entity e : entities) {
            Node n = GraphWriter.iri(Iris.entity(e));
            w.type(n, typeOf(e.kind()));
            if (e.kind() == EntityKind.CITY || e.kind() == EntityKind.COUNTRY) {
                w.type(n, NS.Schema.Place);
            }
            w.string(n, NS.Schema.name, e.name());
            e.sortedAlternateNames().forEach(alt -> w.string(n, NS.Schema.alternateName, alt));
            if (e.wikidata() != null) {
                w.link(n, OWL.sameAs, Iris.wikidata(e.wikidata()));
            }
            if (e.geonames() != null) {
                w.link(n, OWL.sameAs, Iris.geonames(e.geonames()));
            }
            if (e.governmentOf() != null) {
                entities.stream().filter(c -> c.key().equals(e.governmentOf())).findFirst()
                        .ifPresent(c -> w.link(n, NS.governmentOf, Iris.entity(c)));
            }
            if (e.linkScore() != null) {
                w.decimal(n, NS.confidence, e.linkScore());
            }
            if (e.hasCoordinates()) {
                Node geom = GraphWriter.iri(Iris.entity(e) + "#geometry");
                w.add(n, NS.Geo.hasGeometry, geom);
                w.typed(geom, NS.Geo.asWKT, "POINT(" + e.longitude() + " " + e.latitude() + ")",
                        new org.apache.jena.datatypes.BaseDatatype(NS.Geo.wktLiteral));
                // the same point as numbers, for distance filters in SPARQL without parsing WKT
                w.number(n, NS.Schema.latitude, e.latitude());
                w.number(n, NS.Schema.longitude, e.longitude());
            }
        }
    }

    private static org.apache.jena.rdf.model.Resource typeOf(EntityKind k) {
        return switch (k) {
            case PERSON -> NS.Schema.Person;
            case ORGANISATION -> NS.Schema.Organization;
            case GROUP -> NS.Group;
            case GOVERNMENT -> NS.Government;
            case COUNTRY -> NS.Schema.Country;
            case CITY -> NS.Schema.City;
            case PLACE -> NS.Schema.Place;
        };
    }

    private void mentions(LinkedArticle linked) {
        for (Mention m : linked.extraction().mentions()) {
            Node phrase = phrase(m.begin(), m.end());
            w.string(phrase, NS.mentionType, m.type().name());
            Entity e = linked.entityOf(m);
            if (e != null) {
                w.link(phrase, NS.Its.taIdentRef, Iris.entity(e));
            }
        }
    }

    /** The dateline is the entity of the mention the dateline extractor put at its place in the body. */
    private void dateline(Article a, LinkedArticle linked) {
        if (a.datelineBegin() < 0) {
            return;
        }
        linked.extraction().mentions().stream()
                .filter(m -> m.begin() == a.datelineBegin())
                .map(linked::entityOf)
                .filter(e -> e != null)
                .findFirst()
                .ifPresent(e -> w.link(article, NS.dateline, Iris.entity(e)));
    }

    /**
     * The nif:Phrase for a char span of the body, created once per span. Offsets become code points here,
     * the one place where the pipeline's UTF-16 offsets are converted.
     */
    Node phrase(int begin, int end) {
        return phrases.computeIfAbsent(begin + ":" + end, k -> {
            int b = body.codePointCount(0, begin);
            int e = b + body.codePointCount(begin, end);
            Node p = GraphWriter.iri(Iris.mention(articleIri, b, e));
            w.type(p, NS.Nif.Phrase);
            w.link(p, NS.Nif.referenceContext, articleIri);
            w.count(p, NS.Nif.beginIndex, b);
            w.count(p, NS.Nif.endIndex, e);
            w.string(p, NS.Nif.anchorOf, body.substring(begin, end));
            return p;
        });
    }
}
