package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks article graphs against the SHACL shapes (ontology/shapes.ttl).",
            "Validates every article graph in the store, or the RDF FILE given (each named graph of a TriG/N-Quads file",
            "on its own). Exit code 1 when anything violates the shapes."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "An RDF file to validate instead of the store.")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int[] bad = {0};
        int[] checked = {0};
        if (file != null) {
            if (!Files.isReadable(file)) {
                throw new UserException(file + ": no such readable file", false);
            }
            DatasetGraph dsg;
            try {
                dsg = RDFDataMgr.loadDatasetGraph(file.toString());
            } catch (RiotException e) {
                throw new UserException(file + ": not valid RDF: " + e.getMessage(), false);
            }
            check(file + " (default graph)", dsg.getDefaultGraph(), out, bad, checked);
            dsg.listGraphNodes().forEachRemaining(g -> check(g.getURI(), dsg.getGraph(g), out, bad, checked));
        } else {
            try (GraphStore store = GraphStore.open(storeOptions.store)) {
                for (String name : store.graphNames()) {
                    check(name, store.graph(name), out, bad, checked);
                }
            }
        }
        out.println(checked[0] + " graphs checked, " + bad[0] + " with violations");
        out.flush();
        return bad[0] == 0 ? 0 : 1;
    }

    private static void check(String name, Graph g, PrintWriter out, int[] bad, int[] checked) {
        if (g.isEmpty()) {
            return;
        }
        checked[0]++;
        List<String> v = Validator.violations(g);
        if (!v.isEmpty()) {
            bad[0]++;
            out.println(name + ": " + v.size() + " violations");
            v.forEach(s -> out.println("  " + s));
        }
    }
}
