package org.newsgraph.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the HTML pages of a WARC file ({@code .warc} or {@code .warc.gz}, the compression is detected) as
 * a stream: one record in memory at a time, each payload capped, so a 1 GB file costs what a small one does.
 *
 * <p>Only {@code response} records with a 2xx HTTP status and an HTML payload ({@code text/html},
 * {@code application/xhtml+xml}, or sniffed when the type is absent) become articles; the others are skipped
 * without a message. A record that fails is reported as {@code file#<record id>}; a file cut off in the middle
 * gives the records before the cut and one failure for the cut, after which the file is left.
 */
final class WarcInput {

    /** Larger payloads are not pages worth reading (the HTML reader parses only the first 8 MB anyway). */
    static final int MAX_PAYLOAD_BYTES = 10 << 20;

    private WarcInput() {
    }

    static boolean isWarcName(String lowerName) {
        return lowerName.endsWith(".warc") || lowerName.endsWith(".warc.gz");
    }

    static void read(Path file, String item, Consumer<ReadResult> out) {
        long records = 0;
        long pages = 0;
        try (WarcReader reader = new WarcReader(file)) {
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (EOFException e) {
                    out.accept(new ReadResult.Failed(item, "the file is cut off after " + records + " records ("
                            + e.getMessage() + ")"));
                    return;
                } catch (IOException | RuntimeException e) {
                    out.accept(new ReadResult.Failed(item, (records == 0 ? "not a WARC file: " : "unreadable after "
                            + records + " records, the rest of the file is skipped: ") + message(e)));
                    return;
                }
                if (next.isEmpty()) {
                    break;
                }
                records++;
                if (next.get() instanceof WarcResponse response) {
                    String sub = item + "#" + recordName(response, reader.position());
                    try {
                        pages += readResponse(response, sub, file.toString(), out) ? 1 : 0;
                    } catch (EOFException e) {
                        out.accept(new ReadResult.Failed(sub, "the file is cut off in this record (" + e.getMessage() + ")"));
                        return;
                    } catch (IOException | RuntimeException e) {
                        out.accept(new ReadResult.Failed(sub, "unreadable record: " + message(e)));
                    }
                }
            }
        } catch (IOException e) {
            out.accept(new ReadResult.Failed(item, "cannot read: " + message(e)));
            return;
        }
        if (records == 0) {
            out.accept(new ReadResult.Failed(item, "empty file (no WARC records)"));
        } else if (pages == 0) {
            out.accept(new ReadResult.Failed(item, "no HTML response records among its " + records + " records"));
        }
    }

    /**
     * Reads one response record.
     *
     * @return whether it held an HTML page (whether or not an article was found in it)
     */
    private static boolean readResponse(WarcResponse response, String sub, String sourcePath, Consumer<ReadResult> out)
            throws IOException {
        HttpResponse http = response.http();
        if (http.status() < 200 || http.status() >= 300) {
            return false; // redirects and error pages hold no article
        }
        String declared = http.headers().first("Content-Type").orElse("").strip();
        MediaType type = declared.isEmpty() ? null : MediaType.parseLeniently(declared);
        if (type != null && !WebPages.isHtmlType(type.base().toString().toLowerCase(Locale.ROOT))) {
            return false;
        }
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readNBytes(MAX_PAYLOAD_BYTES + 1);
        }
        if (type == null && !WebPages.looksLikeHtml(WebPages.head(body))) {
            return false;
        }
        String target = response.target();
        if (body.length > MAX_PAYLOAD_BYTES) {
            out.accept(new ReadResult.Failed(sub, "page larger than " + (MAX_PAYLOAD_BYTES >> 20) + " MB (" + target + ")"));
            return true;
        }
        String charset = type == null ? null : type.parameters().get("charset");
        String date = Dates.normalise(response.date().toString());
        String id = response.headers().first("WARC-Record-ID").map(WarcInput::unbracket).orElse(null);
        try {
            Article a = WebPages.article(body, charset,
                    new WebPages.Origin(target, true, id, sourcePath, null, date, null));
            out.accept(new ReadResult.Ok(sub, a));
        } catch (InputException e) {
            out.accept(new ReadResult.Failed(sub, e.getMessage() + " (" + target + ")"));
        }
        return true;
    }

    /** The record's id without angle brackets, else its offset in the file. */
    private static String recordName(WarcRecord record, long offset) {
        return record.headers().first("WARC-Record-ID").map(WarcInput::unbracket).orElse("offset-" + offset);
    }

    private static String unbracket(String id) {
        String s = id.strip();
        return s.startsWith("<") && s.endsWith(">") ? s.substring(1, s.length() - 1) : s;
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
