package org.newsgraph.ingest.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a fetched page into text. Order of trust: a byte-order mark, the HTTP charset hint,
 * the page's own {@code <meta charset>} or {@code http-equiv} declaration, then detection (valid UTF-8,
 * else windows-1252, which is what browsers assume for undeclared Western pages). Bad bytes are replaced,
 * never thrown on. Stateless and thread-safe.
 */
final class HtmlDecoder {

    /**
     * Only the first 8 MiB of a page are decoded and parsed. Article text sits in the first few hundred
     * kilobytes of real pages; what makes pages huge is inlined scripts, JSON state and base64 images.
     * A DOM costs several times the page size in memory, so a 50 MB page parsed whole would cost
     * hundreds of megabytes and seconds per page for no gain in text.
     */
    static final int MAX_BYTES = 8 * 1024 * 1024;

    /** How far into the page the binary check and the meta charset scan look. */
    private static final int SNIFF_BYTES = 8192;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private HtmlDecoder() {
    }

    /**
     * Decodes the page.
     *
     * @param charsetHint charset from the HTTP Content-Type header, or null
     * @throws IllegalArgumentException when the bytes are binary (images, PDF, archives), not HTML
     */
    static String decode(byte[] bytes, String charsetHint) {
        int length = capped(bytes);
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return decode(bytes, skip, length - skip, bom);
        }
        Charset charset = named(charsetHint);
        if (charset == null || !isWide(charset)) {
            // UTF-16 and UTF-32 text is full of NUL bytes; every other encoding of text has none
            rejectBinary(bytes);
        }
        if (charset == null) {
            charset = declared(bytes);
            if (charset != null && isWide(charset)) {
                // a page that could be scanned as ASCII is not UTF-16, whatever it declares
                charset = StandardCharsets.UTF_8;
            }
        }
        if (charset == null) {
            String utf8 = strictUtf8(bytes, length);
            return utf8 != null ? utf8 : decode(bytes, 0, length, WINDOWS_1252);
        }
        return decode(bytes, 0, length, charset);
    }

    /**
     * How many bytes to decode: all, or {@link #MAX_BYTES} moved back to the start of a UTF-8 sequence so
     * that the cut does not look like bad UTF-8 (a few bytes lost in single-byte charsets do not matter).
     */
    private static int capped(byte[] bytes) {
        if (bytes.length <= MAX_BYTES) {
            return bytes.length;
        }
        int end = MAX_BYTES;
        while (end > MAX_BYTES - 4 && (bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        return end;
    }

    private static String decode(byte[] bytes, int offset, int length, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, offset, Math.max(0, length))).toString();
        } catch (CharacterCodingException e) {
            // cannot happen with REPLACE; keep the contract of never throwing on bad bytes
            return new String(bytes, offset, Math.max(0, length), StandardCharsets.ISO_8859_1);
        }
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /**
     * Text pages have almost no NUL or C0 control bytes; images, PDFs and archives have many in their
     * first kilobytes.
     */
    static void rejectBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int nul = 0;
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = bytes[i] & 0xff;
            if (c == 0) {
                nul++;
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b) {
                control++;
            }
        }
        if (n > 0 && (nul > 0 && nul * 100 >= n || (nul + control) * 20 >= n)) {
            throw new IllegalArgumentException("not an HTML page: binary content (" + nul + " NUL and "
                    + control + " control bytes in the first " + n + " bytes)");
        }
    }

    private static boolean isWide(Charset charset) {
        String name = charset.name().toUpperCase(Locale.ROOT);
        return name.startsWith("UTF-16") || name.startsWith("UTF-32");
    }

    private static Charset declared(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? named(m.group(1)) : null;
    }

    /** The charset of that name, or null when the name is missing or unknown. */
    static Charset named(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        // browsers decode these labels as windows-1252, and real pages mean that
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            return WINDOWS_1252;
        }
        if (n.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.isSupported(n) ? Charset.forName(n) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The bytes as UTF-8 when they are valid UTF-8 (one pass: most pages are), else null. */
    private static String strictUtf8(byte[] bytes, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
