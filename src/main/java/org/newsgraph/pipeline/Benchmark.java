package org.newsgraph.pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.extract.nlp.CoreNlpAnalyzer;
import org.newsgraph.extract.nlp.CoreNlpBaseline;
import org.newsgraph.extract.nlp.CoreNlpDependencyParser;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.store.CannedQueries;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.QueryRunner;

/**
 * The throughput benchmark: the whole ingest (read, extract, link, validate, store) over the first N
 * stories of a corpus into a fresh store, per-stage times, peak heap, then optionally plain CoreNLP over the
 * same stories for the ratio, and a store-load and query-latency run on a store grown past a million triples
 * by copying the prepared graphs under new names.
 */
public final class Benchmark {

    /** What to run. */
    public record Options(Path corpus, int limit, int threads, boolean baseline, long storeTriples, Path workDir) {
    }

    private final PrintWriter out;

    public Benchmark(PrintWriter out) {
        this.out = out;
    }

    public void run(Options o) throws InterruptedException {
        List<Article> articles = read(o.corpus(), o.limit());
        out.printf(Locale.ROOT, "corpus %s: %d stories, %d threads, max heap %d MB%n", o.corpus(), articles.size(),
                o.threads(), Runtime.getRuntime().maxMemory() >> 20);
        long l0 = System.nanoTime();
        CoreNlpAnalyzer analyzer = CoreNlpAnalyzer.shared();
        analyzer.analyze("Warm up in Paris on Monday.");
        long l1 = System.nanoTime();
        CoreNlpDependencyParser.load();
        out.printf(Locale.ROOT, "start-up (not in the times below): CoreNLP %.1f s, dependency parser %.1f s%n",
                (l1 - l0) / 1e9, (System.nanoTime() - l1) / 1e9);
        Path store = o.workDir().resolve("bench-store");
        ArticleProcessor processor = new ArticleProcessor(analyzer);
        IngestSummary s;
        try (GraphStore gs = GraphStore.open(store)) {
            IngestOptions io = new IngestOptions(null, null, null, true, o.threads(), 64);
            s = new Ingestion(processor, gs, io, out, Progress.none(out))
                    .run(sink -> articles.forEach(a -> sink.accept(new ReadResult.Ok("story", a))));
            double secs = s.elapsedMillis() / 1000.0;
            out.printf(Locale.ROOT, "newsgraph: %d articles in %.1f s = %.2f articles/s, %.0f tokens/s, %d failed%n",
                    s.stored(), secs, s.stored() / secs, processor.tokens() / secs, s.failed());
            out.println("time per stage (seconds per article, summed over threads):");
            processor.times().seconds().forEach((k, v) ->
                    out.printf(Locale.ROOT, "  %-22s %.4f%n", k, v / Math.max(1, s.stored())));
            out.printf(Locale.ROOT, "peak heap: %d MB%n", peakHeapMb());
            out.flush();
            if (o.storeTriples() > 0) {
                storeAndQueries(gs, o);
            }
        }
        if (o.baseline()) {
            List<String> texts = articles.stream().map(Article::body).toList();
            double base = CoreNlpBaseline.run(texts, o.threads());
            double ours = s.elapsedMillis() / 1000.0;
            out.printf(Locale.ROOT, "baseline CoreNLP tokenize,ssplit,pos,lemma,ner (defaults): %d articles in %.1f s = %.2f articles/s%n",
                    texts.size(), base, texts.size() / base);
            out.printf(Locale.ROOT, "ratio newsgraph / baseline: %.2fx%n", base / ours);
        }
        out.flush();
    }

    private static List<Article> read(Path corpus, int limit) {
        List<Article> out = new ArrayList<>();
        new ArticleReader(System.in).read(corpus.toString(), r -> {
            if (r instanceof ReadResult.Ok ok && out.size() < limit) {
                out.add(ok.article());
            }
        });
        return out;
    }

