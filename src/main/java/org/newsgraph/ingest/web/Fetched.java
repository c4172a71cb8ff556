package org.newsgraph.ingest.web;

import java.util.Locale;
import java.util.Objects;

/**
 * A successful (2xx) response.
 *
 * @param url the URL that answered, after redirects
 * @param status the HTTP status
 * @param mediaType the Content-Type without parameters, lower case ({@code text/html}), or null when absent
 * @param charset the Content-Type's {@code charset} parameter, or null
 * @param body the body, at most {@link FetchConfig#maxBytes()} bytes; content encodings are not requested,
 *     so it is the entity as sent
 */
public record Fetched(String url, int status, String mediaType, String charset, byte[] body) {

    public Fetched {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
    }

    /** Splits a Content-Type header value into the media type and charset of a {@link Fetched}. */
    static String[] parseContentType(String header) {
        if (header == null || header.isBlank()) {
            return new String[] {null, null};
        }
        String[] parts = header.split(";");
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        String charset = null;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase("charset")) {
                charset = p.substring(eq + 1).strip().replace("\"", "").replace("'", "");
            }
        }
        return new String[] {type.isEmpty() ? null : type, charset == null || charset.isEmpty() ? null : charset};
    }
}
