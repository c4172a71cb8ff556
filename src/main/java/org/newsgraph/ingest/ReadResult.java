package org.newsgraph.ingest;

/** What reading one input item gave: an article, or the reason it could not be read. */
public sealed interface ReadResult {

    /**
     * The name of the item for messages: a path, {@code path:line}, {@code path[i]}, {@code path#record-id}
     * (a WARC record), a URL (fetched, or a feed item's link), {@code feed#n} (a feed item without a link),
     * or {@code -}.
     */
    String item();

    record Ok(String item, Article article) implements ReadResult {
    }

    record Failed(String item, String reason) implements ReadResult {
    }
}
