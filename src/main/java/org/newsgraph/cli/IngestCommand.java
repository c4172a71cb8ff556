package org.newsgraph.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.extract.nlp.CoreNlpAnalyzer;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.Dates;
import org.newsgraph.ingest.web.FetchConfig;
import org.newsgraph.pipeline.ArticleProcessor;
import org.newsgraph.pipeline.ArticleSink;
import org.newsgraph.pipeline.RemoteSink;
import org.newsgraph.pipeline.IngestOptions;
import org.newsgraph.pipeline.IngestSummary;
import org.newsgraph.pipeline.Ingestion;
import org.newsgraph.pipeline.Progress;
import org.newsgraph.pipeline.StoreSink;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.RemoteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads articles and stores their graphs, one named graph per article.",
            "Inputs: .txt, .json, .jsonl (news-please), .html, .warc and .warc.gz (HTML responses), .rss and .atom feeds"
                + " (each item's page is fetched), http(s) URLs of pages or feeds, directories (recursively), - for standard input.",
            "URLs are fetched respecting robots.txt, with a size limit of 10 MB per page.",
            "Exit code 1 when any item failed (each is named on stderr); the others are stored."})
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, or - for stdin.")
    List<String> inputs;

    @Option(names = "--date", paramLabel = "DATE", description = "Publication date for all inputs (yyyy-mm-dd).")
    String date;

    @Option(names = "--url", paramLabel = "URL", description = "URL for the input (one article).")
    String url;

    @Option(names = "--title", paramLabel = "TEXT", description = "Headline for the input (one article).")
    String title;

    @Option(names = "--force", description = "Process articles again even when their input is unchanged.")
    boolean force;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--to", paramLabel = "DATASET_URL",
            description = "Write to a SPARQL Graph Store Protocol endpoint (e.g. http://host:3030/newsgraph) instead of the local store.")
    String to;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Time allowed for fetching one URL (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Override
    public Integer call() {
        if (timeout < 1) {
            throw new UserException("--timeout must be at least 1 second", true);
        }
        String published = null;
        if (date != null) {
            published = Dates.normalise(date);
            if (published == null) {
                throw new UserException("--date: '" + date + "' is not a date (use yyyy-mm-dd)", true);
            }
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new UserException("--threads must be at least 1", true);
        }
        IngestOptions options = new IngestOptions(published, url, title, force, n, 16);
        PrintWriter err = spec.commandLine().getErr();
        if (to != null) {
            if (!to.matches("(?i)https?://\\S+")) {
                throw new UserException("--to: '" + to + "' is not an http(s) URL", true);
            }
            try (RemoteStore remote = RemoteStore.connect(to)) {
                return run(options, new RemoteSink(remote), to, err);
            }
        }
        try (GraphStore store = GraphStore.open(storeOptions.store)) {
            return run(options, new StoreSink(store), storeOptions.store.toString(), err);
        }
    }

    private int run(IngestOptions options, ArticleSink sink, String where, PrintWriter err) {
        ArticleProcessor processor = new ArticleProcessor(CoreNlpAnalyzer.shared());
        Progress progress = new Progress(err, System.console() != null, -1);
        IngestSummary s = new Ingestion(processor, sink, options, err, progress).run(inputs, new ArticleReader(System.in,
                FetchConfig.defaults().withTimeout(Duration.ofSeconds(timeout))));
        err.println("newsgraph: " + s.line() + " -> " + where);
        err.flush();
        return s.anyFailed() ? 1 : 0;
    }
}
