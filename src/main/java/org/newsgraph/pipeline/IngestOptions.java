package org.newsgraph.pipeline;

/**
 * How an ingest runs.
 *
 * @param published publication date overriding the inputs' own, or null
 * @param url URL overriding the inputs' own, or null
 * @param title headline overriding the inputs' own, or null
 * @param force process articles even when their stored content hash is unchanged
 * @param threads worker threads for extraction (at least 1)
 * @param batchSize articles per store transaction
 */
public record IngestOptions(String published, String url, String title, boolean force, int threads, int batchSize) {

    public IngestOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
    }

    public static IngestOptions defaults() {
        return new IngestOptions(null, null, null, false, Runtime.getRuntime().availableProcessors(), 64);
    }
}
