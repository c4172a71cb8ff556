package org.newsgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.dboe.base.file.Location;
import org.newsgraph.rdf.NS;

/**
 * The embedded TDB2 store: one named graph per article, queries over the union of all graphs.
 *
 * <p>Every access runs inside a transaction; nothing read escapes its transaction. A graph is replaced
 * in one write transaction, so a crash leaves either the old graph or the new one, never a part.
 * One process at a time may open a store directory (TDB2 locks it).
 */
public final class GraphStore implements ArticleSink, AutoCloseable {

    private final Dataset dataset;
    private final Path dir;

    private GraphStore(Dataset dataset, Path dir) {
        this.dataset = dataset;
        this.dir = dir;
    }

    /** Opens (creating when absent) the store in a directory. */
    public static GraphStore open(Path dir) {
        try {
            Files.createDirectories(dir);
            Dataset ds = TDB2Factory.connectDataset(Location.create(dir));
            ds.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new GraphStore(ds, dir);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create store directory " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open store " + dir + " (is another newsgraph process using it?): "
                    + e.getMessage(), e);
        }
    }

    public Path directory() {
        return dir;
    }

    /** The dataset, for serving it; callers must use transactions. */
    public Dataset dataset() {
        return dataset;
    }

    /** Replaces each named graph by the given one, all in one write transaction. */
    @Override
    public void replace(Map<String, Graph> graphs) {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            graphs.forEach((name, g) -> {
                Node gn = NodeFactory.createURI(name);
                if (dsg.containsGraph(gn)) {
                    // removing a graph that is not there still walks the indexes: check first (a third of load time)
                    dsg.removeGraph(gn);
                }
                g.find().forEachRemaining(t -> dsg.add(gn, t.getSubject(), t.getPredicate(), t.getObject()));
            });
        });
    }

    /** Removes one article's graph; false when there was none. */
    public boolean delete(String graphIri) {
        Node gn = NodeFactory.createURI(graphIri);
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            if (!dsg.containsGraph(gn)) {
                return false;
            }
            dsg.removeGraph(gn);
            return true;
        });
    }

    /** A copy of one named graph, or null when the store has none of that name. */
    public Graph graph(String graphIri) {
        Node gn = NodeFactory.createURI(graphIri);
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            if (!dsg.containsGraph(gn)) {
                return null;
            }
            Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            dsg.getGraph(gn).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    /** Names of all article graphs, sorted. */
    public List<String> graphNames() {
        return Txn.calculateRead(dataset, () -> {
            List<String> names = new java.util.ArrayList<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
            names.sort(null);
            return names;
        });
    }

    /** The content hash stored with an article, or null. Used to skip unchanged input. */
    @Override
    public String contentHash(String graphIri) {
        Node gn = NodeFactory.createURI(graphIri);
        return Txn.calculateRead(dataset, () -> {
            var it = dataset.asDatasetGraph().find(gn, gn, NS.contentHash.asNode(), Node.ANY);
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        });
    }

    public Stats stats() {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            long quads = 0;
            var it = dsg.find();
            while (it.hasNext()) {
                it.next();
                quads++;
            }
            long articles = 0;
            Map<String, Long> byType = new LinkedHashMap<>();
            String q = "SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE { ?m <" + NS.Its.taIdentRef.getURI() + "> ?e . "
                    + "?e a ?type } GROUP BY ?type ORDER BY DESC(?n) ?type";
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    byType.put(s.getResource("type").getURI(), s.getLiteral("n").getLong());
                }
            }
            String count = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <" + NS.Schema.NewsArticle.getURI() + "> }";
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(count).build()) {
                articles = qe.execSelect().next().getLiteral("n").getLong();
            }
            return new Stats(articles, quads, byType);
        });
    }

    /** Closes the store and releases its lock, so another process may open it. */
    @Override
    public void close() {
        org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
    }
}
