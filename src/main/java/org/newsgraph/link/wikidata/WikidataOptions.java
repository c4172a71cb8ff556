package org.newsgraph.link.wikidata;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the Wikidata reconciler talks to the API and when it writes a link.
 *
 * @param endpoint the MediaWiki action API ({@code https://www.wikidata.org/w/api.php}; tests use a loopback server)
 * @param cacheDir directory of cached answers; a run that finds every answer here makes no requests
 * @param userAgent descriptive User-Agent, as the Wikimedia User-Agent policy asks
 * @param timeout connect and request timeout of one request
 * @param maxlag the API's {@code maxlag} parameter in seconds: the server refuses work while its replicas lag more
 * @param maxAttempts tries per request, counting the first (retries follow 429, 503 and maxlag answers)
 * @param maxRetryWait the longest a Retry-After is honoured; longer waits are cut to this
 * @param searchLimit candidates asked of {@code wbsearchentities}
 * @param threshold the least score (0..1) a link is written with
 * @param margin how far the best candidate must lead the runner-up; closer calls are ambiguous and not linked
 */
public record WikidataOptions(URI endpoint, Path cacheDir, String userAgent, Duration timeout, int maxlag,
        int maxAttempts, Duration maxRetryWait, int searchLimit, double threshold, double margin) {

    public static final URI WIKIDATA_API = URI.create("https://www.wikidata.org/w/api.php");

    public WikidataOptions {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(cacheDir, "cacheDir");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(maxRetryWait, "maxRetryWait");
        if (maxAttempts < 1 || searchLimit < 1 || maxlag < 0) {
            throw new IllegalArgumentException("maxAttempts and searchLimit must be at least 1, maxlag not negative");
        }
        if (threshold < 0 || threshold > 1 || margin < 0) {
            throw new IllegalArgumentException("threshold must be in 0..1 and margin not negative");
        }
    }

    /** The public Wikidata API with polite defaults; {@code version} goes into the User-Agent. */
    public static WikidataOptions defaults(Path cacheDir, String version) {
        return new WikidataOptions(WIKIDATA_API, cacheDir, userAgent(version), Duration.ofSeconds(20), 5, 4,
                Duration.ofSeconds(60), 7, 0.8, 0.1);
    }

    public static String userAgent(String version) {
        return "newsgraph/" + version + " (https://github.com/newsgraph; research tool) java-http-client/"
                + Runtime.version().feature();
    }

    public WikidataOptions withEndpoint(URI e) {
        return new WikidataOptions(e, cacheDir, userAgent, timeout, maxlag, maxAttempts, maxRetryWait, searchLimit,
                threshold, margin);
    }

    public WikidataOptions withTimeout(Duration t) {
        return new WikidataOptions(endpoint, cacheDir, userAgent, t, maxlag, maxAttempts, maxRetryWait, searchLimit,
                threshold, margin);
    }
}
