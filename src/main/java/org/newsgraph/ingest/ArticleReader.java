package org.newsgraph.ingest;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.newsgraph.ingest.feed.Feeds;
import org.newsgraph.ingest.html.HtmlPage;
import org.newsgraph.ingest.web.FetchConfig;
import org.newsgraph.ingest.web.Fetched;
import org.newsgraph.ingest.web.Fetcher;

/**
 * Reads the inputs a user names (files, directories searched recursively, {@code -} for standard input)
 * and hands each article, or the reason an item failed, to a consumer, in a stable order.
 *
 * <p>Formats by file name: {@code .txt}/{@code .text}/{@code .md} plain text, {@code .json} one record or an
 * array, {@code .jsonl}/{@code .ndjson} JSON lines, {@code .html}/{@code .htm}, each optionally {@code .gz};
 * {@code .warc}/{@code .warc.gz} web archives, {@code .rss}/{@code .atom} feeds (and {@code .xml} files that
 * are feeds); anything else (and standard input) is sniffed. {@code http(s)://} arguments are fetched: a page
 * is one article, a feed gives one article per item. Feeds' item links are fetched too. JSON lines and WARC
 * files are streamed: a large file is never held whole.
 *
 * <p>Not thread-safe: one thread reads, as {@code Ingestion} does.
 */
public final class ArticleReader {

    private static final long MAX_DOCUMENT_BYTES = 64L << 20;
    private final InputStream stdin;
    private final FetchConfig fetchConfig;
    private Fetcher fetcher;
    private final WebInput web = new WebInput(this::fetcher);

    public ArticleReader(InputStream stdin) {
        this(stdin, FetchConfig.defaults());
    }

    /** A reader fetching URLs with the given settings. */
    public ArticleReader(InputStream stdin, FetchConfig fetchConfig) {
        this.stdin = stdin;
        this.fetchConfig = fetchConfig;
    }

    private Fetcher fetcher() {
        if (fetcher == null) {
            fetcher = new Fetcher(fetchConfig);
        }
        return fetcher;
    }

    /** Reads every item of one argument. Never throws for bad input: failures go to the consumer. */
    public void read(String arg, Consumer<ReadResult> out) {
        if (Fetcher.isUrl(arg)) {
            web.readUrl(arg, out);
            return;
        }
        if (arg.equals("-")) {
            try {
                readDocument("-", null, "-", stdin.readAllBytes(), out);
            } catch (IOException e) {
                out.accept(new ReadResult.Failed("-", "cannot read standard input: " + e.getMessage()));
            }
            return;
        }
        Path path = Path.of(arg);
        if (Files.isDirectory(path)) {
            List<Path> files = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted().forEach(files::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                out.accept(new ReadResult.Failed(arg, "cannot list directory: " + e.getMessage()));
            }
            files.forEach(f -> readFile(f, out));
        } else if (!Files.exists(path)) {
            out.accept(new ReadResult.Failed(arg, "no such file or directory"));
        } else {
            readFile(path, out);
        }
    }

