package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.CannedQueries;

class QueryCommandTest {

    @TempDir
    static Path tmp;
    static String store;

    @BeforeAll
    static void ingestSeed() {
        store = tmp.resolve("s").toString();
        assertEquals(0, Cli.run("ingest", "--store", store, IngestCommandTest.SEED).exit());
    }

    @Test
    void everyBundledQueryParsesAndRuns() {
        assertEquals(CannedQueries.BUNDLED, CannedQueries.available());
        for (String name : CannedQueries.available()) {
            QueryFactory.create(CannedQueries.load(name).text());
            Cli r = Cli.run("query", "--store", store, name, "--format", "csv");
            assertEquals(0, r.exit(), name + ": " + r);
        }
    }

    @Test
    void topActorsNamesStoltenberg() {
        Cli r = Cli.run("query", "--store", store, "top-actors", "--format", "csv");
        assertTrue(r.out().contains("Jens Stoltenberg"), r.out());
    }

    @Test
    void parameterNarrowsTheResult() {
        Cli all = Cli.run("query", "--store", store, "top-actors", "--format", "csv");
        Cli persons = Cli.run("query", "--store", store, "top-actors", "--format", "csv",
                "--param", "type=http://schema.org/Person");
        assertEquals(0, persons.exit(), persons.toString());
        assertTrue(persons.out().contains("Jens Stoltenberg"));
        assertTrue(persons.out().lines().count() < all.out().lines().count(), persons.out());
        assertTrue(persons.out().lines().skip(1).allMatch(l -> l.contains("http://schema.org/Person")), persons.out());
    }

    @Test
    void injectionThroughAnIriParameterIsRefused() {
        Cli r = Cli.run("query", "--store", store, "top-actors", "--param",
                "type=http://schema.org/Person> . ?x ?y ?z } #");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("not a valid IRI"), r.err());
    }

    @Test
    void stringValuesCannotBreakOutOfTheirLiteral() {
        Cli r = Cli.run("query", "--store", store, "statements-by-medium", "--format", "csv", "--param",
                "label=x\" } SELECT * WHERE { ?s ?p ?o } #");
        assertEquals(0, r.exit(), r.toString());
        assertEquals(1, r.out().lines().count(), "only the header: " + r.out());
    }

    @Test
    void unknownParameterAndUnknownQueryAreClearErrors() {
        Cli p = Cli.run("query", "--store", store, "top-actors", "--param", "nope=1");
        assertEquals(1, p.exit());
        assertTrue(p.err().contains("unknown parameter 'nope'"), p.err());
        Cli q = Cli.run("query", "--store", store, "no-such-query");
        assertEquals(1, q.exit());
        assertTrue(q.err().contains("no query named 'no-such-query'"), q.err());
    }
}
