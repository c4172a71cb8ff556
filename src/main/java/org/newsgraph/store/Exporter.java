package org.newsgraph.store;

import java.io.OutputStream;
import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Writes the store (or one article graph) as RDF. Turtle, TriG, N-Triples and N-Quads are streamed triple
 * by triple from the store, so the size of the store does not matter; JSON-LD needs the whole graph in
 * memory (the format's writers work on a complete graph) and is meant for single articles or small stores.
 */
public final class Exporter {

    public enum Format {
        TURTLE(RDFFormat.TURTLE_BLOCKS, false), TRIG(RDFFormat.TRIG_BLOCKS, true), NT(RDFFormat.NTRIPLES, false),
        NQ(RDFFormat.NQUADS, true), JSONLD(RDFFormat.JSONLD11, true);

        final RDFFormat rdf;
        final boolean quads;

        Format(RDFFormat rdf, boolean quads) {
            this.rdf = rdf;
            this.quads = quads;
        }
    }

    private Exporter() {
    }

    /** Exports; {@code graphIri} null for everything. Returns the number of triples or quads written. */
    public static long export(GraphStore store, Format format, String graphIri, OutputStream out) {
        return Txn.calculateRead(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Node g = graphIri == null ? null : NodeFactory.createURI(graphIri);
            if (g != null && !dsg.containsGraph(g)) {
                throw new StoreException("no article graph named " + graphIri + " in the store");
            }
            if (format == Format.JSONLD) {
                return writeJsonLd(dsg, g, out);
            }
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, format.rdf);
            stream.start();
            stream.prefix("ng", org.newsgraph.rdf.NS.NG);
            stream.prefix("schema", org.newsgraph.rdf.NS.Schema.NS);
            stream.prefix("nif", org.newsgraph.rdf.NS.Nif.NS);
            stream.prefix("itsrdf", org.newsgraph.rdf.NS.Its.NS);
            long n = 0;
            if (format.quads) {
                Iterator<Quad> it = g == null ? dsg.find() : dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
                while (it.hasNext()) {
                    stream.quad(it.next());
                    n++;
                }
            } else {
                Graph source = g == null ? dsg.getUnionGraph() : dsg.getGraph(g);
                Iterator<Triple> it = source.find();
                while (it.hasNext()) {
                    stream.triple(it.next());
                    n++;
                }
            }
            stream.finish();
            return n;
        });
    }

    private static long writeJsonLd(DatasetGraph dsg, Node g, OutputStream out) {
        DatasetGraph copy = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        Iterator<Quad> it = g == null ? dsg.find() : dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
        StreamRDF into = org.apache.jena.riot.system.StreamRDFLib.dataset(copy);
        long[] n = {0};
        it.forEachRemaining(q -> {
            into.quad(q);
            n[0]++;
        });
        RDFDataMgr.write(out, copy, Lang.JSONLD11);
        return n[0];
    }
}
