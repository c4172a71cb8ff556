package org.newsgraph.pipeline;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a long ingest on the terminal: items done, rate and, when the total is known, ETA. Prints
 * nothing unless enabled (the CLI enables it only when stderr is a terminal). Thread-safe.
 */
public final class Progress {

    private final PrintWriter err;
    private final boolean enabled;
    private final long total;
    private final long start = System.nanoTime();
    private long done;
    private long lastPrint;

    public Progress(PrintWriter err, boolean enabled, long total) {
        this.err = err;
        this.enabled = enabled;
        this.total = total;
    }

    public static Progress none(PrintWriter err) {
        return new Progress(err, false, -1);
    }

    public synchronized void step() {
        done++;
        long now = System.nanoTime();
        if (enabled && now - lastPrint > 500_000_000L) {
            lastPrint = now;
            double secs = (now - start) / 1e9;
            double rate = done / Math.max(secs, 1e-9);
            String eta = total > 0 && rate > 0 ? String.format(Locale.ROOT, ", ETA %.0f s", (total - done) / rate) : "";
            err.print(String.format(Locale.ROOT, "\r%d%s articles, %.1f/s%s   ", done,
                    total > 0 ? "/" + total : "", rate, eta));
            err.flush();
        }
    }

    public synchronized void clearLine() {
        if (enabled) {
            err.print("\r\033[K");
        }
    }

    public synchronized void finish() {
        clearLine();
        err.flush();
    }
}
