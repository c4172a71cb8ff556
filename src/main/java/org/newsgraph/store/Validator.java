package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * SHACL validation against {@code ontology/shapes.ttl} (bundled in the program). Thread-safe: the shapes are
 * parsed once.
 */
public final class Validator {

    private static final Shapes SHAPES = loadShapes();

    private Validator() {
    }

    private static Shapes loadShapes() {
        try (InputStream in = Validator.class.getResourceAsStream("/ontology/shapes.ttl")) {
            if (in == null) {
                throw new IllegalStateException("ontology/shapes.ttl is missing from the build");
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return Shapes.parse(g);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled shapes", e);
        }
    }

    /** Readable violations of one graph ("focus node, path: message"); empty when it conforms. */
    public static List<String> violations(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(SHAPES, data);
        List<String> out = new ArrayList<>();
        if (report.conforms()) {
            return out;
        }
        for (ReportEntry e : report.getEntries()) {
            String path = e.resultPath() == null ? "" : " " + e.resultPath();
            out.add(e.severity().level().getLocalName() + ": " + e.focusNode() + path + ": " + e.message());
        }
        out.sort(null);
        return out;
    }
}
