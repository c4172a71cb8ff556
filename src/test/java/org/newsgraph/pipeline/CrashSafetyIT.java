package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.NS;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.Validator;

/**
 * Kills a real ingest process with SIGKILL after it has stored some articles, then checks that the store
 * opens, holds only whole articles, and that running the ingest again stores exactly the rest.
 */
class CrashSafetyIT {

    private static final int ARTICLES = 600;

    @TempDir
    Path tmp;

    @Test
    void sigkillMidIngestLosesNothingAndRerunCompletesTheRestOnce() throws Exception {
        Path input = tmp.resolve("stories.jsonl");
        Files.write(input, stories(), StandardCharsets.UTF_8);
        Path store = tmp.resolve("store");

        Process p = ingest(store, input);
        boolean sawProgress = false;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                if (line.contains("articles done")) {
                    sawProgress = true;
                    break;
                }
            }
            assertTrue(sawProgress, "the ingest never reported progress");
            // A moment after the first commit, somewhere in the middle of the next batches.
            Thread.sleep(300);
            p.destroyForcibly();   // SIGKILL on Unix
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(p.exitValue() != 0, "the process was not killed before it finished (exit " + p.exitValue() + ")");

        int before;
        try (GraphStore s = GraphStore.open(store)) {
            List<String> names = s.graphNames();
            before = names.size();
            assertTrue(before >= 1 && before < ARTICLES, "stored before the kill: " + before);
            for (String name : names) {
                Graph g = s.graph(name);
                assertNotNull(s.contentHash(name), name + " has no content hash: a partial graph");
                assertTrue(g.contains(org.apache.jena.graph.NodeFactory.createURI(name), NS.Nif.isString.asNode(),
                        org.apache.jena.graph.Node.ANY), name + " has no text: a partial graph");
                assertEquals(List.of(), Validator.violations(g), name);
            }
        }

        Process again = ingest(store, input);
        String out = new String(again.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(again.waitFor(10, TimeUnit.MINUTES));
        assertEquals(0, again.exitValue(), out);
        assertTrue(out.contains((ARTICLES - before) + " articles stored, " + before + " unchanged skipped, 0 failed"), out);
        try (GraphStore s = GraphStore.open(store)) {
            assertEquals(ARTICLES, s.graphNames().size());
        }
    }

    private static Process ingest(Path store, Path input) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx2g", "-jar", Path.of("target", "newsgraph.jar").toString(), "ingest",
                "--store", store.toString(), "--threads", "1", "--progress", "always", input.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static List<String> stories() {
        String[] cities = {"Paris", "Berlin", "Warsaw", "Madrid", "Rome", "Vienna", "Prague", "Lisbon"};
        String[] people = {"Anna Kowalska", "John Smith", "Maria Rossi", "Peter Novak"};
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            String city = cities[i % cities.length];
            String person = people[i % people.length];
            String text = city + " (AFP) - " + person + ", the foreign minister, said on Monday that talks number " + i
                    + " with NATO would resume in " + city + " next week.\\n\\n\\\"We are ready to talk,\\\" "
                    + person + " told reporters, adding that " + (i * 7) + " diplomats would attend.\\n\\n"
                    + "The European Union welcomed the announcement and urged both sides to reach an agreement by March.";
            lines.add("{\"id\": \"story-" + i + "\", \"title\": \"Talks " + i + " to resume in " + city
                    + "\", \"date_publish\": \"2021-11-0" + (1 + i % 9) + " 10:00:00\", \"maintext\": \"" + text + "\"}");
        }
        return lines;
    }
}
