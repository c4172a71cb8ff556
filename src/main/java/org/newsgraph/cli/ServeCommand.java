package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.Server;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store as a SPARQL endpoint (embedded Fuseki) until stopped.",
            "Query: http://HOST:PORT/newsgraph/sparql ; Graph Store read: /newsgraph/data.",
            "Read-only unless --update."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--update", description = "Allow SPARQL Update and Graph Store writes. Anyone who can reach the port can then change the store.")
    boolean update;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new UserException("--port must be between 0 and 65535", true);
        }
        PrintWriter err = spec.commandLine().getErr();
        GraphStore store = GraphStore.open(storeOptions.store);
        Server server = Server.start(store, port, update);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
        }));
        String base = "http://localhost:" + server.port() + Server.DATASET;
        err.println("newsgraph: serving " + storeOptions.store + " at " + base + "/sparql ("
                + (update ? "READ-WRITE" : "read-only") + "); Ctrl-C stops");
        if (update) {
            err.println("newsgraph: WARNING: updates are enabled: anyone who can reach port " + server.port()
                    + " can change or delete the whole store");
        }
        err.flush();
        server.join();
        return 0;
    }
}
