package org.newsgraph.store;

import java.io.OutputStream;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.JenaException;
import org.apache.jena.system.Txn;

/**
 * Runs a SPARQL query over the union of all article graphs, with parameter values bound through
 * {@link ParameterizedSparqlString} (never by concatenation), and writes the result.
 */
public final class QueryRunner {

    /** Output formats for SELECT results. */
    public enum Format { TABLE, CSV, TSV, JSON }

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern IRI_LIKE = Pattern.compile("(?i)^(https?|urn):.*");

    private QueryRunner() {
    }

    /**
     * Binds parameters into a query text. A value that is an IRI becomes an IRI, a number a number, a
     * yyyy-mm-dd date an xsd:date, anything else a string literal.
     *
     * @throws StoreException for an unknown parameter name or a value that would change the query
     */
    public static Query bind(String queryText, Map<String, String> params, java.util.List<String> declared) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(queryText);
        for (Map.Entry<String, String> p : params.entrySet()) {
            String name = p.getKey();
            String value = p.getValue();
            if (!declared.isEmpty() && !declared.contains(name)) {
                throw new StoreException("unknown parameter '" + name + "'; this query takes: " + String.join(", ", declared));
            }
            if (IRI_LIKE.matcher(value).matches()) {
                pss.setIri(name, checkedIri(name, value));
            } else if (NUMBER.matcher(value).matches()) {
                pss.setLiteral(name, value, value.contains(".") ? XSDDatatype.XSDdecimal : XSDDatatype.XSDinteger);
            } else if (DATE.matcher(value).matches()) {
                pss.setLiteral(name, value, XSDDatatype.XSDdate);
            } else {
                pss.setLiteral(name, value);
            }
        }
        try {
            return pss.asQuery();
        } catch (QueryParseException e) {
            throw new StoreException("the query does not parse: " + e.getMessage(), e);
        } catch (JenaException e) {
            throw new StoreException("a parameter value was refused because it could change the query: "
                    + e.getMessage(), e);
        }
    }

    private static String checkedIri(String name, String value) {
        if (value.chars().anyMatch(c -> c <= ' ' || "<>\"{}|^`\\".indexOf(c) >= 0)) {
            throw new StoreException("parameter '" + name + "': '" + value
                    + "' is not a valid IRI (it holds spaces or one of <>\"{}|^`\\) and was refused");
        }
        try {
            IRIx.create(value);
        } catch (IRIException e) {
            throw new StoreException("parameter '" + name + "': not a valid IRI: " + e.getMessage(), e);
        }
        return value;
    }

    /** Runs a query in a read transaction and writes its result. */
    public static void run(GraphStore store, Query query, Format format, OutputStream out) {
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                if (query.isSelectType()) {
                    var rs = qe.execSelect();
                    switch (format) {
                        case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
                        case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
                        case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
                        case TABLE -> ResultSetFormatter.out(out, rs, query.getPrologue());
                    }
                    return;
                }
                if (query.isAskType()) {
                    ResultSetFormatter.out(out, qe.execAsk());
                    return;
                }
                Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                RDFDataMgr.write(out, m, RDFFormat.TURTLE_PRETTY);
            }
        });
    }
}
