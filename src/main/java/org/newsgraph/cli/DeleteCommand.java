package org.newsgraph.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "delete", mixinStandardHelpOptions = true,
        description = "Removes articles (their whole graphs) from the store. Exit code 1 when one was not there.")
final class DeleteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(arity = "1..*", paramLabel = "ARTICLE_IRI", description = "IRIs of the articles to delete.")
    List<String> articles;

    @Override
    public Integer call() {
        int missing = 0;
        try (GraphStore store = GraphStore.open(storeOptions.store)) {
            for (String iri : articles) {
                if (store.delete(iri)) {
                    spec.commandLine().getOut().println("deleted " + iri);
                } else {
                    missing++;
                    spec.commandLine().getErr().println("newsgraph: " + iri + ": no such article in " + storeOptions.store);
                }
            }
        }
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().flush();
        return missing == 0 ? 0 : 1;
    }
}
