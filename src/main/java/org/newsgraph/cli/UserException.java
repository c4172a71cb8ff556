package org.newsgraph.cli;

/** A failure the user can fix; its message says what to do. Exit code 1 (2 when {@code usage}). */
final class UserException extends RuntimeException {
    final boolean usage;

    UserException(String message, boolean usage) {
        super(message);
        this.usage = usage;
    }
}
