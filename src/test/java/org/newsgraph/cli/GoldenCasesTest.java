package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.store.GraphStore;

/**
 * Golden cases: each folder of src/test/resources/cases holds an input article and, in expect/, SPARQL ASK
 * queries that must all be true of the store after ingesting it. On failure the article graph is printed.
 */
class GoldenCasesTest {

    private static final Path CASES = Path.of("src/test/resources/cases");
    private static final Map<Path, Path> STORES = new HashMap<>();

    @TempDir
    static Path tmp;

    static Stream<Object[]> expectations() throws IOException {
        List<Object[]> out = new ArrayList<>();
        try (Stream<Path> cases = Files.list(CASES)) {
            for (Path c : cases.sorted().toList()) {
                try (Stream<Path> asks = Files.list(c.resolve("expect"))) {
                    asks.filter(p -> p.toString().endsWith(".rq")).sorted()
                            .forEach(p -> out.add(new Object[] {c.getFileName() + "/" + p.getFileName(), c, p}));
                }
            }
        }
        return out.stream();
    }

    private static synchronized Path storeFor(Path caseDir) throws IOException {
        Path store = STORES.get(caseDir);
        if (store == null) {
            store = tmp.resolve(caseDir.getFileName().toString());
            Path input = Files.list(caseDir).filter(p -> p.getFileName().toString().startsWith("input"))
                    .findFirst().orElseThrow();
            Cli r = Cli.run("ingest", "--store", store.toString(), input.toString());
            assertEquals(0, r.exit(), r.toString());
            STORES.put(caseDir, store);
        }
        return store;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void factHolds(String name, Path caseDir, Path ask) throws IOException {
        Path store = storeFor(caseDir);
        String query = Files.readString(ask);
        try (GraphStore s = GraphStore.open(store)) {
            boolean holds = Txn.calculateRead(s.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(query).build()) {
                    return qe.execAsk();
                }
            });
            assertTrue(holds, () -> name + " does not hold; the graph is:\n" + turtle(s));
        }
    }

    private static String turtle(GraphStore s) {
        return Txn.calculateRead(s.dataset(), () -> {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            RDFDataMgr.write(b, s.dataset().asDatasetGraph(), RDFFormat.TRIG_PRETTY);
            return b.toString(java.nio.charset.StandardCharsets.UTF_8);
        });
    }
}
