package org.newsgraph.link.wikidata;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * API answers on disk, one JSON file per request, named by the SHA-256 of the request key (the request URL
 * without its volatile parameters) under a two-character fan-out directory. Each file holds the key and the
 * answer: {@code {"request": "...", "response": {...}}}.
 *
 * <p>Thread-safe and safe across processes: files are written to a temporary name and moved into place, so a
 * reader sees a whole answer or none. An unreadable file counts as absent and is overwritten by the next fetch.
 */
final class ResponseCache {

    private final Path dir;

    ResponseCache(Path dir) {
        this.dir = dir;
    }

    Optional<JsonObject> get(String key) {
        Path f = file(key);
        try {
            String s = Files.readString(f, StandardCharsets.UTF_8);
            JsonObject o = JsonParser.parseString(s).getAsJsonObject();
            if (!key.equals(o.get("request").getAsString())) {
                return Optional.empty(); // a hash collision: never answer for another request
            }
            return Optional.of(o.getAsJsonObject("response"));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | JsonParseException | IllegalStateException | NullPointerException
                | ClassCastException e) {
            return Optional.empty();
        }
    }

    void put(String key, JsonObject response) throws IOException {
        Path f = file(key);
        Files.createDirectories(f.getParent());
        JsonObject o = new JsonObject();
        o.addProperty("request", key);
        o.add("response", response);
        Path tmp = Files.createTempFile(f.getParent(), ".tmp-", ".json");
        try {
            Files.writeString(tmp, o.toString(), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    Path file(String key) {
        String h = sha256(key);
        return dir.resolve(h.substring(0, 2)).resolve(h + ".json");
    }

    static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
