package org.newsgraph.store;

import org.apache.jena.fuseki.main.FusekiServer;

/**
 * An embedded Fuseki server over a store: SPARQL query and Graph Store Protocol read at
 * {@code /newsgraph}; SPARQL update and Graph Store writes only when update is allowed.
 */
public final class Server implements AutoCloseable {

    public static final String DATASET = "/newsgraph";
    private final FusekiServer fuseki;

    private Server(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    /** Starts serving; port 0 picks a free port. */
    public static Server start(GraphStore store, int port, boolean allowUpdate) {
        FusekiServer f = FusekiServer.create()
                .port(port)
                .loopback(false)
                .add(DATASET, store.dataset(), allowUpdate)
                .enablePing(true)
                .build();
        try {
            f.start();
        } catch (RuntimeException e) {
            throw new StoreException("cannot start the server on port " + port + ": " + e.getMessage(), e);
        }
        return new Server(f);
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
