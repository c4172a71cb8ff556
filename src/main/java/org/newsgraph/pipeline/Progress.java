package org.newsgraph.pipeline;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a long ingest: items done, rate and, when the total is known, ETA. On a terminal one line is
 * rewritten in place; in log mode (for files and pipes) a line is printed at most once a second. Prints
 * nothing unless enabled. Thread-safe.
 */
public final class Progress {

    private final PrintWriter err;
    private final boolean enabled;
    private final boolean terminal;
    private final long total;
    private final long start = System.nanoTime();
    private long done;
    private long lastPrint;

    private Progress(PrintWriter err, boolean enabled, boolean terminal, long total) {
        this.err = err;
        this.enabled = enabled;
        this.terminal = terminal;
        this.total = total;
    }

    /** A line rewritten in place, for a terminal. */
    public static Progress terminal(PrintWriter err, long total) {
        return new Progress(err, true, true, total);
    }

    /** Plain lines, for logs. */
    public static Progress lines(PrintWriter err, long total) {
        return new Progress(err, true, false, total);
    }

    public static Progress none(PrintWriter err) {
        return new Progress(err, false, false, -1);
    }

    public synchronized void step() {
        done++;
        long now = System.nanoTime();
        if (enabled && (lastPrint == 0 || now - lastPrint > (terminal ? 500_000_000L : 1_000_000_000L))) {
            lastPrint = now;
            double secs = (now - start) / 1e9;
            double rate = done / Math.max(secs, 1e-9);
            String eta = total > 0 && rate > 0 ? String.format(Locale.ROOT, ", ETA %.0f s", (total - done) / rate) : "";
            String line = String.format(Locale.ROOT, "%d%s articles done, %.1f/s%s", done,
                    total > 0 ? "/" + total : "", rate, eta);
            err.print(terminal ? "\r" + line + "   " : "newsgraph: " + line + "\n");
            err.flush();
        }
    }

    public synchronized void clearLine() {
        if (enabled && terminal) {
            err.print("\r\033[K");
        }
    }

    public synchronized void finish() {
        clearLine();
        err.flush();
    }
}
