package org.newsgraph.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** News pages and WARC files built by the tests themselves. */
public final class TestPages {

    private TestPages() {
    }

    /**
     * A small news page with a navigation bar and footer around two paragraphs about {@code topic}.
     *
     * @param published the page's {@code article:published_time}, or null for none
     */
    public static String page(String headline, String topic, String published) {
        return "<!DOCTYPE html><html lang=\"en\"><head><title>" + headline + "</title>"
                + (published == null ? "" : "<meta property=\"article:published_time\" content=\"" + published + "\">")
                + "</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + headline
                + "</h1><p>GENEVA (AP) — Diplomats met in Geneva on Thursday to discuss " + topic
                + ", officials said, and both delegations called the first round of talks useful and constructive.</p>"
                + "<p>The meeting on " + topic + " was the first in a year, according to a statement issued by the hosts"
                + " after the talks ended late in the evening.</p></article><footer>Copyright Example News.</footer>"
                + "</body></html>";
    }

    /** Writes WARC records; {@code close} finishes the file. */
    public static final class Warc implements AutoCloseable {
        private final WarcWriter writer;

        public Warc(Path file, boolean gzip) throws IOException {
            writer = new WarcWriter(java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING),
                    gzip ? WarcCompression.GZIP : WarcCompression.NONE);
        }

        /** A response record with an HTTP 200 whose Content-Type is {@code contentType} (null: no header). */
        public Warc response(String uri, String date, String contentType, byte[] body) throws IOException {
            return response(uri, date, 200, contentType, body);
        }

        public Warc response(String uri, String date, int status, String contentType, byte[] body) throws IOException {
            String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : " Other") + "\r\n"
                    + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                    + "Content-Length: " + body.length + "\r\n\r\n";
            byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
            byte[] message = new byte[headBytes.length + body.length];
            System.arraycopy(headBytes, 0, message, 0, headBytes.length);
            System.arraycopy(body, 0, message, headBytes.length, body.length);
            writer.write(new WarcResponse.Builder(URI.create(uri)).date(Instant.parse(date))
                    .body(MediaType.HTTP_RESPONSE, message).build());
            return this;
        }

        public Warc html(String uri, String date, String html) throws IOException {
            return response(uri, date, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
        }

        /** A request record, which readers must ignore. */
        public Warc request(String uri) throws IOException {
            writer.write(new WarcRequest.Builder(URI.create(uri)).date(Instant.now()).build());
            return this;
        }

        @Override
        public void close() throws IOException {
            writer.close();
        }
    }
}
