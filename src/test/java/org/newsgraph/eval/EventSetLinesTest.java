package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventSetLinesTest {

    /** A story whose maintext has a non-BMP character (two UTF-16 chars, one code point) before the sentence. */
    private static final String STORY = "Emoji \uD83D\uDE00 first.\nRebels attacked the town.";
    private static final String SENTENCE = "Rebels attacked the town.";
    private static final int BEGIN = STORY.codePointCount(0, STORY.indexOf(SENTENCE));

    @TempDir
    Path dir;

    private Path corpus() throws IOException {
        Path gz = dir.resolve("corpus.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            JsonObject s = new JsonObject();
            s.addProperty("id", "S1");
            s.addProperty("maintext", STORY);
            out.write((s + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return gz;
    }

    private Path set(String... lines) throws IOException {
        return Files.write(dir.resolve("set.jsonl"), List.of(lines), StandardCharsets.UTF_8);
    }

    private static String standOff(String id, int begin, int end, String sha1) {
        return "{\"id\": \"" + id + "\", \"date\": \"2006-01-01\", \"begin\": " + begin + ", \"end\": " + end
                + ", \"sha1\": \"" + sha1 + "\", \"events\": []}";
    }

    @Test
    void standOffOffsetsCountCodePoints() throws IOException {
        String sha1 = EventSetLines.sha1(SENTENCE);
        Path set = set(standOff("S1", BEGIN, BEGIN + SENTENCE.length(), sha1));
        List<JsonObject> lines = new EventSetLines(corpus()).lines(set);
        assertEquals(BEGIN + 1, STORY.indexOf(SENTENCE), "the test needs a surrogate pair before the sentence");
        assertEquals(SENTENCE, lines.get(0).get("text").getAsString());
        assertTrue(lines.get(0).has("events"));
    }

    @Test
    void sha1MismatchNamesTheLineAndId() throws IOException {
        Path set = set(standOff("S1", BEGIN, BEGIN + SENTENCE.length(), "000000000000"));
        EventSetLines reader = new EventSetLines(corpus());
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> reader.lines(set));
        assertTrue(e.getMessage().contains("line 1 (S1)"), e.getMessage());
        assertTrue(e.getMessage().contains("sha1 000000000000"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void missingStoryIsAnError() throws IOException {
        Path set = set("", standOff("S2", 0, 5, EventSetLines.sha1("Emoji")));
        EventSetLines reader = new EventSetLines(corpus());
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> reader.lines(set));
        assertTrue(e.getMessage().contains("line 2 (S2): story S2 is not in the corpus"), e.getMessage());
    }

    @Test
    void missingCorpusIsAnErrorNamingIt() throws IOException {
        Path set = set(standOff("S1", 0, 5, EventSetLines.sha1("Emoji")));
        EventSetLines reader = new EventSetLines(dir.resolve("absent.jsonl.gz"));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> reader.lines(set));
        assertTrue(e.getMessage().contains("absent.jsonl.gz"), e.getMessage());
        assertTrue(e.getMessage().contains(EventSetLines.CORPUS_PROPERTY), e.getMessage());
    }

    @Test
    void inlineLinesAreReadAsTheyAreWithoutTheCorpus() throws IOException {
        String line = "{\"id\": \"S9\", \"date\": \"2006-01-01\", \"text\": \"Talks began.\", \"events\": [], \"doubtful\": \"x\"}";
        List<JsonObject> lines = new EventSetLines(dir.resolve("absent.jsonl.gz")).lines(set(line, "  "));
        assertEquals(1, lines.size());
        assertEquals(JsonParser.parseString(line), lines.get(0));
    }

    /** The training pool resolves line by line against the bench corpus (read once). */
    @Test
    void everyPoolLineResolvesWithItsSha1() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(EventSetLines.DEFAULT_CORPUS));
        EventSetLines reader = new EventSetLines(EventSetLines.DEFAULT_CORPUS);
        int lines = 0;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/events/train"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList()) {
                for (JsonObject o : reader.lines(f)) {
                    assertTrue(o.has("sha1"), f + " " + o.get("id") + ": the pool is stand-off, not inline text");
                    assertFalse(o.get("text").getAsString().isBlank(), f + " " + o.get("id"));
                    lines++;
                }
            }
        }
        assertTrue(lines >= 6925, lines + " lines");
    }
}
