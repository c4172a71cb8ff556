package org.newsgraph.store;

import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.newsgraph.rdf.NS;

/**
 * A remote dataset reached by the SPARQL 1.1 Graph Store Protocol (Fuseki first): each article graph is
 * PUT under its name, which replaces it whole on the server; queries go to the dataset's SPARQL endpoint.
 *
 * <p>Not thread-safe; one writer uses it.
 */
public final class RemoteStore implements ArticleSink, AutoCloseable {

    private final RDFConnection conn;
    private final String url;

    private RemoteStore(RDFConnection conn, String url) {
        this.conn = conn;
        this.url = url;
    }

    /** Connects to a dataset URL such as {@code http://host:3030/newsgraph}. */
    public static RemoteStore connect(String datasetUrl) {
        String base = datasetUrl.replaceAll("/+$", "");
        RDFConnection c = RDFConnectionRemote.newBuilder()
                .destination(base)
                .queryEndpoint("sparql")
                .gspEndpoint("data")
                .build();
        return new RemoteStore(c, base);
    }

    @Override
    public void replace(Map<String, Graph> graphs) {
        graphs.forEach((name, g) -> {
            try {
                conn.put(name, ModelFactory.createModelForGraph(g));
            } catch (RuntimeException e) {
                throw new StoreException("cannot write graph " + name + " to " + url + ": " + e.getMessage(), e);
            }
        });
    }

    @Override
    public String contentHash(String graphIri) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(
                "SELECT ?h WHERE { GRAPH ?g { ?g ?p ?h } } LIMIT 1");
        q.setIri("g", graphIri);
        q.setParam("p", NS.contentHash);
        try (QueryExecution qe = conn.query(q.asQuery())) {
            ResultSet rs = qe.execSelect();
            return rs.hasNext() ? rs.next().getLiteral("h").getLexicalForm() : null;
        } catch (RuntimeException e) {
            throw new StoreException("cannot query " + url + "/sparql: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        conn.close();
    }
}
