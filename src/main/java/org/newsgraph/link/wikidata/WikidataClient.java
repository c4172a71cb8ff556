package org.newsgraph.link.wikidata;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The two Wikibase API calls the reconciler needs, cached on disk.
 *
 * <p>Thread-safe. At most one request is in flight at a time across all threads (a fair lock around
 * cache-check, fetch and cache-write), as the Wikimedia API etiquette asks; cached answers are read without
 * the lock. HTTP 429 and 503 and the API's {@code maxlag} error are retried after the server's Retry-After
 * (cut to {@link WikidataOptions#maxRetryWait()}), other I/O failures after a short back-off, at most
 * {@link WikidataOptions#maxAttempts()} tries in all. Failed answers are never cached.
 */
final class WikidataClient {

    /**
     * After this many requests in a row fail (the network is down, the server unreachable), the client answers
     * from the cache only, so a long run does not wait out every timeout.
     */
    static final int GIVE_UP_AFTER = 3;

    /** Seconds to wait when a 429, 503 or maxlag answer names no Retry-After. */
    private static final long DEFAULT_RETRY_SECONDS = 5;

    private final WikidataOptions options;
    private final HttpClient http;
    private final ResponseCache cache;
    private final ReentrantLock inFlight = new ReentrantLock(true);
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong cacheHits = new AtomicLong();
    /** Requests in a row that failed after all their tries; guarded by {@code inFlight}. */
    private int failuresInARow;

    WikidataClient(WikidataOptions options) {
        this.options = options;
        this.http = HttpClient.newBuilder().connectTimeout(options.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.cache = new ResponseCache(options.cacheDir());
    }

    /** {@code wbsearchentities}: items whose label or alias matches the name, in English. */
    JsonObject search(String name) throws IOException {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("action", "wbsearchentities");
        p.put("search", name);
        p.put("language", "en");
        p.put("uselang", "en");
        p.put("type", "item");
        p.put("limit", Integer.toString(options.searchLimit()));
        p.put("format", "json");
        return get(p, UnaryOperator.identity());
    }

    /** {@code wbgetentities}: English labels, descriptions, aliases and the instance-of claims of the items. */
    JsonObject entities(List<String> ids) throws IOException {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("action", "wbgetentities");
        p.put("ids", ids.stream().sorted().distinct().collect(Collectors.joining("|")));
        p.put("props", "labels|descriptions|aliases|claims");
        p.put("languages", "en");
        p.put("format", "json");
        return get(p, WikidataClient::keepInstanceOf);
    }

    /** HTTP requests sent so far, retries included. */
    long requests() {
        return requests.get();
    }

    /** Answers read from the cache so far. */
    long cacheHits() {
        return cacheHits.get();
    }

    private JsonObject get(Map<String, String> params, UnaryOperator<JsonObject> shape) throws IOException {
        // the cache key leaves out maxlag: it changes how the server schedules the answer, not the answer
        String key = options.endpoint() + "?" + query(params);
        Optional<JsonObject> cached = cache.get(key);
        if (cached.isPresent()) {
            cacheHits.incrementAndGet();
            return cached.get();
        }
        inFlight.lock();
        try {
            cached = cache.get(key); // another thread may have fetched it while this one waited
            if (cached.isPresent()) {
                cacheHits.incrementAndGet();
                return cached.get();
            }
            if (failuresInARow >= GIVE_UP_AFTER) {
                throw new IOException("Wikidata unreachable (" + GIVE_UP_AFTER
                        + " requests in a row failed); answering from the cache only");
            }
            Map<String, String> withLag = new LinkedHashMap<>(params);
            withLag.put("maxlag", Integer.toString(options.maxlag()));
            JsonObject answer;
            try {
                answer = shape.apply(fetch(URI.create(options.endpoint() + "?" + query(withLag))));
                failuresInARow = 0;
            } catch (Refused e) {
                failuresInARow = 0;
                throw e;
            } catch (IOException e) {
                failuresInARow++;
                throw e;
            }
            cache.put(key, answer);
            return answer;
        } finally {
            inFlight.unlock();
        }
    }

    private JsonObject fetch(URI uri) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(options.timeout())
                .header("User-Agent", options.userAgent()).header("Accept", "application/json").GET().build();
        IOException last = null;
        for (int attempt = 1; attempt <= options.maxAttempts(); attempt++) {
            Duration wait;
            try {
                requests.incrementAndGet();
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = r.statusCode();
                if (status == 429 || status == 503) {
                    last = new IOException("Wikidata answered HTTP " + status + " for " + uri);
                    wait = retryAfter(r);
                } else if (status != 200) {
                    throw new Refused("Wikidata answered HTTP " + status + " for " + uri);
                } else {
                    JsonObject body = parse(r.body(), uri);
                    JsonObject error = body.has("error") ? body.getAsJsonObject("error") : null;
                    if (error == null) {
                        return body;
                    }
                    String code = error.has("code") ? error.get("code").getAsString() : "";
                    if (!code.equals("maxlag")) {
                        throw new Refused("Wikidata API error '" + code + "' for " + uri + ": " + error.get("info"));
                    }
                    last = new IOException("Wikidata is lagging (maxlag) for " + uri);
                    wait = retryAfter(r);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while asking Wikidata");
            } catch (Refused e) {
                throw e;
            } catch (IOException e) {
                last = e;
                wait = Duration.ofSeconds(Math.min(1L << (attempt - 1), options.maxRetryWait().toSeconds()));
            }
            if (attempt < options.maxAttempts()) {
                sleep(wait);
            }
        }
        throw last;
    }

    /** The server's definite answer (a 4xx, an API error): trying again will not change it. */
    static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private static JsonObject parse(String body, URI uri) throws IOException {
        try {
            JsonElement e = JsonParser.parseString(body);
            if (!e.isJsonObject()) {
                throw new IOException("Wikidata answered no JSON object for " + uri);
            }
            return e.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new IOException("Wikidata answered malformed JSON for " + uri, e);
        }
    }

    /** The server's Retry-After (seconds or an HTTP date), cut to the configured longest wait. */
    Duration retryAfter(HttpResponse<?> r) {
        Duration d = r.headers().firstValue("Retry-After").map(WikidataClient::parseRetryAfter)
                .orElse(Duration.ofSeconds(DEFAULT_RETRY_SECONDS));
        return d.compareTo(options.maxRetryWait()) > 0 ? options.maxRetryWait() : d;
    }

    static Duration parseRetryAfter(String value) {
        String v = value.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException e) {
            try {
                Duration d = Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException e2) {
                return Duration.ofSeconds(DEFAULT_RETRY_SECONDS);
            }
        }
    }

    private static void sleep(Duration d) throws InterruptedIOException {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry Wikidata");
        }
    }

    static String query(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /**
     * Keeps of each item's claims only instance-of (P31) without qualifiers and references: all the scorer
     * reads, and a famous person's full claims run to hundreds of kilobytes.
     */
    static JsonObject keepInstanceOf(JsonObject answer) {
        if (!answer.has("entities") || !answer.get("entities").isJsonObject()) {
            return answer;
        }
        for (Map.Entry<String, JsonElement> e : answer.getAsJsonObject("entities").entrySet()) {
            if (!e.getValue().isJsonObject()) {
                continue;
            }
            JsonObject item = e.getValue().getAsJsonObject();
            if (item.has("claims") && item.get("claims").isJsonObject()) {
                JsonObject claims = item.getAsJsonObject("claims");
                JsonObject kept = new JsonObject();
                if (claims.has("P31") && claims.get("P31").isJsonArray()) {
                    JsonArray p31 = claims.getAsJsonArray("P31").deepCopy();
                    p31.forEach(s -> {
                        if (s.isJsonObject()) {
                            s.getAsJsonObject().remove("qualifiers");
                            s.getAsJsonObject().remove("qualifiers-order");
                            s.getAsJsonObject().remove("references");
                        }
                    });
                    kept.add("P31", p31);
                }
                item.add("claims", kept);
            }
        }
        return answer;
    }
}
