package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.TestPages;
import org.newsgraph.ingest.web.LoopbackServer;

class ExtractTextCommandTest {

    @TempDir
    Path tmp;

    private static final String PAGE = """
            <!DOCTYPE html><html lang="en"><head><title>Talks resume | Example News</title>
            <meta property="og:title" content="Talks resume in Geneva">
            <meta property="og:site_name" content="Example News">
            <meta name="description" content="Arms control talks are back.">
            <meta name="author" content="Jane Roe">
            <meta property="article:published_time" content="2022-03-03T08:15:00+01:00">
            <meta property="article:section" content="World">
            <link rel="canonical" href="https://example.org/talks"></head>
            <body><nav><a href="/">Home</a></nav><article><h1>Talks resume in Geneva</h1>
            <p>GENEVA (AP) — Diplomats from Russia and the United States met in Geneva on Thursday to resume talks
            on arms control, officials said.</p>
            <p>The meeting was the first in a year, and both sides called it constructive, according to a statement.</p>
            </article></body></html>
            """;

    @Test
    void printsTheMetadataThenABlankLineAndTheBody() throws Exception {
        Path f = tmp.resolve("page.html");
        Files.writeString(f, PAGE);
        Cli r = Cli.run("extract-text", f.toString());
        assertEquals(0, r.exit(), r.toString());
        String[] parts = r.out().split("\\R\\R", 2);
        String meta = parts[0];
        assertTrue(meta.startsWith("headline:      Talks resume in Geneva\n"), meta);
        assertTrue(meta.contains("\ndescription:   Arms control talks are back.\n"), meta);
        assertTrue(meta.contains("\nauthors:       Jane Roe\n"), meta);
        assertTrue(meta.contains("\npublisher:     Example News\n"), meta);
        assertTrue(meta.contains("\npublished:     2022-03-03T08:15:00+01:00\n"), meta);
        assertTrue(meta.contains("\nmodified:\n"), meta);
        assertTrue(meta.contains("\nlanguage:      en\n"), meta);
        assertTrue(meta.contains("\ncanonical URL: https://example.org/talks\n"), meta);
        assertTrue(meta.contains("\nsection:       World\n"), meta);
        assertTrue(meta.contains("\ndateline:      GENEVA\n"), meta);
        assertTrue(parts[1].startsWith("GENEVA (AP) — Diplomats from Russia"), parts[1]);
        assertTrue(parts[1].contains("officials said.\n\nThe meeting was the first"), parts[1]);
    }

    @Test
    void readsAUrl() throws Exception {
        try (LoopbackServer server = new LoopbackServer()) {
            server.serve("/a", 200, "text/html; charset=utf-8", TestPages.page("Trade talks stall", "tariffs", null));
            Cli r = Cli.run("extract-text", server.url("/a"));
            assertEquals(0, r.exit(), r.toString());
            assertTrue(r.out().contains("canonical URL: " + server.url("/a") + "\n"), r.out());
            assertTrue(r.out().contains("Diplomats met in Geneva on Thursday to discuss tariffs"), r.out());
        }
    }

    @Test
    void readsStandardInput() {
        var oldIn = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(PAGE.getBytes(StandardCharsets.UTF_8)));
            Cli r = Cli.run("extract-text", "-");
            assertEquals(0, r.exit(), r.toString());
            assertTrue(r.out().startsWith("headline:      Talks resume in Geneva"), r.out());
        } finally {
            System.setIn(oldIn);
        }
    }

    @Test
    void badInputExitsOneWithAMessage() throws Exception {
        Path missing = tmp.resolve("missing.html");
        Cli r = Cli.run("extract-text", missing.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("newsgraph: " + missing + ": no such file"), r.err());
        Path binary = tmp.resolve("image.html");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 1, 2});
        Cli b = Cli.run("extract-text", binary.toString());
        assertEquals(1, b.exit(), b.toString());
        assertTrue(b.err().contains(binary + ": "), b.err());
        Path empty = tmp.resolve("nav.html");
        Files.writeString(empty, "<html><body><nav><a href=/>Home</a></nav></body></html>");
        Cli e = Cli.run("extract-text", empty.toString());
        assertEquals(1, e.exit(), e.toString());
        assertTrue(e.err().contains(empty + ": no article text found in the page"), e.err());
        assertEquals(2, Cli.run("extract-text").exit());
    }
}
