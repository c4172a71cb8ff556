package org.newsgraph.store;

/** A store operation that failed for a reason the user can act on; the message says what to do. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
