package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.InputException;
import org.newsgraph.ingest.html.HtmlPage;
import org.newsgraph.ingest.web.FetchConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract-text", mixinStandardHelpOptions = true,
        description = {"Prints the metadata and the article text read from one HTML page, to check what ingest would read.",
            "Metadata lines come first ('field: value', empty when not found), then a blank line and the body.",
            "Exit code 1 when the page cannot be read or has no article text."})
final class ExtractTextCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PAGE", description = "An HTML file, an http(s) URL, or - for standard input.")
    String page;

    @Mixin
    FetchTimeout timeout;

    @Override
    public Integer call() {
        FetchConfig fetch = timeout.config();
        HtmlPage p;
        try {
            p = new ArticleReader(System.in, fetch).readPage(page);
        } catch (InputException e) {
            throw new UserException(page + ": " + e.getMessage(), false);
        }
        PrintWriter out = spec.commandLine().getOut();
        fields(p).forEach((k, v) -> out.println(String.format("%-14s %s", k + ":", v == null ? "" : v).stripTrailing()));
        out.println();
        out.println(p.body());
        out.flush();
        if (p.body().isBlank()) {
            throw new UserException(page + ": no article text found in the page", false);
        }
        return 0;
    }

    private static Map<String, String> fields(HtmlPage p) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("headline", p.headline());
        f.put("description", p.description());
        f.put("authors", String.join("; ", p.authors()));
        f.put("publisher", p.publisher());
        f.put("published", p.published());
        f.put("modified", p.modified());
        f.put("language", p.language());
        f.put("canonical URL", p.canonicalUrl());
        f.put("section", p.section());
        f.put("dateline", p.dateline());
        f.put("body from", p.bodyFromJsonLd() ? "JSON-LD articleBody" : "page markup");
        return f;
    }
}
