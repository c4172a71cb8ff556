package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same real-world thing mentioned in two articles is one IRI in the store. */
class CrossArticleIdentityTest {

    @TempDir
    Path tmp;

    @Test
    void samePersonCountryAndOrganisationInTwoArticlesAreOneIri() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "NATO Secretary-General Jens Stoltenberg met Polish President Andrzej Duda "
                + "in Warsaw on Monday, the alliance said. Stoltenberg said NATO stands with Poland.\n");
        Files.writeString(in.resolve("b.txt"), "Jens Stoltenberg warned on Friday that Russia was massing troops near "
                + "Ukraine. The North Atlantic Treaty Organization will meet in Brussels, Stoltenberg told reporters "
                + "after talks with officials from Poland.\n");
        Path store = tmp.resolve("s");
        Cli r = Cli.run("ingest", "--store", store.toString(), "--date", "2021-11-09", in.toString());
        assertEquals(0, r.exit(), r.toString());
        Cli q = Cli.run("query", "--store", store.toString(), "--format", "csv", "-e", """
                PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
                PREFIX schema: <http://schema.org/>
                SELECT ?e (COUNT(DISTINCT ?g) AS ?articles) WHERE {
                  GRAPH ?g { ?m itsrdf:taIdentRef ?e }
                  ?e schema:name ?n . FILTER (?n IN ("Jens Stoltenberg", "Poland", "North Atlantic Treaty Organisation"))
                } GROUP BY ?e ORDER BY ?e""");
        assertEquals(0, q.exit(), q.toString());
        var rows = q.out().lines().skip(1).toList();
        assertEquals(3, rows.size(), q.out());
        assertTrue(rows.stream().allMatch(l -> l.endsWith(",2")), q.out());
        assertTrue(q.out().contains("/entity/person/jens-stoltenberg,"), q.out());
        assertTrue(q.out().contains("/entity/Q36,"), q.out());
        assertTrue(q.out().contains("/entity/Q7184,"), q.out());
    }
}
