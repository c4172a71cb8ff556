package org.newsgraph.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.extract.nlp.CoreNlpAnalyzer;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.Dates;
import org.newsgraph.link.wikidata.WikidataOptions;
import org.newsgraph.link.wikidata.WikidataReconciler;
import org.newsgraph.pipeline.ArticleProcessor;
import org.newsgraph.store.ArticleSink;
import org.newsgraph.pipeline.IngestOptions;
import org.newsgraph.pipeline.IngestSummary;
import org.newsgraph.pipeline.Ingestion;
import org.newsgraph.pipeline.Progress;
import org.newsgraph.pipeline.StageTimes;
import org.newsgraph.pipeline.Version;
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

    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto",
            description = "Progress on stderr: auto (on a terminal), always (plain lines when not a terminal), never.")
    String progress;

    @Option(names = "--to", paramLabel = "DATASET_URL",
            description = "Write to a SPARQL Graph Store Protocol endpoint (e.g. http://host:3030/newsgraph) instead of the local store.")
    String to;

    @Option(names = "--link", paramLabel = "MODE", defaultValue = "offline",
            description = {"Entity linking: offline (the bundled tables only, the default) or wikidata (also looks up "
                + "persons and organisations the tables do not know in Wikidata, one request at a time, every answer "
                + "cached)."})
    String link;

    @Option(names = "--wikidata-cache", paramLabel = "DIR",
            defaultValue = "${env:XDG_CACHE_HOME:-${sys:user.home}/.cache}/newsgraph/wikidata",
            description = "Cache of Wikidata answers for --link wikidata (default: ${DEFAULT-VALUE}).")
    Path wikidataCache;

    @Option(names = "--wikidata-api", paramLabel = "URL", hidden = true,
            description = "Wikibase action API for --link wikidata (a mirror or a test server).")
    URI wikidataApi;

    @Mixin
    FetchTimeout timeout;

    @Override
    public Integer call() {
        timeout.config(); // checked before any work starts
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
        if (!link.equals("offline") && !link.equals("wikidata")) {
            throw new UserException("--link: '" + link + "' is not a linking mode (use offline or wikidata)", true);
        }
        if (wikidataApi != null && !"http".equals(wikidataApi.getScheme()) && !"https".equals(wikidataApi.getScheme())) {
            throw new UserException("--wikidata-api: '" + wikidataApi + "' is not an http(s) URL", true);
        }
        IngestOptions options = new IngestOptions(published, url, title, force, n, 64);
        PrintWriter err = spec.commandLine().getErr();
        if (to != null) {
            if (!to.matches("(?i)https?://\\S+")) {
                throw new UserException("--to: '" + to + "' is not an http(s) URL", true);
            }
            try (RemoteStore remote = RemoteStore.connect(to)) {
                return run(options, remote, to, err);
            }
        }
        try (GraphStore store = GraphStore.open(storeOptions.store)) {
            return run(options, store, storeOptions.store.toString(), err);
        }
    }

    /**
     * How many articles the inputs hold when that is cheap to know (files of one article each), so progress
     * can show an ETA; -1 when an input holds an unknown number (JSON lines, archives, standard input).
     */
    static long countDocuments(List<String> inputs) {
        long n = 0;
        for (String in : inputs) {
            java.nio.file.Path p = java.nio.file.Path.of(in);
            if (in.equals("-") || in.contains("://")) {
                return -1;
            }
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(p)) {
                for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) files.filter(java.nio.file.Files::isRegularFile)::iterator) {
                    String name = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                    if (name.matches(".*\\.(jsonl|ndjson|json|warc|rss|atom|xml)(\\.gz)?$")) {
                        return -1;
                    }
                    n++;
                }
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                return -1;
            }
        }
        return n;
    }

    private WikidataReconciler reconciler() {
        WikidataOptions o = WikidataOptions.defaults(wikidataCache, Version.get());
        return new WikidataReconciler(wikidataApi == null ? o : o.withEndpoint(wikidataApi));
    }

    private int run(IngestOptions options, ArticleSink sink, String where, PrintWriter err) {
        WikidataReconciler reconciler = link.equals("wikidata") ? reconciler() : null;
        ArticleProcessor processor = new ArticleProcessor(CoreNlpAnalyzer.shared(), new StageTimes(), reconciler);
        boolean tty = System.console() != null;
        long total = "never".equals(this.progress) ? -1 : countDocuments(inputs);
        Progress progress = switch (this.progress) {
            case "auto" -> tty ? Progress.terminal(err, total) : Progress.none(err);
            case "always" -> tty ? Progress.terminal(err, total) : Progress.lines(err, total);
            case "never" -> Progress.none(err);
            default -> throw new UserException("--progress: '" + this.progress + "' is not auto, always or never", true);
        };
        IngestSummary s = new Ingestion(processor, sink, options, err, progress).run(inputs, new ArticleReader(System.in,
                timeout.config()));
        err.println("newsgraph: " + s.line() + " -> " + where);
        if (reconciler != null) {
            err.println("newsgraph: " + reconciler.stats().line());
        }
        err.flush();
        return s.anyFailed() ? 1 : 0;
    }
}