    /**
     * Reads one HTML page for inspection (the {@code extract-text} command): a file, {@code -} for standard
     * input, or an http(s) URL, fetched like any input.
     *
     * @throws InputException when the input cannot be read, is not HTML, or is larger than the limits
     */
    public HtmlPage readPage(String arg) throws InputException {
        if (Fetcher.isUrl(arg)) {
            Fetched f = fetcher().fetch(arg);
            boolean html = WebPages.isHtmlType(f.mediaType())
                    || f.mediaType() == null && WebPages.looksLikeHtml(WebPages.head(f.body()));
            if (!html) {
                throw new InputException("not HTML (" + (f.mediaType() == null ? "no content type" : f.mediaType()) + ")");
            }
            return WebPages.page(f.body(), f.charset(), f.url());
        }
        byte[] bytes;
        try {
            if (arg.equals("-")) {
                bytes = stdin.readNBytes((int) MAX_DOCUMENT_BYTES + 1);
            } else {
                Path path = Path.of(arg);
                if (!Files.isRegularFile(path)) {
                    throw new InputException(Files.isDirectory(path) ? "a directory, not a page" : "no such file");
                }
                try (InputStream in = Files.newInputStream(path)) {
                    bytes = in.readNBytes((int) MAX_DOCUMENT_BYTES + 1);
                }
            }
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new InputException("cannot read: " + e.getMessage());
        }
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            throw new InputException("larger than " + (MAX_DOCUMENT_BYTES >> 20) + " MB");
        }
        return WebPages.page(bytes, null, null);
    }

    private void readFile(Path file, Consumer<ReadResult> out) {
        String item = file.toString();
        if (!Files.isReadable(file)) {
            out.accept(new ReadResult.Failed(item, "not readable (permission denied)"));
            return;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean gz = name.endsWith(".gz");
        String inner = gz ? name.substring(0, name.length() - 3) : name;
        if (WarcInput.isWarcName(name)) {
            WarcInput.read(file, item, out);
            return;
        }
        try {
            if (inner.endsWith(".jsonl") || inner.endsWith(".ndjson")) {
                try (InputStream in = open(file, gz)) {
                    readJsonLines(item, in, out);
                }
                return;
            }
            if (Files.size(file) > MAX_DOCUMENT_BYTES && !gz) {
                out.accept(new ReadResult.Failed(item, "larger than " + (MAX_DOCUMENT_BYTES >> 20) + " MB"));
                return;
            }
            byte[] bytes;
            try (InputStream in = open(file, gz)) {
                bytes = in.readNBytes((int) MAX_DOCUMENT_BYTES + 1);
            }
            if (bytes.length > MAX_DOCUMENT_BYTES) {
                out.accept(new ReadResult.Failed(item, "larger than " + (MAX_DOCUMENT_BYTES >> 20) + " MB"));
                return;
            }
            readDocument(item, inner, file.getFileName().toString(), bytes, out);
        } catch (IOException e) {
            out.accept(new ReadResult.Failed(item, "cannot read: " + e.getMessage()));
        }
    }

    private static InputStream open(Path file, boolean gz) throws IOException {
        InputStream in = Files.newInputStream(file);
        return gz ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** One whole document: its format from the name, or sniffed from the content. */
    private void readDocument(String item, String lowerName, String displayName, byte[] bytes, Consumer<ReadResult> out) {
        String sourcePath = item.equals("-") ? null : item;
        try {
            if (bytes.length == 0) {
                throw new InputException("empty file");
            }
            String head = WebPages.head(bytes);
            if (isFeed(lowerName, head)) {
                web.readFeed(item, null, bytes, out);
                return;
            }
            if (Format.of(lowerName, head) == Format.HTML) {
                out.accept(new ReadResult.Ok(item, WebPages.article(bytes, null, WebPages.Origin.file(sourcePath))));
                return;
            }
            if (lowerName != null && lowerName.endsWith(".xml")) {
                throw new InputException("XML that is neither an RSS or Atom feed nor XHTML");
            }
            String text = TextDecoding.decode(bytes);
            if (Format.of(lowerName, text) == Format.JSON) {
                readJson(item, sourcePath, text, out);
            } else {
                out.accept(new ReadResult.Ok(item, PlainTextReader.read(text, sourcePath, displayName)));
            }
        } catch (InputException e) {
            out.accept(new ReadResult.Failed(item, e.getMessage()));
        }
    }

    /** Feeds by name ({@code .rss}, {@code .atom}), or by content for {@code .xml} and unknown names. */
    private static boolean isFeed(String lowerName, String head) {
        if (lowerName != null && (lowerName.endsWith(".rss") || lowerName.endsWith(".atom"))) {
            return true;
        }
        boolean known = lowerName != null && lowerName.matches(".*\\.(json|html?|xhtml|txt|text|md)$");
        return !known && Feeds.looksLikeFeed(head);
    }

    private enum Format {
        TEXT, JSON, HTML;

        static Format of(String lowerName, String text) {
            if (lowerName != null) {
                if (lowerName.endsWith(".json")) {
                    return JSON;
                }
                if (lowerName.endsWith(".html") || lowerName.endsWith(".htm") || lowerName.endsWith(".xhtml")) {
                    return HTML;
                }
                if (lowerName.endsWith(".txt") || lowerName.endsWith(".text") || lowerName.endsWith(".md")) {
                    return TEXT;
                }
            }
            String head = text.stripLeading().replace("\uFEFF", "").replace("\u00EF\u00BB\u00BF", "");
            if (head.startsWith("{") || head.startsWith("[")) {
                return JSON;
            }
            return WebPages.looksLikeHtml(head) ? HTML : TEXT;
        }
    }

    /** A JSON document: one record, an array of records, or JSON lines that were given a .json name. */
    private static void readJson(String item, String sourcePath, String text, Consumer<ReadResult> out) {
        JsonElement root;
        try {
            JsonReader r = new JsonReader(new StringReader(text));
            root = JsonParser.parseReader(r);
            if (r.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
                readJsonLines(item, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), out);
                return;
            }
        } catch (JsonParseException | IOException e) {
            out.accept(new ReadResult.Failed(item, "invalid JSON: " + rootCause(e)));
            return;
        }
        if (root.isJsonArray()) {
            int i = 0;
            for (JsonElement e : root.getAsJsonArray()) {
                String sub = item + "[" + i++ + "]";
                accept(sub, sourcePath, e, out);
            }
        } else {
            accept(item, sourcePath, root, out);
        }
    }

    private static void readJsonLines(String item, InputStream in, Consumer<ReadResult> out) {
        String sourcePath = item.equals("-") ? null : item;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String sub = item + ":" + n;
                JsonElement e;
                try {
                    e = JsonParser.parseString(line);
                } catch (JsonParseException ex) {
                    out.accept(new ReadResult.Failed(sub, "invalid JSON: " + rootCause(ex)));
                    continue;
                }
                accept(sub, sourcePath, e, out);
            }
        } catch (IOException e) {
            out.accept(new ReadResult.Failed(item, "cannot read: " + e.getMessage()));
        }
    }

    private static void accept(String item, String sourcePath, JsonElement e, Consumer<ReadResult> out) {
        try {
            out.accept(new ReadResult.Ok(item, NewsPleaseJson.toArticle(e, sourcePath)));
        } catch (InputException ex) {
            out.accept(new ReadResult.Failed(item, ex.getMessage()));
        }
    }

    private static String rootCause(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
