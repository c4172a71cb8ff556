package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.Server;

class ServeCommandTest {

    @TempDir
    Path tmp;

    @Test
    void answersSparqlOverHttpAndRefusesWritesWhenReadOnly() throws Exception {
        Path store = tmp.resolve("s");
        assertEquals(0, Cli.run("ingest", "--store", store.toString(), IngestCommandTest.SEED).exit());
        HttpClient http = HttpClient.newHttpClient();
        try (GraphStore s = GraphStore.open(store); Server server = Server.start(s, 0, false)) {
            String base = "http://localhost:" + server.port() + Server.DATASET;
            String q = "SELECT ?h WHERE { ?a <http://schema.org/headline> ?h }";
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/sparql?query="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json")
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("NATO backs Poland amid growing migration crisis"), r.body());

            HttpResponse<String> w = http.send(HttpRequest.newBuilder(URI.create(base + "/update"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("DELETE WHERE { GRAPH ?g { ?s ?p ?o } }")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(w.statusCode() >= 400, "update accepted: " + w.statusCode());
            HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(base + "/data?default"))
                    .header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<http://ex/s> <http://ex/p> <http://ex/o> .")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(put.statusCode() >= 400, "graph store write accepted: " + put.statusCode());
            assertEquals(1, s.graphNames().size());
        }
    }

    @Test
    void updateIsAllowedOnlyWithTheFlag() throws Exception {
        Path store = tmp.resolve("u");
        HttpClient http = HttpClient.newHttpClient();
        try (GraphStore s = GraphStore.open(store); Server server = Server.start(s, 0, true)) {
            String base = "http://localhost:" + server.port() + Server.DATASET;
            HttpResponse<String> w = http.send(HttpRequest.newBuilder(URI.create(base + "/update"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <http://ex/g> { <http://ex/s> <http://ex/p> 1 } }"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(w.statusCode() == 200 || w.statusCode() == 204, w.statusCode() + " " + w.body());
            assertEquals(1, s.graphNames().size());
        }
    }

    @Test
    void ingestToWritesIntoAServedStore() throws Exception {
        Path store = tmp.resolve("remote");
        try (GraphStore s = GraphStore.open(store); Server server = Server.start(s, 0, true)) {
            String url = "http://localhost:" + server.port() + Server.DATASET;
            Cli r = Cli.run("ingest", "--to", url, IngestCommandTest.SEED);
            assertEquals(0, r.exit(), r.toString());
            assertEquals(1, s.graphNames().size());
            Cli again = Cli.run("ingest", "--to", url, IngestCommandTest.SEED);
            assertTrue(again.err().contains("1 unchanged skipped"), again.toString());
        }
    }
}
