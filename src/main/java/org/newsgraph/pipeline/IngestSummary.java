package org.newsgraph.pipeline;

/** The outcome of an ingest run. */
public record IngestSummary(long stored, long skipped, long failed, long triples, long elapsedMillis) {

    public boolean anyFailed() {
        return failed > 0;
    }

    public String line() {
        double secs = elapsedMillis / 1000.0;
        return String.format(java.util.Locale.ROOT,
                "%d articles stored, %d unchanged skipped, %d failed, %d triples, %.1f s (%.2f articles/s)",
                stored, skipped, failed, triples, secs, secs > 0 ? stored / secs : 0.0);
    }
}
