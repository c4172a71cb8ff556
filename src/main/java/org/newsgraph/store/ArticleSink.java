package org.newsgraph.store;

import java.util.Map;
import org.apache.jena.graph.Graph;

/** Where finished article graphs go: the local store, or a remote Graph Store Protocol endpoint. */
public interface ArticleSink {

    /**
     * Stores each graph under its name, replacing what was there; each graph is stored whole or not at all (the
     * local store also writes the whole batch in one transaction).
     */
    void replace(Map<String, Graph> graphs);

    /** The stored content hash of an article, or null when it is not stored. */
    String contentHash(String graphIri);
}
