package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;

class IngestCommandTest {

    static final String SEED = "examples/aa-2021-11-09-nato-backs-poland.txt";

    @TempDir
    Path tmp;

    private static String onlyGraph(Path store) {
        try (GraphStore s = GraphStore.open(store)) {
            List<String> names = s.graphNames();
            assertEquals(1, names.size(), names.toString());
            return names.get(0);
        }
    }

    private static Graph graph(Path store, String name) {
        try (GraphStore s = GraphStore.open(store)) {
            return s.graph(name);
        }
    }

    @Test
    void reingestingGivesAnIsomorphicGraphAndUnchangedInputIsSkipped() {
        Path store = tmp.resolve("s");
        assertEquals(0, Cli.run("ingest", "--store", store.toString(), SEED).exit());
        String name = onlyGraph(store);
        Graph first = graph(store, name);
        Cli again = Cli.run("ingest", "--store", store.toString(), SEED);
        assertTrue(again.err().contains("0 articles stored, 1 unchanged skipped"), again.toString());
        assertEquals(0, Cli.run("ingest", "--force", "--store", store.toString(), SEED).exit());
        Graph second = graph(store, name);
        assertEquals(first.size(), second.size());
        assertTrue(first.isIsomorphicWith(second), "graphs differ after re-ingesting");
        assertEquals(name, onlyGraph(store));
    }

    @Test
    void deleteRemovesTheArticleGraph() {
        Path store = tmp.resolve("s");
        Cli.run("ingest", "--store", store.toString(), SEED);
        String name = onlyGraph(store);
        Cli d = Cli.run("delete", "--store", store.toString(), name);
        assertEquals(0, d.exit(), d.toString());
        try (GraphStore s = GraphStore.open(store)) {
            assertNull(s.graph(name));
            assertTrue(s.graphNames().isEmpty());
        }
        assertEquals(1, Cli.run("delete", "--store", store.toString(), name).exit());
    }

    @Test
    void exportRoundTripsAsTurtleAndTrig() throws Exception {
        Path store = tmp.resolve("s");
        Cli.run("ingest", "--store", store.toString(), SEED);
        String name = onlyGraph(store);
        Path ttl = tmp.resolve("graph.ttl");
        Cli e = Cli.run("export", "--store", store.toString(), "-o", ttl.toString());
        assertEquals(0, e.exit(), e.toString());
        Graph back = RDFDataMgr.loadGraph(ttl.toString());
        assertTrue(back.isIsomorphicWith(graph(store, name)), "Turtle export does not parse back isomorphic");
        Path trig = tmp.resolve("one.trig");
        assertEquals(0, Cli.run("export", "--store", store.toString(), "--graph", name, "-o", trig.toString()).exit());
        var ds = RDFDataMgr.loadDatasetGraph(trig.toString());
        assertTrue(ds.getGraph(org.apache.jena.graph.NodeFactory.createURI(name)).isIsomorphicWith(graph(store, name)));
        Cli nq = Cli.run("export", "--store", store.toString(), "--format", "nq");
        Graph g = GraphFactory.createDefaultGraph();
        var dsg = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        RDFParser.fromString(nq.out(), Lang.NQUADS).parse(dsg);
        assertEquals(graph(store, name).size(), dsg.getGraph(org.apache.jena.graph.NodeFactory.createURI(name)).size());
        assertTrue(g.isEmpty());
        assertEquals(0, Cli.run("export", "--store", store.toString(), "--format", "jsonld", "-o",
                tmp.resolve("g.jsonld").toString()).exit());
        assertTrue(Files.size(tmp.resolve("g.jsonld")) > 1000);
    }

    @Test
    void validatePassesOnTheSeedGraphAndFailsOnABrokenFile() throws Exception {
        Path store = tmp.resolve("s");
        Cli.run("ingest", "--store", store.toString(), SEED);
        Cli v = Cli.run("validate", "--store", store.toString());
        assertEquals(0, v.exit(), v.toString());
        assertTrue(v.out().contains("1 graphs checked, 0 with violations"), v.out());
        Path bad = tmp.resolve("bad.ttl");
        Files.writeString(bad, """
                @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
                @prefix schema: <http://schema.org/> .
                <http://ex/a> a schema:NewsArticle, nif:Context ; nif:isString "Hello world" ; schema:headline "H" .
                <http://ex/m> a nif:Phrase ; nif:referenceContext <http://ex/a> ;
                   nif:beginIndex "0"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger> ;
                   nif:endIndex "5"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger> ; nif:anchorOf "World" .
                """);
        Cli vb = Cli.run("validate", bad.toString());
        assertEquals(1, vb.exit(), vb.toString());
        assertTrue(vb.out().contains("anchorOf"), vb.out());
    }

