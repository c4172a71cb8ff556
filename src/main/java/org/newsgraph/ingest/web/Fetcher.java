package org.newsgraph.ingest.web;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Fetches web pages politely: a descriptive User-Agent, robots.txt respected (read once per site and kept
 * in memory) with its Crawl-delay kept between requests to the site, redirects followed up to a bound with
 * robots.txt checked at every hop, a timeout per request covering the whole body, and bodies above a size
 * limit abandoned. Thread-safe.
 */
public final class Fetcher {

    /**
     * The longest Crawl-delay waited for: a site asking for more is not fetched at all (rather than stalling a
     * whole batch or ignoring its wish).
     */
    static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(60);

    /** RFC 9309 asks crawlers to read at least the first 500 KiB of a robots.txt. */
    private static final int ROBOTS_MAX_BYTES = 512 * 1024;

    private static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,"
            + "application/atom+xml;q=0.9,application/xml;q=0.8,*/*;q=0.5";

    private static final Map<Integer, String> STATUS = Map.of(400, "Bad Request", 401, "Unauthorized",
            403, "Forbidden", 404, "Not Found", 410, "Gone", 429, "Too Many Requests",
            500, "Internal Server Error", 502, "Bad Gateway", 503, "Service Unavailable", 504, "Gateway Timeout");

    private final FetchConfig config;
    private final HttpClient client;
    private final Map<String, Robots> robots = new HashMap<>();
    /** Per site with a Crawl-delay, the earliest {@link System#nanoTime()} its next request may be sent. */
    private final Map<String, Long> nextSlot = new HashMap<>();

    /**
     * What a site's robots.txt allows, or why the site is treated as forbidding everything. Kept for the
     * life of the fetcher, failures too, so an unreachable site costs one attempt, not one per URL.
     */
    private record Robots(RobotsTxt rules, String unreachable) {
    }

    /** One response, before redirects are followed. */
    private record Response(URI uri, int status, String location, String contentType, byte[] body) {
    }

    public Fetcher(FetchConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public FetchConfig config() {
        return config;
    }

    /** Whether the argument is an http(s) URL this class would try to fetch. */
    public static boolean isUrl(String s) {
        return s != null && (s.regionMatches(true, 0, "http://", 0, 7) || s.regionMatches(true, 0, "https://", 0, 8));
    }

    /**
     * Fetches a URL.
     *
     * @throws FetchException with the reason for the user: a malformed URL, disallowed by robots.txt, an HTTP
     *     error status, too many redirects, a timeout, a body above the size limit, or a network failure
     */
    public Fetched fetch(String url) throws FetchException {
        URI uri = parse(url);
        for (int hop = 0; ; hop++) {
            checkRobots(uri);
            Response r = send(uri, BoundedBody.failingAbove(config.maxBytes()));
            if (r.status() >= 300 && r.status() < 400 && r.status() != 304) {
                if (hop >= config.maxRedirects()) {
                    throw new FetchException("too many redirects (more than " + config.maxRedirects() + ")");
                }
                uri = redirectTarget(uri, r);
                continue;
            }
            if (r.status() < 200 || r.status() >= 300) {
                throw new FetchException("HTTP " + r.status() + statusName(r.status()));
            }
            String[] type = Fetched.parseContentType(r.contentType());
            return new Fetched(uri.toString(), r.status(), type[0], type[1], r.body());
        }
    }

    private static URI parse(String url) throws FetchException {
        try {
            URI uri = new URI(url.strip()).normalize();
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new FetchException("not an http(s) URL with a host");
            }
            return uri.getRawPath() == null || uri.getRawPath().isEmpty()
                    ? new URI(uri.getScheme(), uri.getRawAuthority(), "/", uri.getRawQuery(), null) : uri;
        } catch (URISyntaxException e) {
            throw new FetchException("malformed URL: " + e.getReason());
        }
    }

