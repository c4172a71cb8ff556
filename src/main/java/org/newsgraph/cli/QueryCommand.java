package org.newsgraph.cli;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.newsgraph.store.CannedQueries;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.QueryRunner;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query over all articles: a bundled query by name, a .rq file, or -e TEXT.",
            "Bundled: articles, who-said-what, quotes-about, top-actors, places, timeline, co-mentions, entity-profile,",
            "statements-by-medium, accusations, dyads, events-near. --list shows them with their parameters."})
final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    static final class Source {
        @Parameters(index = "0", paramLabel = "NAME|FILE.rq", description = "A bundled query name or a .rq file.")
        String name;

        @Option(names = {"-e", "--expr"}, paramLabel = "SPARQL", description = "The query text itself.")
        String text;

        @Option(names = "--list", description = "List the bundled queries and their parameters.")
        boolean list;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A parameter value (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        if (source.list) {
            for (String n : CannedQueries.available()) {
                CannedQueries.Canned c = CannedQueries.load(n);
                spec.commandLine().getOut().println(n + "\n    " + c.description().replace("\n", "\n    ") + "\n");
            }
            spec.commandLine().getOut().flush();
            return 0;
        }
        QueryRunner.Format f;
        try {
            f = QueryRunner.Format.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserException("--format: '" + format + "' is not one of table, csv, tsv, json", true);
        }
        String text;
        List<String> declared;
        if (source.text != null) {
            text = source.text;
            declared = List.of();
        } else {
            CannedQueries.Canned c = CannedQueries.load(source.name);
            text = c.text();
            declared = c.parameters();
        }
        Query q = QueryRunner.bind(text, params, declared);
        try (GraphStore store = GraphStore.open(storeOptions.store)) {
            OutputStream out = Streams.of(spec.commandLine().getOut());
            QueryRunner.run(store, q, f, out);
            out.close();
        } catch (java.io.IOException e) {
            throw new UserException("cannot write the result: " + e.getMessage(), false);
        }
        return 0;
    }
}
