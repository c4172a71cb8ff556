package org.newsgraph.ingest;

/** An input item that cannot be read as an article; the message says why, for the user. */
public class InputException extends Exception {
    public InputException(String message) {
        super(message);
    }
}
