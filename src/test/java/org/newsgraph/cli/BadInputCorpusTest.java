package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;

/**
 * A corpus of bad input next to good input: each bad item is reported exactly once with its reason, every good
 * item is stored, and the exit code says something failed.
 */
class BadInputCorpusTest {

    @TempDir
    Path tmp;

    private static final String GOOD = "Officials from France and Germany met in Berlin on Monday to discuss energy prices,"
            + " the foreign ministry said. The talks will continue next week in Paris, according to a statement.";

    @Test
    void everyBadItemReportedOnceEveryGoodItemStored() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(in.resolve("good.txt"), GOOD);
        Files.writeString(in.resolve("empty.txt"), "");
        Files.write(in.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        try (OutputStream o = Files.newOutputStream(in.resolve("huge.txt"))) {
            byte[] line = "The minister said the talks would go on. ".repeat(100).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written <= (65L << 20); written += line.length) {
                o.write(line);
            }
        }
        Files.writeString(in.resolve("broken.html"), "<html><head><title>Cut off</title></head><body><article><p>"
                + GOOD + "</p><p>The ministers were due to meet again");
        Files.writeString(in.resolve("latin1.txt"), "Caf\u00e9 owners in Paris said on Monday that prices rose, "
                + "according to a survey published by the chamber of commerce in the French capital.",
                Charset.forName("ISO-8859-1"));
        Files.writeString(in.resolve("german.txt"), "Die Bundesregierung hat am Montag in Berlin neue Maßnahmen "
                + "beschlossen. Der Minister sagte, die Gespräche mit Frankreich würden in der kommenden Woche "
                + "fortgesetzt, wie ein Sprecher mitteilte. Die Opposition kritisierte den Plan scharf.");
        Files.writeString(in.resolve("records.jsonl"), String.join("\n",
                "{\"id\": \"r1\", \"title\": \"Energy talks\", \"maintext\": \"" + GOOD + "\"}",
                "{\"id\": \"r2\", \"title\": \"No body\"}",
                "{\"id\": \"r3\", \"title\": \"Wrong type\", \"maintext\": [\"a\", \"b\"]}",
                "{\"id\": \"r1\", \"title\": \"Energy talks again\", \"maintext\": \"" + GOOD.replace("Monday", "Tuesday") + "\"}",
                "[1, 2",
                "{\"id\": \"r5\", \"title\": \"Date\", \"maintext\": \"" + GOOD + " More.\", \"date_publish\": 20211109}"));
        Path store = tmp.resolve("s");
        Cli r = Cli.run("ingest", "--store", store.toString(), in.toString());
        assertEquals(1, r.exit(), r.toString());
        Map<String, String> expected = Map.of(
                "empty.txt", "empty file",
                "binary.txt", "binary data",
                "huge.txt", "larger than 64 MB",
                "german.txt", "does not look like English",
                "records.jsonl:2", "no \"maintext\" string",
                "records.jsonl:3", "\"maintext\" is not a string",
                "records.jsonl:4", "duplicate of",
                "records.jsonl:5", "invalid JSON",
                "records.jsonl:6", "\"date_publish\" is not a string");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Matcher m = Pattern.compile("(?m)^newsgraph: \\S*" + Pattern.quote(e.getKey()) + ": (.*)$").matcher(r.err());
            assertTrue(m.find(), e.getKey() + " not reported:\n" + r.err());
            assertTrue(m.group(1).contains(e.getValue()), e.getKey() + ": " + m.group(1));
            assertTrue(!m.find(), e.getKey() + " reported twice:\n" + r.err());
        }
        assertTrue(r.err().contains("4 articles stored, 0 unchanged skipped, 9 failed"), r.err());
        try (GraphStore s = GraphStore.open(store)) {
            assertEquals(4, s.graphNames().size());
        }
        List<String> good = List.of("good.txt", "broken.html", "latin1.txt", "records.jsonl:1");
        for (String g : good) {
            assertTrue(!r.err().contains(g + ":"), g + " was reported as bad:\n" + r.err());
        }
    }
}