    private static URI redirectTarget(URI from, Response r) throws FetchException {
        if (r.location() == null || r.location().isBlank()) {
            throw new FetchException("HTTP " + r.status() + " redirect without a Location header");
        }
        try {
            return parse(from.resolve(new URI(r.location().strip().replace(" ", "%20"))).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException("HTTP " + r.status() + " redirect to a malformed URL: " + r.location());
        }
    }

    private void checkRobots(URI uri) throws FetchException {
        String site = site(uri);
        Robots r;
        synchronized (robots) {
            r = robots.get(site);
            if (r == null) {
                r = readRobots(site);
                robots.put(site, r);
            }
        }
        if (r.unreachable() != null) {
            throw new FetchException(r.unreachable());
        }
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        if (!r.rules().allows(path)) {
            throw new FetchException("disallowed by " + site + "/robots.txt");
        }
        java.util.Optional<Duration> delay = r.rules().crawlDelay();
        if (delay.isPresent()) {
            waitForSlot(site, delay.get());
        }
    }

    /**
     * Waits until the site's Crawl-delay has passed since the request before (the first request waits not).
     * Each caller reserves its slot under the lock and sleeps outside it, so threads fetching from one site
     * are spaced out while other sites go on.
     */
    private void waitForSlot(String site, Duration delay) throws FetchException {
        if (delay.compareTo(MAX_CRAWL_DELAY) > 0) {
            throw new FetchException(site + "/robots.txt asks for a Crawl-delay of " + seconds(delay)
                    + ", more than the " + seconds(MAX_CRAWL_DELAY) + " newsgraph waits");
        }
        long now = System.nanoTime();
        long start;
        synchronized (nextSlot) {
            Long next = nextSlot.get(site);
            start = next == null || next - now < 0 ? now : next;
            nextSlot.put(site, start + delay.toNanos());
        }
        long wait = start - now;
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException("interrupted");
            }
        }
    }

    /**
     * Reads a site's robots.txt: 2xx gives its rules; 4xx or redirects that do not end mean no rules;
     * 5xx or a network failure mean the site is treated as disallowed (RFC 9309, section 2.3.1).
     */
    private Robots readRobots(String site) {
        try {
            URI uri = URI.create(site + "/robots.txt");
            for (int hop = 0; hop <= 5; hop++) {
                Response r = send(uri, BoundedBody.truncatingAt(ROBOTS_MAX_BYTES));
                if (r.status() >= 200 && r.status() < 300) {
                    String text = new String(r.body(), StandardCharsets.UTF_8);
                    return new Robots(RobotsTxt.parse(text, config.productToken()), null);
                }
                if (r.status() >= 300 && r.status() < 400 && r.location() != null) {
                    uri = redirectTarget(uri, r);
                    continue;
                }
                if (r.status() >= 500) {
                    return new Robots(RobotsTxt.disallowAll(), site + "/robots.txt answered HTTP " + r.status()
                            + statusName(r.status()) + ", so the site is treated as disallowing crawling");
                }
                return new Robots(RobotsTxt.allowAll(), null);
            }
            return new Robots(RobotsTxt.allowAll(), null);
        } catch (FetchException e) {
            return new Robots(RobotsTxt.disallowAll(), e.getMessage() + " (reading " + site + "/robots.txt)");
        }
    }

    private static String site(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    /** One GET, bounded in time from sending to the last body byte. */
    private Response send(URI uri, HttpResponse.BodyHandler<byte[]> handler) throws FetchException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(config.timeout())
                .header("User-Agent", config.userAgent())
                .header("Accept", ACCEPT)
                .GET()
                .build();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, handler);
        try {
            HttpResponse<byte[]> r = future.get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
            return new Response(uri, r.statusCode(), r.headers().firstValue("location").orElse(null),
                    r.headers().firstValue("content-type").orElse(null), r.body());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FetchException("timed out after " + seconds(config.timeout()));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted");
        } catch (ExecutionException e) {
            throw new FetchException(describe(e.getCause()));
        }
    }

    /** A reason for the user from the first cause in the chain that is known, else the first message. */
    private String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BoundedBody.TooLarge) {
                return t.getMessage() + " (the limit)";
            }
            if (t instanceof HttpConnectTimeoutException) {
                return "could not connect within " + seconds(config.connectTimeout());
            }
            if (t instanceof HttpTimeoutException) {
                return "timed out after " + seconds(config.timeout());
            }
            if (t instanceof ConnectException) {
                return "connection refused";
            }
            if (t instanceof UnknownHostException) {
                return "unknown host";
            }
            if (t instanceof SSLException) {
                return "TLS failure: " + t.getMessage();
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                return t.getMessage();
            }
        }
        return failure == null ? "failed" : failure.getClass().getSimpleName();
    }

    private static String statusName(int status) {
        String name = STATUS.get(status);
        return name == null ? "" : " " + name;
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    static String megabytes(long bytes) {
        return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MB" : bytes + " bytes";
    }
}
