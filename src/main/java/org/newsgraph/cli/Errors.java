package org.newsgraph.cli;

import org.newsgraph.store.StoreException;
import picocli.CommandLine;

/** Maps exceptions to a one-line message and an exit code; stack traces only with {@code -v}. */
final class Errors implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        boolean verbose = parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("-v"))
                || parsed.hasMatchedOption("-v");
        var err = cl.getErr();
        if (ex instanceof UserException u) {
            err.println("newsgraph: " + u.getMessage());
            err.flush();
            return u.usage ? 2 : 1;
        }
        if (ex instanceof StoreException || ex instanceof java.io.UncheckedIOException) {
            err.println("newsgraph: " + ex.getMessage());
        } else {
            err.println("newsgraph: unexpected error: " + ex + (verbose ? "" : " (run with -v for details)"));
        }
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return 1;
    }
}
