package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.TestPages;
import org.newsgraph.ingest.web.LoopbackServer;
import org.newsgraph.store.GraphStore;

/** WARC files, feeds and URLs ingested end to end into a store; web servers on loopback only. */
class WebIngestTest {

    @TempDir
    Path tmp;

    private final LoopbackServer server;

    WebIngestTest() throws Exception {
        server = new LoopbackServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static int graphCount(Path store) {
        try (GraphStore s = GraphStore.open(store)) {
            return s.graphNames().size();
        }
    }

    private static String articles(Path store) {
        Cli q = Cli.run("query", "--store", store.toString(), "articles", "--format", "csv");
        assertEquals(0, q.exit(), q.toString());
        return q.out();
    }

    private Path crawl(String name, boolean gzip) throws Exception {
        Path f = tmp.resolve(name);
        try (TestPages.Warc w = new TestPages.Warc(f, gzip)) {
            w.request("https://news.example/talks")
                    .html("https://news.example/talks", "2022-03-03T10:00:00Z",
                            TestPages.page("Talks resume in Geneva", "arms control", "2022-03-02T08:15:00+01:00"))
                    .response("https://news.example/logo.png", "2022-03-03T10:00:01Z", "image/png", new byte[] {1, 2, 3})
                    .html("https://news.example/trade", "2022-03-04T11:30:00Z", TestPages.page("Trade talks stall", "tariffs", null));
        }
        return f;
    }

    @Test
    void gzippedAndPlainWarcFilesAreStoredWithTheirTargetUrisAndDates() throws Exception {
        Path gz = crawl("crawl.warc.gz", true);
        Path plain = tmp.resolve("one.warc");
        try (TestPages.Warc w = new TestPages.Warc(plain, false)) {
            w.html("https://news.example/fish", "2022-03-05T09:00:00Z", TestPages.page("Fishing rights agreed", "fishing quotas", null));
        }
        Path store = tmp.resolve("s");
        Cli r = Cli.run("ingest", "--store", store.toString(), gz.toString(), plain.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.err().contains("3 articles stored"), r.err());
        assertEquals(3, graphCount(store));
        String csv = articles(store);
        assertTrue(csv.contains("2022-03-02T08:15:00+01:00,Talks resume in Geneva,Geneva,https://news.example/talks,"
                + gz), csv);
        assertTrue(csv.contains("2022-03-04T11:30:00Z,Trade talks stall,Geneva,https://news.example/trade"), csv);
        assertTrue(csv.contains("2022-03-05T09:00:00Z,Fishing rights agreed,Geneva,https://news.example/fish," + plain), csv);
    }

    @Test
    void aWarcCutOffMidRecordStoresTheEarlierRecordsAndFailsOnce() throws Exception {
        byte[] whole = Files.readAllBytes(crawl("whole.warc.gz", true));
        Path cut = tmp.resolve("cut.warc.gz");
        Files.write(cut, Arrays.copyOf(whole, whole.length - 100));
        Path store = tmp.resolve("s");
        Cli r = Cli.run("ingest", "--store", store.toString(), cut.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("newsgraph: " + cut + ": the file is cut off after 3 records"), r.err());
        assertTrue(r.err().contains("1 articles stored, 0 unchanged skipped, 1 failed"), r.err());
        assertTrue(articles(store).contains("https://news.example/talks"));
    }

    @Test
    void aFeedOnTheWebGivesItsItemsPagesWithEachBadItemNamed() throws Exception {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Example News</title>
                <item><title>Talks resume in Geneva</title><link>/news/1</link><pubDate>Thu, 03 Mar 2022 08:15:00 GMT</pubDate></item>
                <item><title>Trade talks stall</title><link>/news/2</link><pubDate>Fri, 04 Mar 2022 10:00:00 +0100</pubDate></item>
                <item><title>Internal</title><link>/private/3</link></item>
                <item><title>Podcast</title><link>/audio.mp3</link></item>
                <item><title>Slow</title><link>/slow</link></item>
                <item><title>Huge</title><link>/huge</link></item>
                </channel></rss>
                """;
        server.serve("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /private/\n")
                .serve("/feed", 200, "application/rss+xml; charset=utf-8", rss)
                .serve("/news/1", 200, "text/html; charset=utf-8",
                        TestPages.page("Talks resume in Geneva", "arms control", "2022-03-03T09:00:00+01:00"))
                .serve("/news/2", 200, "text/html; charset=utf-8", TestPages.page("Trade talks stall", "tariffs", null))
                .serve("/private/3", 200, "text/html", TestPages.page("Internal", "secrets", null))
                .serve("/audio.mp3", 200, "audio/mpeg", new byte[] {1, 2, 3})
                .route("/slow", ex -> sleep(4000))
                .route("/huge", ex -> {
                    ex.getResponseHeaders().add("Content-Type", "text/html");
                    ex.sendResponseHeaders(200, 0);
                    byte[] chunk = new byte[1 << 16];
                    Arrays.fill(chunk, (byte) 'x');
                    try (OutputStream out = ex.getResponseBody()) {
                        for (int i = 0; i < 200; i++) {
                            out.write(chunk);
                        }
                    } catch (java.io.IOException e) {
                        // the client hung up at its limit
                    }
                });
        Path store = tmp.resolve("s");
        Cli r = Cli.run("ingest", "--store", store.toString(), "--timeout", "1", server.url("/feed"));
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains(server.url("/private/3") + ": disallowed by " + server.base() + "/robots.txt"), r.err());
        assertTrue(r.err().contains(server.url("/audio.mp3") + ": not HTML (audio/mpeg)"), r.err());
        assertTrue(r.err().contains(server.url("/slow") + ": timed out after 1 s"), r.err());
        assertTrue(r.err().contains(server.url("/huge") + ": larger than 10 MB (the limit)"), r.err());
        assertTrue(r.err().contains("2 articles stored, 0 unchanged skipped, 4 failed"), r.err());
        assertFalse(server.requests().contains("/private/3"), "a disallowed page was fetched");
        String csv = articles(store);
        assertTrue(csv.contains("2022-03-03T09:00:00+01:00,Talks resume in Geneva,Geneva," + server.url("/news/1")), csv);
        assertTrue(csv.contains("2022-03-04T10:00:00+01:00,Trade talks stall,Geneva," + server.url("/news/2")),
                "the feed's date when the page has none: " + csv);
    }

    @Test
    void aLocalFeedFileAndAPageUrlAreIngested() throws Exception {
        server.serve("/news/1", 200, "text/html", TestPages.page("Talks resume in Geneva", "arms control", null))
                .serve("/news/2", 200, "text/html", TestPages.page("Trade talks stall", "tariffs", "2022-03-04"));
        Path feed = tmp.resolve("news.atom");
        Files.writeString(feed, "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>Talks</title>"
                + "<link href=\"" + server.url("/news/1") + "\"/><updated>2022-03-03T08:00:00Z</updated></entry></feed>");
        Path store = tmp.resolve("s");
        Cli r = Cli.run("ingest", "--store", store.toString(), feed.toString(), server.url("/news/2"));
        assertEquals(0, r.exit(), r.toString());
        String csv = articles(store);
        assertTrue(csv.contains("2022-03-03T08:00:00Z,Talks resume in Geneva,Geneva," + server.url("/news/1")), csv);
        assertTrue(csv.contains("2022-03-04,Trade talks stall,Geneva," + server.url("/news/2")), csv);
        assertTrue(server.userAgents().stream().allMatch(ua -> ua.startsWith("newsgraph/")), server.userAgents().toString());
    }

    @Test
    void xmlThatIsNoFeedIsRefused() throws Exception {
        Path xml = tmp.resolve("data.xml");
        Files.writeString(xml, "<?xml version=\"1.0\"?><catalog><book>Dune</book></catalog>");
        Cli r = Cli.run("ingest", "--store", tmp.resolve("s").toString(), xml.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains(xml + ": XML that is neither an RSS or Atom feed nor XHTML"), r.err());
    }

    @Test
    void aUrlThatFailsIsNamedWithItsStatus() {
        Cli r = Cli.run("ingest", "--store", tmp.resolve("s").toString(), server.url("/gone"));
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("newsgraph: " + server.url("/gone") + ": HTTP 404 Not Found"), r.err());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
