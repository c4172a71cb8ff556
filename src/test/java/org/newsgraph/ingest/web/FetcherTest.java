package org.newsgraph.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FetcherTest {

    private static final String PAGE = "<html><body><p>Hello</p></body></html>";

    private final LoopbackServer server;

    FetcherTest() throws Exception {
        server = new LoopbackServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static Fetcher fetcher() {
        return new Fetcher(FetchConfig.defaults().withTimeout(Duration.ofSeconds(5)));
    }

    private static String failure(Fetcher f, String url) {
        return assertThrows(FetchException.class, () -> f.fetch(url)).getMessage();
    }

    @Test
    void sendsItsUserAgentAndReportsTypeAndCharset() throws Exception {
        server.serve("/a", 200, "text/html; charset=\"ISO-8859-1\"", PAGE);
        Fetched f = fetcher().fetch(server.url("/a"));
        assertEquals("text/html", f.mediaType());
        assertEquals("ISO-8859-1", f.charset());
        assertEquals(PAGE, new String(f.body(), StandardCharsets.UTF_8));
        assertTrue(server.userAgents().get(0).matches("newsgraph/\\S+ \\(\\+https://w3id.org/newsgraph\\)"),
                server.userAgents().toString());
    }

    @Test
    void robotsTxtIsReadOncePerSiteAndItsDisallowHonoured() throws Exception {
        server.serve("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /private/\n")
                .serve("/news/1", 200, "text/html", PAGE).serve("/private/2", 200, "text/html", PAGE);
        Fetcher f = fetcher();
        f.fetch(server.url("/news/1"));
        assertEquals("disallowed by " + server.base() + "/robots.txt", failure(f, server.url("/private/2")));
        f.fetch(server.url("/news/1"));
        assertEquals(1, server.requests().stream().filter("/robots.txt"::equals).count(), server.requests().toString());
        assertTrue(!server.requests().contains("/private/2"), "the disallowed page was requested");
    }

    @Test
    void aRobotsTxtServerErrorDisallowsTheSite() {
        server.serve("/robots.txt", 503, "text/plain", "down").serve("/a", 200, "text/html", PAGE);
        assertTrue(failure(fetcher(), server.url("/a")).contains("robots.txt answered HTTP 503 Service Unavailable"));
    }

    @Test
    void redirectsAreFollowedWithRobotsCheckedAtEachHop() throws Exception {
        server.serve("/robots.txt", 200, "text/plain", "User-agent: newsgraph\nDisallow: /hidden\n")
                .redirect("/old", "/new").serve("/new", 200, "text/html", PAGE).redirect("/sneaky", "/hidden");
        Fetcher f = fetcher();
        assertEquals(server.url("/new"), f.fetch(server.url("/old")).url());
        assertEquals("disallowed by " + server.base() + "/robots.txt", failure(f, server.url("/sneaky")));
    }

    @Test
    void redirectLoopsAreCutOff() {
        server.redirect("/loop", "/loop");
        assertEquals("too many redirects (more than 5)", failure(fetcher(), server.url("/loop")));
    }

    @Test
    void errorStatusesAreReported() {
        assertEquals("HTTP 404 Not Found", failure(fetcher(), server.url("/missing")));
    }

    @Test
    void aBodyLargerThanTheLimitIsAbandoned() {
        byte[] big = new byte[4096];
        server.serve("/declared", 200, "text/html", big).route("/chunked", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 64; i++) {
                    out.write(big);
                }
            } catch (java.io.IOException e) {
                // the client hung up once past its limit
            }
        });
        Fetcher f = new Fetcher(FetchConfig.defaults().withMaxBytes(1000));
        assertEquals("larger than 1000 bytes (the limit)", failure(f, server.url("/declared")));
        assertEquals("larger than 1000 bytes (the limit)", failure(f, server.url("/chunked")));
    }

    @Test
    void aServerThatDoesNotAnswerTimesOut() {
        server.route("/slow", ex -> {
            try {
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Fetcher f = new Fetcher(FetchConfig.defaults().withTimeout(Duration.ofMillis(500)));
        long start = System.nanoTime();
        assertEquals("timed out after 0.5 s", failure(f, server.url("/slow")));
        assertTrue(System.nanoTime() - start < 3_000_000_000L, "the timeout was not applied");
    }

    @Test
    void aClosedPortIsAConnectionFailure() {
        String url = server.url("/a");
        server.close();
        assertTrue(failure(fetcher(), url).startsWith("connection refused"), failure(fetcher(), url));
    }

    @Test
    void onlyHttpUrlsAreFetched() {
        assertEquals("not an http(s) URL with a host", failure(fetcher(), "ftp://example.org/a"));
        assertTrue(Fetcher.isUrl("HTTPS://example.org"));
    }

    @Test
    void crawlDelaySpacesRequestsToTheSite() throws Exception {
        server.serve("/robots.txt", 200, "text/plain", "User-agent: *\nCrawl-delay: 1\n")
                .serve("/a", 200, "text/html", PAGE).serve("/b", 200, "text/html", PAGE);
        Fetcher f = fetcher();
        f.fetch(server.url("/a"));
        long start = System.nanoTime();
        f.fetch(server.url("/b"));
        long waitedMs = (System.nanoTime() - start) / 1_000_000;
        assertTrue(waitedMs >= 900, "the second request came after " + waitedMs + " ms");
    }

    @Test
    void aCrawlDelayAboveTheLimitIsRefusedNotIgnored() {
        server.serve("/robots.txt", 200, "text/plain", "User-agent: *\nCrawl-delay: 3600\n")
                .serve("/a", 200, "text/html", PAGE);
        assertTrue(failure(fetcher(), server.url("/a")).contains("asks for a Crawl-delay of 3600 s, more than the 60 s"));
        assertEquals(java.util.List.of("/robots.txt"), server.requests());
    }
}
