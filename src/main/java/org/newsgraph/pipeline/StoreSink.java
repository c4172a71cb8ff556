package org.newsgraph.pipeline;

import java.util.Map;
import org.apache.jena.graph.Graph;
import org.newsgraph.store.GraphStore;

/** Article graphs into the embedded TDB2 store. */
public final class StoreSink implements ArticleSink {

    private final GraphStore store;

    public StoreSink(GraphStore store) {
        this.store = store;
    }

    @Override
    public void replace(Map<String, Graph> graphs) {
        store.replace(graphs);
    }

    @Override
    public String contentHash(String graphIri) {
        return store.contentHash(graphIri);
    }
}
