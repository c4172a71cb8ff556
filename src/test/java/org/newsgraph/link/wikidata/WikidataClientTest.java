package org.newsgraph.link.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WikidataClientTest {

    @TempDir
    Path cache;

    @Test
    void retryAfterInSeconds() {
        assertEquals(Duration.ofSeconds(3), WikidataClient.parseRetryAfter(" 3 "));
    }

    @Test
    void retryAfterAsPastHttpDateIsNoWait() {
        assertEquals(Duration.ZERO, WikidataClient.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT"));
    }

    @Test
    void cachedEntitiesKeepOnlyInstanceOf() throws IOException {
        try (FakeWikidata w = new FakeWikidata().item("Q9", "Nine", "a test item", List.of(), "Q5")) {
            WikidataClient c = new WikidataClient(WikidataOptions.defaults(cache, "test").withEndpoint(w.endpoint()));
            JsonObject item = c.entities(List.of("Q9")).getAsJsonObject("entities").getAsJsonObject("Q9");
            assertTrue(item.getAsJsonObject("claims").has("P31"));
            assertFalse(item.getAsJsonObject("claims").has("P569"));
        }
    }

    @Test
    void cacheKeyLeavesOutMaxlag() throws IOException {
        try (FakeWikidata w = new FakeWikidata().item("Q9", "Nine", "a test item", List.of(), "Q5")) {
            WikidataOptions o = WikidataOptions.defaults(cache, "test").withEndpoint(w.endpoint());
            new WikidataClient(o).search("Nine");
            WikidataOptions otherLag = new WikidataOptions(o.endpoint(), o.cacheDir(), o.userAgent(), o.timeout(), 2,
                    o.maxAttempts(), o.maxRetryWait(), o.searchLimit(), o.threshold(), o.margin());
            new WikidataClient(otherLag).search("Nine");
            assertEquals(1, w.requests());
        }
    }

    @Test
    void apiErrorIsNotRetriedNorCached() throws IOException {
        try (FakeWikidata w = new FakeWikidata()) {
            w.answerNext(200, null, "{\"error\":{\"code\":\"param-missing\",\"info\":\"The parameter ids is needed\"}}");
            WikidataClient c = new WikidataClient(WikidataOptions.defaults(cache, "test").withEndpoint(w.endpoint()));
            assertThrows(IOException.class, () -> c.search("Nine"));
            assertEquals(1, w.requests());
            c.search("Nine");
            assertEquals(2, w.requests());
        }
    }

    @Test
    void corruptCacheFileCountsAsAbsent() throws IOException {
        try (FakeWikidata w = new FakeWikidata()) {
            WikidataOptions o = WikidataOptions.defaults(cache, "test").withEndpoint(w.endpoint());
            WikidataClient c = new WikidataClient(o);
            c.search("Nine");
            try (var files = Files.walk(cache)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                    Files.writeString(f, "{not json");
                }
            }
            new WikidataClient(o).search("Nine");
            assertEquals(2, w.requests());
        }
    }
}