    @Test
    void badInputIsReportedPerItemAndTheRestIsStored() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Path.of(SEED), in.resolve("good.txt"));
        Files.writeString(in.resolve("empty.txt"), "");
        Files.write(in.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3});
        Files.writeString(in.resolve("lines.jsonl"), String.join("\n",
                "{\"id\": \"a1\", \"title\": \"Talks resume\", \"maintext\": \"Diplomats from France met in Paris on Monday.\","
                        + " \"date_publish\": \"2021-11-08 10:00:00\"}",
                "{not json",
                "{\"id\": \"a3\", \"title\": \"No text\"}",
                "{\"id\": \"a4\", \"title\": 7, \"maintext\": \"Typed wrong.\"}"), StandardCharsets.UTF_8);
        Path store = tmp.resolve("s");
        Cli r = Cli.run("ingest", "--store", store.toString(), in.toString(), tmp.resolve("missing.txt").toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("empty.txt: empty file"), r.err());
        assertTrue(r.err().contains("binary.txt: binary data"), r.err());
        assertTrue(r.err().contains("lines.jsonl:2: invalid JSON"), r.err());
        assertTrue(r.err().contains("lines.jsonl:3: no \"maintext\""), r.err());
        assertTrue(r.err().contains("lines.jsonl:4: \"title\" is not a string"), r.err());
        assertTrue(r.err().contains("missing.txt: no such file or directory"), r.err());
        assertTrue(r.err().contains("2 articles stored, 0 unchanged skipped, 6 failed"), r.err());
        try (GraphStore s = GraphStore.open(store)) {
            assertEquals(2, s.graphNames().size());
        }
    }

    @Test
    void jsonRecordKeepsMaintextExactlyAndItsDate() throws Exception {
        Path f = tmp.resolve("a.json");
        Files.writeString(f, "{\"id\": \"x-1\", \"url\": \"https://example.org/a\", \"title\": \"T\", "
                + "\"maintext\": \"KYIV (Reuters) - Ukraine’s army said.\\n\\nMore text.\", \"date_publish\": \"2022-03-03 08:15:00\","
                + " \"authors\": [\"A B\"], \"source_domain\": \"example.org\", \"language\": \"en\"}");
        Path store = tmp.resolve("s");
        assertEquals(0, Cli.run("ingest", "--store", store.toString(), f.toString()).exit());
        Cli q = Cli.run("query", "--store", store.toString(), "--format", "csv", "-e",
                "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> "
                        + "PREFIX schema: <http://schema.org/> SELECT ?d ?id ?u WHERE { ?a nif:isString ?t ; "
                        + "schema:datePublished ?d ; schema:identifier ?id ; schema:url ?u "
                        + "FILTER (?t = \"KYIV (Reuters) - Ukraine’s army said.\\n\\nMore text.\") }");
        assertEquals(0, q.exit(), q.toString());
        assertTrue(q.out().contains("2022-03-03T08:15:00,x-1,https://example.org/a"), q.out());
    }

    @Test
    void htmlPageGivesHeadlineDateAndBody() throws Exception {
        Path f = tmp.resolve("page.html");
        Files.writeString(f, """
                <!DOCTYPE html><html lang="en"><head><title>Talks resume | Example News</title>
                <meta property="og:title" content="Talks resume in Geneva">
                <meta property="article:published_time" content="2022-03-03T08:15:00+01:00">
                <link rel="canonical" href="https://example.org/talks"></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article><h1>Talks resume in Geneva</h1>
                <p>GENEVA (AP) — Diplomats from Russia and the United States met in Geneva on Thursday to resume talks
                on arms control, officials said.</p>
                <p>The meeting was the first in a year, and both sides called it constructive, according to a statement.</p>
                </article><footer>Copyright Example News. All rights reserved.</footer></body></html>
                """);
        Path store = tmp.resolve("s");
        Cli r = Cli.run("ingest", "--store", store.toString(), f.toString());
        assertEquals(0, r.exit(), r.toString());
        Cli q = Cli.run("query", "--store", store.toString(), "articles", "--format", "csv");
        assertTrue(q.out().contains("2022-03-03T08:15:00+01:00,Talks resume in Geneva,Geneva,https://example.org/talks"),
                q.out());
    }

    @Test
    void dateOverrideAndStdin() throws Exception {
        Path store = tmp.resolve("s");
        var oldIn = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(
                    "Ministers met in Rome on Friday to discuss the budget, officials said.\n".getBytes(StandardCharsets.UTF_8)));
            Cli r = Cli.run("ingest", "--store", store.toString(), "--date", "2020-05-01", "--title", "Budget", "-");
            assertEquals(0, r.exit(), r.toString());
        } finally {
            System.setIn(oldIn);
        }
        Cli q = Cli.run("query", "--store", store.toString(), "articles", "--format", "csv");
        assertTrue(q.out().contains("2020-05-01,Budget"), q.out());
        assertEquals(2, Cli.run("ingest", "--store", store.toString(), "--date", "yesterday", "x").exit());
    }

    @Test
    void everyCommandHasHelpAndUsageErrorsExitTwo() {
        for (String c : List.of("ingest", "query", "export", "serve", "validate", "delete", "stats", "bench", "eval",
                "extract-text")) {
            Cli h = Cli.run(c, "--help");
            assertEquals(0, h.exit(), c);
            assertTrue(h.out().contains("Usage: newsgraph " + c), h.out());
        }
        assertEquals(2, Cli.run("ingest").exit());
        assertEquals(2, Cli.run("no-such-command").exit());
        assertEquals(2, Cli.run("query", "--store", tmp.toString(), "articles", "--format", "xml").exit());
        assertFalse(Cli.run("--version").out().isBlank());
        assertNotNull(Cli.run("stats", "--store", tmp.resolve("fresh").toString()).out());
    }
}
