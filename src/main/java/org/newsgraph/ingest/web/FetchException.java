package org.newsgraph.ingest.web;

import org.newsgraph.ingest.InputException;

/** A URL that could not be fetched; the message says why (HTTP status, timeout, robots.txt, size). */
public final class FetchException extends InputException {
    public FetchException(String message) {
        super(message);
    }
}
