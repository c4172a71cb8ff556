package org.newsgraph.pipeline;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.Language;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.ArticleSink;
import org.newsgraph.store.Validator;

/**
 * Runs an ingest: one thread reads the inputs, worker threads extract, one writer stores batches of
 * article graphs, each batch in one transaction. Queues between the stages are bounded, so memory does
 * not grow with the input.
 *
 * <p>Every bad item is reported once on the error writer with its name and the reason, and the rest go on.
 * An article is stored whole or not at all.
 */
public final class Ingestion {

    private final ArticleProcessor processor;
    private final ArticleSink sink;
    private final IngestOptions options;
    private final PrintWriter err;
    private final Progress progress;

    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong triples = new AtomicLong();

    public Ingestion(ArticleProcessor processor, ArticleSink sink, IngestOptions options, PrintWriter err,
            Progress progress) {
        this.processor = processor;
        this.sink = sink;
        this.options = options;
        this.err = err;
        this.progress = progress;
    }

    /** A processed article on its way to the store. */
    private record Done(String item, ArticleProcessor.Result result) {
    }

    private static final Done END = new Done(null, null);
    private static final long MAX_WAIT_MILLIS = 1000;

    public IngestSummary run(List<String> inputs, ArticleReader reader) {
        return run(sink -> inputs.forEach(input -> reader.read(input, sink)));
    }

    /** Runs over any source of read results (the benchmark feeds stories it has read ahead). */
    public IngestSummary run(java.util.function.Consumer<java.util.function.Consumer<ReadResult>> source) {
        long start = System.nanoTime();
        BlockingQueue<Done> toWriter = new ArrayBlockingQueue<>(options.batchSize() * 4);
        Thread writer = new Thread(() -> writeLoop(toWriter), "newsgraph-writer");
        writer.start();
        ExecutorService workers = Executors.newFixedThreadPool(options.threads());
        Semaphore inFlight = new Semaphore(options.threads() * 2);
        Map<String, String> seen = new HashMap<>();
        try {
            source.accept(r -> dispatch(r, seen, workers, inFlight, toWriter));
        } finally {
            workers.shutdown();
            awaitQuietly(workers);
            putQuietly(toWriter, END);
            joinQuietly(writer);
        }
        progress.finish();
        return new IngestSummary(stored.get(), skipped.get(), failed.get(), triples.get(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private void dispatch(ReadResult r, Map<String, String> seen, ExecutorService workers, Semaphore inFlight,
            BlockingQueue<Done> toWriter) {
        if (r instanceof ReadResult.Failed f) {
            fail(f.item(), f.reason());
            return;
        }
        ReadResult.Ok ok = (ReadResult.Ok) r;
        Article a = ok.article().withOverrides(options.published(), options.url(), options.title());
        String notEnglish = Language.notEnglish(a);
        if (notEnglish != null) {
            fail(ok.item(), notEnglish);
            return;
        }
        String iri = Iris.article(a);
        String earlier = seen.putIfAbsent(iri, ok.item());
        if (earlier != null) {
            fail(ok.item(), "duplicate of " + earlier + " (same id, URL or text); the first one is kept");
            return;
        }
        if (!options.force() && processor.contentHashOf(a).equals(sink.contentHash(iri))) {
            skipped.incrementAndGet();
            progress.step();
            return;
        }
        inFlight.acquireUninterruptibly();
        workers.execute(() -> {
            try {
                ArticleProcessor.Result res = processor.process(a);
                List<String> problems = processor.times().time("validate", () -> Validator.violations(res.graph()));
                if (!problems.isEmpty()) {
                    fail(ok.item(), "its graph does not conform to the shapes: " + problems.get(0)
                            + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
                } else {
                    putQuietly(toWriter, new Done(ok.item(), res));
                }
            } catch (RuntimeException | StackOverflowError e) {
                fail(ok.item(), "extraction failed: " + e);
            } finally {
                inFlight.release();
            }
        });
    }

    /**
     * Stores batches: a transaction commit costs far more than the triples in it, so articles are gathered
     * until the batch is full or its first article has waited {@link #MAX_WAIT_MILLIS}.
     */
    private void writeLoop(BlockingQueue<Done> queue) {
        List<Done> batch = new ArrayList<>();
        long firstAt = 0;
        boolean end = false;
        while (!end) {
            try {
                Done d = queue.poll(100, TimeUnit.MILLISECONDS);
                if (d == END) {
                    end = true;
                } else if (d != null) {
                    if (batch.isEmpty()) {
                        firstAt = System.nanoTime();
                    }
                    batch.add(d);
                    queue.drainTo(batch, options.batchSize() - batch.size());
                    end = batch.remove(END);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                end = true;
            }
            boolean waited = (System.nanoTime() - firstAt) / 1_000_000 >= MAX_WAIT_MILLIS;
            if (!batch.isEmpty() && (end || batch.size() >= options.batchSize() || waited)) {
                flush(batch);
                batch.clear();
            }
        }
    }

    private void flush(List<Done> batch) {
        Map<String, org.apache.jena.graph.Graph> graphs = new LinkedHashMap<>();
        batch.forEach(d -> graphs.put(d.result().graphIri(), d.result().graph()));
        try {
            processor.times().time("store", () -> sink.replace(graphs));
            batch.forEach(d -> {
                stored.incrementAndGet();
                triples.addAndGet(d.result().graph().size());
                progress.step();
            });
        } catch (RuntimeException e) {
            batch.forEach(d -> fail(d.item(), "could not be stored: " + e.getMessage()));
        }
    }

    private void fail(String item, String reason) {
        failed.incrementAndGet();
        progress.step();
        synchronized (err) {
            progress.clearLine();
            err.println("newsgraph: " + item + ": " + reason);
            err.flush();
        }
    }

    private static void putQuietly(BlockingQueue<Done> q, Done d) {
        boolean interrupted = false;
        while (true) {
            try {
                q.put(d);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(ExecutorService workers) {
        try {
            workers.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
