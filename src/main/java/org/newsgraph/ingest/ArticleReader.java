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
import org.newsgraph.ingest.html.HtmlArticleReader;
import org.newsgraph.ingest.html.HtmlPage;

/**
 * Reads the inputs a user names (files, directories searched recursively, {@code -} for standard input)
 * and hands each article, or the reason an item failed, to a consumer, in a stable order.
 *
 * <p>Formats by file name: {@code .txt}/{@code .text}/{@code .md} plain text, {@code .json} one record or an
 * array, {@code .jsonl}/{@code .ndjson} JSON lines, {@code .html}/{@code .htm}, each optionally {@code .gz};
 * anything else (and standard input) is sniffed. JSON lines are streamed: a large file is never held whole.
 */
public final class ArticleReader {

    private static final long MAX_DOCUMENT_BYTES = 64L << 20;
    private static final HtmlArticleReader HTML = new HtmlArticleReader();
    private final InputStream stdin;

    public ArticleReader(InputStream stdin) {
        this.stdin = stdin;
    }

    /** Reads every item of one argument. Never throws for bad input: failures go to the consumer. */
    public void read(String arg, Consumer<ReadResult> out) {
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

    private void readFile(Path file, Consumer<ReadResult> out) {
        String item = file.toString();
        if (!Files.isReadable(file)) {
            out.accept(new ReadResult.Failed(item, "not readable (permission denied)"));
            return;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean gz = name.endsWith(".gz");
        String inner = gz ? name.substring(0, name.length() - 3) : name;
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
            if (Format.of(lowerName, sniff(bytes)) == Format.HTML) {
                readHtml(item, sourcePath, bytes, out);
                return;
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

    private static void readHtml(String item, String sourcePath, byte[] bytes, Consumer<ReadResult> out)
            throws InputException {
        if (bytes.length == 0) {
            throw new InputException("empty file");
        }
        HtmlPage page;
        try {
            page = HTML.read(bytes, null, null);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
        if (page.body().isBlank()) {
            throw new InputException("no article text found in the page");
        }
        out.accept(new ReadResult.Ok(item, HtmlArticleReader.toArticle(page, sourcePath)));
    }

    /** The start of the content as Latin-1, enough to tell HTML and JSON from text. */
    private static String sniff(byte[] bytes) {
        return new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
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
            String lower = head.substring(0, Math.min(head.length(), 200)).toLowerCase(Locale.ROOT);
            boolean markup = lower.startsWith("<") && (lower.contains("<html") || lower.contains("<head")
                    || lower.contains("<body") || lower.contains("<!doctype html"));
            return markup ? HTML : TEXT;
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
