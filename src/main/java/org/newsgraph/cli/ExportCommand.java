package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.store.Exporter;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the graph of all articles (or one) as RDF; streamed except for JSON-LD.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: standard output).")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "turtle, trig, nt, nq or jsonld (default: from the file name, else turtle).")
    String format;

    @Option(names = "--graph", paramLabel = "ARTICLE", description = "Only this article's graph (its IRI).")
    String graph;

    @Override
    public Integer call() throws IOException {
        Exporter.Format f = format(format != null ? format : output == null ? "turtle" : extension(output));
        try (GraphStore store = GraphStore.open(storeOptions.store);
                OutputStream out = output == null ? Streams.of(spec.commandLine().getOut())
                        : new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
            long n = Exporter.export(store, f, graph, out);
            if (output != null) {
                spec.commandLine().getErr().println("newsgraph: " + n + (f == Exporter.Format.NT
                        || f == Exporter.Format.TURTLE ? " triples" : " quads") + " written to " + output);
            }
        }
        return 0;
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "turtle" : n.substring(dot + 1);
    }

    private static Exporter.Format format(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "turtle", "ttl" -> Exporter.Format.TURTLE;
            case "trig" -> Exporter.Format.TRIG;
            case "nt", "ntriples", "n-triples" -> Exporter.Format.NT;
            case "nq", "nquads", "n-quads" -> Exporter.Format.NQ;
            case "jsonld", "json-ld", "json" -> Exporter.Format.JSONLD;
            default -> throw new UserException("unknown format '" + name + "' (turtle, trig, nt, nq, jsonld)", true);
        };
    }
}
