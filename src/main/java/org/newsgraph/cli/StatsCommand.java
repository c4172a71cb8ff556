package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.Stats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stats", mixinStandardHelpOptions = true, description = "Counts articles, triples and entities by type.")
final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        try (GraphStore store = GraphStore.open(storeOptions.store)) {
            Stats s = store.stats();
            PrintWriter out = spec.commandLine().getOut();
            out.println("store     " + storeOptions.store);
            out.println("articles  " + s.articles());
            out.println("triples   " + s.quads() + " (in all article graphs)");
            out.println("entities by type:");
            s.entitiesByType().forEach((type, n) -> out.printf("  %-8d %s%n", n, type));
            out.flush();
        }
        return 0;
    }
}
