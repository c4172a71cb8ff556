package org.newsgraph.pipeline;

import java.util.Map;
import org.apache.jena.graph.Graph;
import org.newsgraph.store.RemoteStore;

/** Article graphs to a remote Graph Store Protocol endpoint instead of the local store. */
public final class RemoteSink implements ArticleSink {

    private final RemoteStore remote;

    public RemoteSink(RemoteStore remote) {
        this.remote = remote;
    }

    @Override
    public void replace(Map<String, Graph> graphs) {
        remote.replace(graphs);
    }

    @Override
    public String contentHash(String graphIri) {
        return remote.contentHash(graphIri);
    }
}
