package org.newsgraph.eval;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads the lines of an event set: one JSON object per non-blank line, each a sentence with its story {@code "id"},
 * {@code "date"}, its events and notes, and its text in one of two forms.
 * <ul>
 *   <li>inline: {@code "text"} holds the sentence;</li>
 *   <li>stand-off (the training pool, whose text may not be redistributed): {@code "begin"} and {@code "end"} are
 *       the sentence's offsets in the {@code "maintext"} of the story with the same id in the bench corpus, in
 *       Unicode code points, end exclusive; {@code "sha1"} is the first 12 hex digits of the SHA-1 of the sentence's
 *       UTF-8 bytes, checked on reading.</li>
 * </ul>
 * Every object returned has its {@code "text"}: a stand-off line gets it from the corpus, so callers read both forms
 * alike. The corpus ({@value #CORPUS_PROPERTY} system property, default {@code ../shared/bench/wire-stories.jsonl.gz}
 * relative to the working directory; gzipped JSON lines with {@code id} and {@code maintext}) is read once, when the
 * first stand-off line needs it. A story missing, a text that does not match its sha1 or a corpus that cannot be read
 * is an {@link UncheckedIOException} whose one-line message names the file, the line, the id and the reason.
 * Safe to share between threads. {@code tools/events-standoff.py} converts files between the two forms.
 */
public final class EventSetLines {

    /** The system property naming the corpus of stand-off lines. */
    public static final String CORPUS_PROPERTY = "newsgraph.benchCorpus";

    /** The corpus when the property is not set, relative to the working directory. */
    public static final Path DEFAULT_CORPUS = Path.of("../shared/bench/wire-stories.jsonl.gz");

    private static EventSetLines shared;

    private final Path corpus;
    private Map<String, String> stories;

    /** A reader resolving stand-off lines against {@code corpus}. */
    public EventSetLines(Path corpus) {
        this.corpus = corpus;
    }

    /** The reader of the corpus named by {@value #CORPUS_PROPERTY} (else the default), one per JVM. */
    public static synchronized EventSetLines shared() {
        if (shared == null) {
            String p = System.getProperty(CORPUS_PROPERTY);
            shared = new EventSetLines(p == null ? DEFAULT_CORPUS : Path.of(p));
        }
        return shared;
    }

    /** The lines of {@code file} with their text, read with the {@link #shared()} reader. */
    public static List<JsonObject> read(Path file) throws IOException {
        return shared().lines(file);
    }

    /** The non-blank lines of {@code file} in order, each with its {@code "text"}. */
    public List<JsonObject> lines(Path file) throws IOException {
        List<JsonObject> out = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (!line.isBlank()) {
                JsonObject o = JsonParser.parseString(line).getAsJsonObject();
                if (!o.has("text")) {
                    o.addProperty("text", standOffText(o, file, number));
                }
                out.add(o);
            }
        }
        return out;
    }

    /** The sentence a stand-off line points to, its sha1 checked. */
    String standOffText(JsonObject o, Path file, int number) {
        String id = o.get("id").getAsString();
        String where = file + " line " + number + " (" + id + ")";
        if (!o.has("begin") || !o.has("end") || !o.has("sha1")) {
            throw failure(where, "neither \"text\" nor \"begin\", \"end\" and \"sha1\"");
        }
        String story = stories(where).get(id);
        if (story == null) {
            throw failure(where, "story " + id + " is not in the corpus " + corpus);
        }
        int begin = o.get("begin").getAsInt(), end = o.get("end").getAsInt();
        int length = story.codePointCount(0, story.length());
        if (begin < 0 || begin > end || end > length) {
            throw failure(where, "offsets " + begin + "-" + end + " outside story " + id + " (" + length
                    + " code points) in " + corpus);
        }
        int from = story.offsetByCodePoints(0, begin);
        String text = story.substring(from, story.offsetByCodePoints(from, end - begin));
        String expected = o.get("sha1").getAsString();
        if (!sha1(text).equals(expected)) {
            throw failure(where, "the text at " + begin + "-" + end + " of story " + id + " in " + corpus
                    + " does not match sha1 " + expected + " (another version of the corpus?)");
        }
        return text;
    }

    /** The first 12 hex digits of the SHA-1 of the text's UTF-8 bytes. */
    static String sha1(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
    }

    /** Story id to maintext, read on first need; {@code where} names the line that needed it, for the error. */
    private synchronized Map<String, String> stories(String where) {
        if (stories == null) {
            try {
                stories = load(corpus);
            } catch (IOException e) {
                throw new UncheckedIOException(where + ": stand-off text needs the corpus " + corpus
                        + ", which cannot be read (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); set -D" + CORPUS_PROPERTY
                        + "=FILE to read it elsewhere", e);
            }
        }
        return stories;
    }

    private static Map<String, String> load(Path corpus) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    JsonObject s = story(line);
                    out.putIfAbsent(s.get("id").getAsString(), s.get("maintext").getAsString());
                }
            }
        }
        return out;
    }

    /** One line of the corpus, checked to be an object with an id and a maintext. */
    private static JsonObject story(String line) throws IOException {
        try {
            JsonObject s = JsonParser.parseString(line).getAsJsonObject();
            if (s.has("id") && s.has("maintext")) {
                return s;
            }
        } catch (JsonParseException | IllegalStateException e) {
            throw new IOException("not a JSON object: " + e.getMessage(), e);
        }
        throw new IOException("a story without id or maintext");
    }

    private static UncheckedIOException failure(String where, String reason) {
        return new UncheckedIOException(where + ": " + reason, new IOException(reason));
    }
}
