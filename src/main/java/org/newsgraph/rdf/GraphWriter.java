package org.newsgraph.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/** Small typed helpers for adding triples to a graph; one per article graph, not thread-safe. */
final class GraphWriter {

    private final Graph graph;

    GraphWriter(Graph graph) {
        this.graph = graph;
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    void add(Node s, Resource p, Node o) {
        graph.add(Triple.create(s, p.asNode(), o));
    }

    void type(Node s, Resource type) {
        add(s, RDF.type, type.asNode());
    }

    void link(Node s, Resource p, String iri) {
        add(s, p, iri(iri));
    }

    void string(Node s, Resource p, String value) {
        if (value != null) {
            add(s, p, NodeFactory.createLiteralString(value));
        }
    }

    void lang(Node s, Resource p, String value, String language) {
        if (value != null) {
            add(s, p, NodeFactory.createLiteralLang(value, language));
        }
    }

    void typed(Node s, Resource p, String lexical, org.apache.jena.datatypes.RDFDatatype type) {
        if (lexical != null) {
            add(s, p, NodeFactory.createLiteralDT(lexical, type));
        }
    }

    void count(Node s, Resource p, long value) {
        typed(s, p, Long.toString(value), XSDDatatype.XSDnonNegativeInteger);
    }

    void bool(Node s, Resource p, boolean value) {
        typed(s, p, Boolean.toString(value), XSDDatatype.XSDboolean);
    }

    void decimal(Node s, Resource p, double value) {
        typed(s, p, BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString(),
                XSDDatatype.XSDdecimal);
    }

    /** A number as xsd:integer when it is whole, else as xsd:decimal. */
    void number(Node s, Resource p, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            typed(s, p, Long.toString((long) value), XSDDatatype.XSDinteger);
        } else {
            typed(s, p, BigDecimal.valueOf(value).stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal);
        }
    }

    /**
     * A date or date-time lexical form typed by its shape: xsd:date, xsd:gYearMonth, xsd:gYear or xsd:dateTime.
     */
    void date(Node s, Resource p, String iso) {
        if (iso == null) {
            return;
        }
        XSDDatatype t = switch (iso.length()) {
            case 4 -> XSDDatatype.XSDgYear;
            case 7 -> XSDDatatype.XSDgYearMonth;
            case 10 -> XSDDatatype.XSDdate;
            default -> XSDDatatype.XSDdateTime;
        };
        typed(s, p, iso, t);
    }
}
