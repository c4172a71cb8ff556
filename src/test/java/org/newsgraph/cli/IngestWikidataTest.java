package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.link.wikidata.FakeWikidata;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NS;
import org.newsgraph.store.GraphStore;

/** {@code ingest --link wikidata} against the loopback stand-in for the Wikidata API. */
class IngestWikidataTest {

    @TempDir
    Path tmp;

    @Test
    void linksAPersonWithScoreAndASecondRunAsksNothing() throws Exception {
        try (FakeWikidata w = new FakeWikidata()) {
            w.item("Q9000001", "Jens Stoltenberg", "Norwegian politician, Secretary General of NATO", List.of(), "Q5");
            w.item("Q9000002", "Jens Stoltenberg", "Norwegian footballer", List.of(), "Q5");
            Path store = tmp.resolve("s");
            String[] args = {"ingest", "--store", store.toString(), "--link", "wikidata", "--wikidata-api",
                w.endpoint().toString(), "--wikidata-cache", tmp.resolve("cache").toString(), IngestCommandTest.SEED};
            Cli first = Cli.run(args);
            assertEquals(0, first.exit(), first::toString);
            assertTrue(first.err().contains("wikidata: 1 linked"), first::toString);
            Node person = NodeFactory.createURI(NS.DATA + "entity/Q9000001");
            try (GraphStore s = GraphStore.open(store)) {
                Graph g = s.graph(s.graphNames().get(0));
                assertTrue(g.contains(person, OWL.sameAs.asNode(), NodeFactory.createURI(Iris.wikidata("Q9000001"))));
                List<Triple> score = g.find(person, NS.confidence.asNode(), Node.ANY).toList();
                assertEquals(1, score.size(), score::toString);
            }
            int asked = w.requests();
            Cli second = Cli.run(java.util.stream.Stream.concat(java.util.stream.Stream.of(args),
                    java.util.stream.Stream.of("--force")).toArray(String[]::new));
            assertEquals(0, second.exit(), second::toString);
            assertEquals(asked, w.requests(), "the second run asked the server");
            assertTrue(second.err().contains(" 0 requests"), second::toString);
        }
    }

    @Test
    void unknownLinkModeIsBadUsage() {
        Cli r = Cli.run("ingest", "--store", tmp.resolve("s").toString(), "--link", "dbpedia", IngestCommandTest.SEED);
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("--link"), r::toString);
    }
}
