package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.pipeline.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures throughput: the whole ingest over the first N stories of a corpus into a fresh",
            "temporary store (articles/s, tokens/s, time per stage, peak heap); with --baseline also plain CoreNLP",
            "tokenize,ssplit,pos,lemma,ner over the same stories and the ratio; with --store-triples a store-load and",
            "query-latency run. Example: newsgraph bench --limit 500 --threads 2 --baseline ../shared/bench/wire-stories.jsonl.gz"})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CORPUS", description = "News-please JSON lines (.jsonl or .jsonl.gz).")
    Path corpus;

    @Option(names = "--limit", defaultValue = "500", description = "Stories to use (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--baseline", description = "Also run plain CoreNLP over the same stories and print the ratio.")
    boolean baseline;

    @Option(names = "--store-triples", defaultValue = "0", paramLabel = "N",
            description = "Grow the store past N triples with copies of the graphs and time the canned queries.")
    long storeTriples;

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(corpus)) {
            throw new UserException(corpus + ": no such readable file", false);
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Path work = Benchmark.workDir();
        try {
            new Benchmark(spec.commandLine().getOut())
                    .run(new Benchmark.Options(corpus, limit, n, baseline, storeTriples, work));
        } finally {
            org.apache.commons.io.file.PathUtils.deleteDirectory(work);
        }
        return 0;
    }
}
