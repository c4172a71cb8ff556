package org.newsgraph.link.wikidata;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the Wikidata action API on loopback: answers {@code wbsearchentities} and
 * {@code wbgetentities} in the shapes Wikidata uses, from items the test registers (made-up ids). It serves
 * requests on several threads, so a client that sent requests in parallel would be seen doing so.
 */
public final class FakeWikidata implements AutoCloseable {

    /** An answer to give instead of the real one. */
    record Canned(int status, String retryAfter, String body) {
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private final Map<String, JsonObject> items = new LinkedHashMap<>();
    private final Deque<Canned> canned = new ArrayDeque<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    /** Whether the exchange on this server thread has been answered (and so no longer counts as in flight). */
    private final ThreadLocal<Boolean> answered = ThreadLocal.withInitial(() -> false);
    final List<Map<String, String>> queries = new CopyOnWriteArrayList<>();
    final List<String> userAgents = new CopyOnWriteArrayList<>();
    volatile long delayMillis;

    public FakeWikidata() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/w/api.php", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/w/api.php");
    }

    public int requests() {
        return requests.get();
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    /** Registers an item with an English label, description, aliases and instance-of classes. */
    public synchronized FakeWikidata item(String qid, String label, String description, List<String> aliases,
            String... instanceOf) {
        JsonObject e = new JsonObject();
        e.addProperty("pageid", 1000 + items.size());
        e.addProperty("ns", 0);
        e.addProperty("title", qid);
        e.addProperty("lastrevid", 2000000000L + items.size());
        e.addProperty("modified", "2024-05-01T10:00:00Z");
        e.addProperty("type", "item");
        e.addProperty("id", qid);
        e.add("labels", langValue("en", label));
        e.add("descriptions", langValue("en", description));
        JsonObject al = new JsonObject();
        JsonArray en = new JsonArray();
        for (String a : aliases) {
            JsonObject v = new JsonObject();
            v.addProperty("language", "en");
            v.addProperty("value", a);
            en.add(v);
        }
        if (!aliases.isEmpty()) {
            al.add("en", en);
        }
        e.add("aliases", al);
        JsonObject claims = new JsonObject();
        JsonArray p31 = new JsonArray();
        int n = 0;
        for (String cls : instanceOf) {
            p31.add(statement(qid, cls, n++));
        }
        claims.add("P31", p31);
        claims.add("P569", new JsonArray()); // other properties, which the client drops from its cache
        e.add("claims", claims);
        e.add("sitelinks", new JsonObject());
        items.put(qid, e);
        return this;
    }

    /** The next request gets this answer instead (queued, first in first out). */
    synchronized void answerNext(int status, String retryAfter, String body) {
        canned.add(new Canned(status, retryAfter, body));
    }

    private static JsonObject statement(String qid, String cls, int n) {
        JsonObject value = new JsonObject();
        value.addProperty("entity-type", "item");
        value.addProperty("numeric-id", Long.parseLong(cls.substring(1)));
        value.addProperty("id", cls);
        JsonObject dv = new JsonObject();
        dv.add("value", value);
        dv.addProperty("type", "wikibase-entityid");
        JsonObject snak = new JsonObject();
        snak.addProperty("snaktype", "value");
        snak.addProperty("property", "P31");
        snak.add("datavalue", dv);
        snak.addProperty("datatype", "wikibase-item");
        JsonObject st = new JsonObject();
        st.add("mainsnak", snak);
        st.addProperty("type", "statement");
        st.addProperty("id", qid + "$" + n);
        st.addProperty("rank", "normal");
        st.add("references", new JsonArray());
        return st;
    }

    private static JsonObject langValue(String lang, String value) {
        JsonObject o = new JsonObject();
        if (value != null) {
            JsonObject v = new JsonObject();
            v.addProperty("language", lang);
            v.addProperty("value", value);
            o.add(lang, v);
        }
        return o;
    }

    private void handle(HttpExchange ex) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            requests.incrementAndGet();
            userAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
            Map<String, String> q = parse(ex.getRequestURI().getRawQuery());
            queries.add(q);
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            Canned c;
            synchronized (this) {
                c = canned.poll();
            }
            if (c != null) {
                if (c.retryAfter() != null) {
                    ex.getResponseHeaders().add("Retry-After", c.retryAfter());
                }
                send(ex, c.status(), c.body());
                return;
            }
            switch (q.getOrDefault("action", "")) {
                case "wbsearchentities" -> send(ex, 200, search(q).toString());
                case "wbgetentities" -> send(ex, 200, entities(q).toString());
                default -> send(ex, 200, "{\"error\":{\"code\":\"badvalue\",\"info\":\"Unrecognized value for parameter \\\"action\\\".\"}}");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (!answered.get()) {
                inFlight.decrementAndGet();
            }
            answered.remove();
            ex.close();
        }
    }

    private synchronized JsonObject search(Map<String, String> q) {
        String term = q.getOrDefault("search", "").toLowerCase(Locale.ROOT);
        int limit = Integer.parseInt(q.getOrDefault("limit", "7"));
        JsonArray hits = new JsonArray();
        for (JsonObject e : items.values()) {
            String label = e.getAsJsonObject("labels").getAsJsonObject("en").get("value").getAsString();
            List<String> names = new ArrayList<>(List.of(label));
            if (e.getAsJsonObject("aliases").has("en")) {
                e.getAsJsonObject("aliases").getAsJsonArray("en").forEach(a -> names.add(a.getAsJsonObject().get("value").getAsString()));
            }
            String matched = names.stream().filter(n -> n.toLowerCase(Locale.ROOT).contains(term)).findFirst().orElse(null);
            if (matched == null || hits.size() >= limit) {
                continue;
            }
            String id = e.get("id").getAsString();
            JsonObject hit = new JsonObject();
            hit.addProperty("id", id);
            hit.addProperty("title", id);
            hit.addProperty("pageid", e.get("pageid").getAsInt());
            hit.addProperty("concepturi", "http://www.wikidata.org/entity/" + id);
            hit.addProperty("repository", "wikidata");
            hit.addProperty("url", "//www.wikidata.org/wiki/" + id);
            JsonObject display = new JsonObject();
            display.add("label", e.getAsJsonObject("labels").get("en"));
            if (e.getAsJsonObject("descriptions").has("en")) {
                display.add("description", e.getAsJsonObject("descriptions").get("en"));
                hit.addProperty("description", e.getAsJsonObject("descriptions").getAsJsonObject("en").get("value").getAsString());
            }
            hit.add("display", display);
            hit.addProperty("label", label);
            JsonObject match = new JsonObject();
            match.addProperty("type", matched.equals(label) ? "label" : "alias");
            match.addProperty("language", "en");
            match.addProperty("text", matched);
            hit.add("match", match);
            hits.add(hit);
        }
        JsonObject o = new JsonObject();
        JsonObject info = new JsonObject();
        info.addProperty("search", q.getOrDefault("search", ""));
        o.add("searchinfo", info);
        o.add("search", hits);
        o.addProperty("success", 1);
        return o;
    }

    private synchronized JsonObject entities(Map<String, String> q) {
        JsonObject entities = new JsonObject();
        for (String id : q.getOrDefault("ids", "").split("\\|")) {
            JsonObject e = items.get(id);
            if (e == null) {
                JsonObject missing = new JsonObject();
                missing.addProperty("id", id);
                missing.addProperty("missing", "");
                entities.add(id, missing);
            } else {
                entities.add(id, e.deepCopy());
            }
        }
        JsonObject o = new JsonObject();
        o.add("entities", entities);
        o.addProperty("success", 1);
        return o;
    }

    /**
     * Answers. The request stops counting as in flight before the answer is written: once the client has read it,
     * it may rightly send the next request while this thread is still finishing.
     */
    private void send(HttpExchange ex, int status, String body) throws IOException {
        inFlight.decrementAndGet();
        answered.set(true);
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    private static Map<String, String> parse(String raw) {
        Map<String, String> q = new LinkedHashMap<>();
        if (raw != null) {
            for (String kv : raw.split("&")) {
                int i = kv.indexOf('=');
                String k = URLDecoder.decode(i < 0 ? kv : kv.substring(0, i), StandardCharsets.UTF_8);
                String v = i < 0 ? "" : URLDecoder.decode(kv.substring(i + 1), StandardCharsets.UTF_8);
                q.put(k, v);
            }
        }
        return q;
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
