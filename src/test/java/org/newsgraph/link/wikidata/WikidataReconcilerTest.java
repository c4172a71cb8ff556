package org.newsgraph.link.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.link.wikidata.TestArticles.linked;
import static org.newsgraph.link.wikidata.TestArticles.mention;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionType;
import org.newsgraph.extract.Role;
import org.newsgraph.extract.authority.Authority;
import org.newsgraph.link.Entity;
import org.newsgraph.link.LinkedArticle;

class WikidataReconcilerTest {

    private static final String WAWRZYK = "Poland's Deputy Foreign Minister Piotr Wawrzyk said the border was calm. "
            + "Wawrzyk added that talks would go on.";

    @TempDir
    Path cache;

    FakeWikidata wikidata;

    @BeforeEach
    void start() throws IOException {
        wikidata = new FakeWikidata()
                .item("Q1000001", "Piotr Wawrzyk", "Polish politician", List.of(), "Q5")
                .item("Q1000002", "Wawrzyk", "family name", List.of(), "Q101352")
                .item("Q2000001", "John Smith", "British politician", List.of("John Smith MP"), "Q5")
                .item("Q2000002", "John Smith", "American football player", List.of(), "Q5")
                .item("Q7184", "NATO", "intergovernmental military alliance",
                        List.of("North Atlantic Treaty Organization", "Atlantic Treaty Alliance"), "Q1127126", "Q245065")
                .item("Q3000001", "Baltic Grain Board", "Lithuanian trade association", List.of(), "Q15911314")
                .item("Q3000002", "Baltic Grain Board", "Estonian businessman", List.of(), "Q5");
    }

    @AfterEach
    void stop() {
        wikidata.close();
    }

    WikidataOptions options() {
        return WikidataOptions.defaults(cache, "test").withEndpoint(wikidata.endpoint());
    }

    WikidataReconciler reconciler(WikidataOptions o) {
        return new WikidataReconciler(o, Authority.get());
    }

    static LinkedArticle wawrzyk() {
        String b = WAWRZYK;
        Mention poland = mention(b, "Poland", MentionType.COUNTRY);
        Mention title = mention(b, "Deputy Foreign Minister", MentionType.TITLE);
        Mention full = mention(b, "Piotr Wawrzyk", MentionType.PERSON);
        Mention surname = mention(b, "Wawrzyk", MentionType.PERSON, full.end());
        Role role = new Role(full, title.begin(), title.end(), title.text(), poland);
        return linked(b, List.of(poland, title, full, surname), List.of(role));
    }

    static LinkedArticle johnSmith(String body) {
        List<Mention> ms = new ArrayList<>();
        if (body.contains("British")) {
            ms.add(mention(body, "British", MentionType.NATIONALITY));
        }
        ms.add(mention(body, "John Smith", MentionType.PERSON));
        return linked(body, ms, List.of());
    }

    @Test
    void personLinkedAboveThresholdWithScore() {
        LinkedArticle a = reconciler(options()).reconcile(wawrzyk());
        Entity e = a.entity("wikidata:Q1000001");
        assertTrue(e != null, () -> "no linked entity in " + a.entities());
        assertEquals("Q1000001", e.wikidata());
        assertEquals("Piotr Wawrzyk", e.name());
        assertEquals(0.85, e.linkScore(), 1e-9);
        assertTrue(e.linkScore() >= options().threshold());
    }

    @Test
    void mentionsFollowTheNewKey() {
        LinkedArticle a = reconciler(options()).reconcile(wawrzyk());
        long toLinked = a.entityOf().entrySet().stream()
                .filter(en -> en.getKey().type() == MentionType.PERSON)
                .filter(en -> en.getValue().equals("wikidata:Q1000001")).count();
        assertEquals(2, toLinked, () -> a.entityOf().toString());
        assertNull(a.entity("person:piotr wawrzyk"));
    }

    @Test
    void requestsCarryUserAgentAndMaxlag() {
        reconciler(options()).reconcile(wawrzyk());
        assertTrue(wikidata.userAgents.stream().allMatch(u -> u.startsWith("newsgraph/test (")), wikidata.userAgents::toString);
        assertTrue(wikidata.queries.stream().allMatch(q -> "5".equals(q.get("maxlag"))), wikidata.queries::toString);
        assertEquals("wbsearchentities", wikidata.queries.get(0).get("action"));
        assertEquals("Piotr Wawrzyk", wikidata.queries.get(0).get("search"));
        assertEquals("wbgetentities", wikidata.queries.get(1).get("action"));
    }

    @Test
    void namesakesWithoutContextAreNotLinkedEvenUnderALowThreshold() {
        WikidataOptions o = options();
        WikidataOptions low = new WikidataOptions(o.endpoint(), o.cacheDir(), o.userAgent(), o.timeout(), o.maxlag(),
                o.maxAttempts(), o.maxRetryWait(), o.searchLimit(), 0.5, o.margin());
        LinkedArticle a = reconciler(low).reconcile(johnSmith("John Smith arrived on Monday. Nobody met him."));
        Entity e = a.entity("person:john smith");
        assertTrue(e != null, () -> a.entities().toString());
        assertNull(e.wikidata());
        assertNull(e.linkScore());
    }

    @Test
    void contextDecidesBetweenNamesakes() {
        LinkedArticle a = reconciler(options())
                .reconcile(johnSmith("The British delegation was led by John Smith on Monday."));
        Entity e = a.entity("wikidata:Q2000001");
        assertTrue(e != null, () -> a.entities().toString());
        assertEquals("Q2000001", e.wikidata());
    }

