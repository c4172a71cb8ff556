package org.newsgraph.ingest.web;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link Fetcher} talks to web servers.
 *
 * @param userAgent the User-Agent header; its first word up to {@code /} is the product token matched
 *     against robots.txt groups
 * @param connectTimeout time allowed to open a connection
 * @param timeout time allowed for one request from sending it to the last byte of the body
 * @param maxBytes largest body accepted; a larger one is abandoned as soon as it passes the limit
 * @param maxRedirects redirects followed per fetch before giving up
 */
public record FetchConfig(String userAgent, Duration connectTimeout, Duration timeout, long maxBytes,
        int maxRedirects) {

    /** Pages are rarely above 2 MB; 10 MB leaves room for inlined images and scripts. */
    public static final long DEFAULT_MAX_BYTES = 10L << 20;

    public FetchConfig {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(timeout, "timeout");
        if (maxBytes < 1 || maxRedirects < 0) {
            throw new IllegalArgumentException("maxBytes must be positive and maxRedirects not negative");
        }
    }

    /** The defaults: 10 s to connect, 30 s per request, 10 MB, 5 redirects. */
    public static FetchConfig defaults() {
        return new FetchConfig(defaultUserAgent(), Duration.ofSeconds(10), Duration.ofSeconds(30),
                DEFAULT_MAX_BYTES, 5);
    }

    public FetchConfig withTimeout(Duration newTimeout) {
        return new FetchConfig(userAgent, connectTimeout, newTimeout, maxBytes, maxRedirects);
    }

    public FetchConfig withMaxBytes(long newMaxBytes) {
        return new FetchConfig(userAgent, connectTimeout, timeout, newMaxBytes, maxRedirects);
    }

    /** {@code newsgraph/<version> (+https://w3id.org/newsgraph)}, the version from the jar manifest. */
    public static String defaultUserAgent() {
        String v = FetchConfig.class.getPackage().getImplementationVersion();
        return "newsgraph/" + (v == null ? "dev" : v) + " (+https://w3id.org/newsgraph)";
    }

    /** The product token robots.txt groups are matched against ("newsgraph"). */
    public String productToken() {
        String first = userAgent.strip().split("[\\s/]", 2)[0];
        return first.isEmpty() ? "*" : first;
    }
}