    /** Loads copies of the stored graphs until the store passes the target size, then times canned queries. */
    private void storeAndQueries(GraphStore gs, Options o) {
        List<String> names = gs.graphNames();
        Map<String, Graph> prepared = new LinkedHashMap<>();
        names.forEach(n -> prepared.put(n, gs.graph(n)));
        long perCopy = prepared.values().stream().mapToLong(Graph::size).sum();
        int copies = (int) Math.max(1, (o.storeTriples() + perCopy - 1) / perCopy);
        long loaded = 0;
        long t0 = System.nanoTime();
        for (int c = 1; c <= copies; c++) {
            Map<String, Graph> batch = new LinkedHashMap<>();
            for (Map.Entry<String, Graph> e : prepared.entrySet()) {
                String name = e.getKey() + "-copy" + c;
                batch.put(name, rename(e.getValue(), e.getKey(), name));
                loaded += e.getValue().size();
                if (batch.size() == 500) {
                    gs.replace(batch);
                    batch.clear();
                }
            }
            gs.replace(batch);
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "store load: %d triples in %.1f s = %.0f triples/s%n", loaded, secs, loaded / secs);
        out.printf(Locale.ROOT, "store now holds %d quads; canned query latency (5 runs each; entity parameters set to"
                + " the most quoted speaker and the most mentioned actor, as a user asks about one actor):%n",
                gs.stats().quads());
        Map<String, Map<String, String>> params = typicalParameters(gs);
        List<Long> all = new ArrayList<>();
        for (String q : CannedQueries.available()) {
            CannedQueries.Canned canned = CannedQueries.load(q);
            Map<String, String> p = params.getOrDefault(q, Map.of());
            Query query = QueryRunner.bind(canned.text(), p, canned.parameters());
            long[] ms = new long[5];
            for (int i = 0; i < ms.length; i++) {
                long s = System.nanoTime();
                QueryRunner.run(gs, query, QueryRunner.Format.CSV, java.io.OutputStream.nullOutputStream());
                ms[i] = (System.nanoTime() - s) / 1_000_000;
                all.add(ms[i]);
            }
            Arrays.sort(ms);
            out.printf(Locale.ROOT, "  %-22s p50 %5d ms   max %5d ms   %s%n", q, ms[2], ms[4], p.isEmpty() ? "" : p.keySet());
            out.flush();
        }
        all.sort(null);
        out.printf(Locale.ROOT, "all canned queries: p50 %d ms, p90 %d ms over %d runs%n", all.get(all.size() / 2),
                all.get(all.size() * 9 / 10), all.size());
    }

    /** Parameters a user would pass: the most quoted speaker, the most mentioned actor, a point in Europe. */
    private static Map<String, Map<String, String>> typicalParameters(GraphStore gs) {
        String speaker = first(gs, "SELECT ?e (COUNT(?s) AS ?n) WHERE { GRAPH ?g { ?s <" + org.newsgraph.rdf.NS.speaker.getURI()
                + "> ?e } } GROUP BY ?e ORDER BY DESC(?n) LIMIT 1");
        String actor = first(gs, "SELECT ?e (COUNT(?x) AS ?n) WHERE { GRAPH ?g { ?x <" + org.newsgraph.rdf.NS.actor.getURI()
                + "> ?e } } GROUP BY ?e ORDER BY DESC(?n) LIMIT 1");
        Map<String, Map<String, String>> p = new LinkedHashMap<>();
        if (speaker != null) {
            p.put("who-said-what", Map.of("speaker", speaker));
            p.put("entity-profile", Map.of("entity", speaker));
        }
        if (actor != null) {
            p.put("quotes-about", Map.of("entity", actor));
            p.put("co-mentions", Map.of("entity", actor));
            p.put("timeline", Map.of("actor", actor));
            p.put("accusations", Map.of("against", actor));
            p.put("dyads", Map.of("actor", actor));
        }
        p.put("events-near", Map.of("lat", "50.85", "lon", "4.35", "km", "500"));
        return p;
    }

    private static String first(GraphStore gs, String select) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        QueryRunner.run(gs, QueryRunner.bind(select, Map.of(), List.of()), QueryRunner.Format.TSV, b);
        String[] lines = b.toString(java.nio.charset.StandardCharsets.UTF_8).split("\n");
        if (lines.length < 2) {
            return null;
        }
        String cell = lines[1].split("\t")[0];
        return cell.startsWith("<") ? cell.substring(1, cell.length() - 1) : null;
    }

    /** The graph with every IRI under the old article IRI moved under the new one. */
    private static Graph rename(Graph g, String from, String to) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(t -> out.add(Triple.create(move(t.getSubject(), from, to),
                t.getPredicate(), move(t.getObject(), from, to))));
        return out;
    }

    private static Node move(Node n, String from, String to) {
        return n.isURI() && n.getURI().startsWith(from) ? NodeFactory.createURI(to + n.getURI().substring(from.length())) : n;
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    /** A fresh working directory for a benchmark run. */
    public static Path workDir() {
        try {
            return Files.createTempDirectory("newsgraph-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