    @Test
    void retryAfterIsHonoured() {
        wikidata.answerNext(429, "1", "{\"error\":{\"code\":\"too-many-requests\",\"info\":\"slow down\"}}");
        long t0 = System.nanoTime();
        WikidataReconciler r = reconciler(options());
        LinkedArticle a = r.reconcile(wawrzyk());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(a.entity("wikidata:Q1000001") != null, () -> a.entities().toString());
        assertTrue(ms >= 950, "retried after " + ms + " ms");
        assertEquals(3, wikidata.requests()); // the refused search, the search again, the entities
        assertEquals(0, r.stats().failures());
    }

    @Test
    void maxlagErrorIsRetried() {
        wikidata.answerNext(200, "1", "{\"error\":{\"code\":\"maxlag\",\"info\":\"Waiting for db1: 6 seconds lagged.\","
                + "\"host\":\"db1\",\"lag\":6}}");
        LinkedArticle a = reconciler(options()).reconcile(wawrzyk());
        assertTrue(a.entity("wikidata:Q1000001") != null, () -> a.entities().toString());
        assertEquals(3, wikidata.requests());
    }

    @Test
    void secondRunMakesNoRequests() {
        LinkedArticle first = reconciler(options()).reconcile(wawrzyk());
        int afterFirst = wikidata.requests();
        assertTrue(afterFirst > 0);
        WikidataReconciler second = reconciler(options());
        LinkedArticle again = second.reconcile(wawrzyk());
        assertEquals(afterFirst, wikidata.requests(), "the second run asked the server");
        assertEquals(0, second.stats().requests());
        assertEquals(first.entities(), again.entities());
    }

    @Test
    void oneRequestAtATime() throws Exception {
        wikidata.delayMillis = 40;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String name = "Anna Person" + (char) ('a' + i);
            wikidata.item("Q40000" + i, name, "Polish politician", List.of(), "Q5");
            names.add(name);
        }
        WikidataReconciler r = reconciler(options());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<LinkedArticle>> done = new ArrayList<>();
            for (String name : names) {
                String body = "Polish lawmaker " + name + " spoke on Monday.";
                done.add(pool.submit(() -> r.reconcile(linked(body,
                        List.of(mention(body, "Polish", MentionType.NATIONALITY), mention(body, name, MentionType.PERSON)),
                        List.of()))));
            }
            for (Future<LinkedArticle> f : done) {
                LinkedArticle a = f.get();
                assertTrue(a.entities().stream().anyMatch(e -> e.wikidata() != null), () -> a.entities().toString());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(16, wikidata.requests());
        assertEquals(1, wikidata.maxInFlight());
    }

    @Test
    void failedLookupLeavesEntityUnlinkedAndIsNotCached() {
        wikidata.delayMillis = 1500;
        WikidataOptions o = options();
        WikidataOptions impatient = new WikidataOptions(o.endpoint(), o.cacheDir(), o.userAgent(),
                Duration.ofMillis(200), o.maxlag(), 1, o.maxRetryWait(), o.searchLimit(), o.threshold(), o.margin());
        WikidataReconciler r = reconciler(impatient);
        LinkedArticle a = r.reconcile(wawrzyk());
        assertNull(a.entity("wikidata:Q1000001"));
        assertEquals(1, r.stats().failures());
        wikidata.delayMillis = 0;
        LinkedArticle later = reconciler(options()).reconcile(wawrzyk());
        assertTrue(later.entity("wikidata:Q1000001") != null, "a failure was cached");
    }

    @Test
    void organisationLinkedToAnOrganisationNotToAPersonOfTheSameName() {
        String b = "The Baltic Grain Board said exports fell.";
        LinkedArticle a = reconciler(options())
                .reconcile(linked(b, List.of(mention(b, "Baltic Grain Board", MentionType.ORGANISATION)), List.of()));
        Entity e = a.entity("wikidata:Q3000001");
        assertTrue(e != null, () -> a.entities().toString());
        assertEquals(0.85, e.linkScore(), 1e-9);
    }

    @Test
    void entityLinkedToAnItemTheTablesAlreadyLinkedBecomesOne() {
        String b = "NATO met in Brussels. The Atlantic Treaty Alliance said it would stay.";
        assertTrue(Authority.get().organisation("Atlantic Treaty Alliance").isEmpty(), "the tables know this name already");
        Mention nato = mention(b, "NATO", MentionType.ORGANISATION);
        Mention alliance = mention(b, "Atlantic Treaty Alliance", MentionType.ORGANISATION);
        LinkedArticle before = linked(b, List.of(nato, alliance), List.of());
        assertTrue(before.entity("wikidata:Q7184") != null, () -> "tables do not link NATO: " + before.entities());
        LinkedArticle a = reconciler(options()).reconcile(before);
        List<Entity> orgs = a.entities().stream().filter(e -> e.kind() == org.newsgraph.link.EntityKind.ORGANISATION).toList();
        assertEquals(1, orgs.size(), orgs::toString);
        assertEquals("wikidata:Q7184", a.entityOf().get(alliance));
        assertTrue(orgs.get(0).alternateNames().contains("Atlantic Treaty Alliance"), orgs::toString);
        assertEquals(1.0, orgs.get(0).linkScore());
    }
}
