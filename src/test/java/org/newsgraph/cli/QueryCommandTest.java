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
    void everyBundledQueryRunsWithAllItsParametersSet() {
        String person = "https://w3id.org/newsgraph/id/entity/person/jens-stoltenberg";
        java.util.Map<String, String> values = java.util.Map.of("speaker", person, "entity", person, "actor", person,
                "against", "https://w3id.org/newsgraph/id/entity/Q184", "from", "2021-11-01", "to", "2021-11-30",
                "lat", "50.85", "lon", "4.35", "km", "500", "label", "Twitter");
        for (String name : CannedQueries.available()) {
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("query", "--store", store, name,
                    "--format", "csv"));
            for (String p : CannedQueries.load(name).parameters()) {
                String v = p.equals("type") ? (name.equals("timeline") ? "ACCUSE" : "http://schema.org/Person") : values.get(p);
                args.add("--param");
                args.add(p + "=" + v);
            }
            Cli r = Cli.run(args.toArray(String[]::new));
            assertEquals(0, r.exit(), name + ": " + r);
        }
        Cli said = Cli.run("query", "--store", store, "who-said-what", "--format", "csv", "--param", "speaker=" + person);
        assertTrue(said.out().contains("NATO stands in solidarity"), said.out());
        assertTrue(said.out().lines().skip(1).allMatch(l -> l.contains("Jens Stoltenberg")), said.out());
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

    /**
     * Events without an actor or a recipient must come out once, with the name empty: an unbound participant must
     * not be joined with every named thing in the article.
     */
    @Test
    void eventsWithoutAParticipantAreListedOnce() throws Exception {
        Path text = tmp.resolve("kabul.txt");
        java.nio.file.Files.writeString(text, "Afghan capital\n\nFour Afghan soldiers were killed in Kabul on"
                + " Monday, officials said. President Hamid Karzai met NATO Secretary-General Jaap de Hoop Scheffer in"
                + " Brussels. Karzai criticised the decision.\n");
        String own = tmp.resolve("kabul-store").toString();
        assertEquals(0, Cli.run("ingest", "--store", own, text.toString()).exit());
        Cli timeline = Cli.run("query", "--store", own, "timeline", "--format", "csv", "--param", "type=ASSAULT");
        java.util.List<String> rows = timeline.out().lines().skip(1).toList();
        assertEquals(1, rows.size(), timeline.out());
        assertTrue(rows.get(0).startsWith(",ASSAULT,,soldiers,Kabul"), timeline.out());
        Cli meetings = Cli.run("query", "--store", own, "timeline", "--format", "csv", "--param", "type=CONSULT");
        assertEquals(2, meetings.out().lines().count(), meetings.out());
        Cli accusations = Cli.run("query", "--store", own, "accusations", "--format", "csv");
        assertEquals(java.util.List.of("Hamid Karzai,,criticised"), accusations.out().lines().skip(1)
                .map(l -> l.replaceAll("^[^,]*,", "").replaceAll(",[^,]*$", "")).toList(), accusations.out());
    }

    /**
     * A party the sentence names only by description ("a drug seller", "the governor") is the event's participant in
     * the graph too, as a described party local to the article with its name and its mention, not dropped for want of
     * an entity to link.
     */
    @Test
    void describedPartiesAreParticipantsInTheGraph() throws Exception {
        Path text = tmp.resolve("lagos.txt");
        java.nio.file.Files.writeString(text, "Lagos arrest\n\nNigerian police on Tuesday arrested a drug seller in Lagos,"
                + " a spokesman said. Turkish troops stormed the residence of the governor.\n");
        String own = tmp.resolve("lagos-store").toString();
        assertEquals(0, Cli.run("ingest", "--store", own, text.toString()).exit());
        Cli arrests = Cli.run("query", "--store", own, "timeline", "--format", "csv", "--param", "type=COERCE");
        java.util.List<String> rows = arrests.out().lines().skip(1).toList();
        assertEquals(1, rows.size(), arrests.out());
        assertTrue(rows.get(0).contains(",COERCE,Government of Nigeria,drug seller,Lagos"), arrests.out());
        Cli parties = Cli.run("query", "--store", own, "--format", "csv", "-e", """
                PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                PREFIX schema: <http://schema.org/>
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
                SELECT ?name ?anchor WHERE { GRAPH ?a { ?e ng:recipient ?p . ?p a ng:DescribedParty ; schema:name ?name .
                  ?m itsrdf:taIdentRef ?p ; nif:anchorOf ?anchor ; nif:referenceContext ?a } } ORDER BY ?name""");
        assertEquals(java.util.List.of("drug seller,drug seller", "governor,governor"),
                parties.out().lines().skip(1).toList(), parties.out());
        assertEquals(0, Cli.run("validate", "--store", own).exit());
    }
}
