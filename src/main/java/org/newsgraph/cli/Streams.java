package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.io.output.WriterOutputStream;

/** Byte streams over picocli's writers, so command output can be captured by tests. */
final class Streams {

    private Streams() {
    }

    /** UTF-8 bytes to the writer; closing the stream flushes but leaves the writer open. */
    static OutputStream of(PrintWriter writer) {
        try {
            OutputStream s = WriterOutputStream.builder().setWriter(writer).setCharset(StandardCharsets.UTF_8)
                    .setWriteImmediately(false).get();
            return new FlushOnClose(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class FlushOnClose extends java.io.FilterOutputStream {
        FlushOnClose(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
