package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WarcInputTest {

    @TempDir
    Path tmp;

    private static List<ReadResult> read(Path file) {
        List<ReadResult> results = new ArrayList<>();
        new ArticleReader(new ByteArrayInputStream(new byte[0])).read(file.toString(), results::add);
        return results;
    }

    private static List<Article> articles(List<ReadResult> results) {
        return results.stream().filter(r -> r instanceof ReadResult.Ok).map(r -> ((ReadResult.Ok) r).article()).toList();
    }

    private static List<ReadResult.Failed> failures(List<ReadResult> results) {
        return results.stream().filter(r -> r instanceof ReadResult.Failed).map(r -> (ReadResult.Failed) r).toList();
    }

    private Path twoPages(String name, boolean gzip) throws Exception {
        Path f = tmp.resolve(name);
        try (TestPages.Warc w = new TestPages.Warc(f, gzip)) {
            w.request("https://news.example/talks")
                    .html("https://news.example/talks", "2022-03-03T10:00:00Z",
                            TestPages.page("Talks resume", "arms control", "2022-03-02T08:15:00+01:00"))
                    .response("https://news.example/logo.png", "2022-03-03T10:00:01Z", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0})
                    .response("https://news.example/moved", "2022-03-03T10:00:02Z", 301, "text/html", "<html><body>Moved</body></html>".getBytes(StandardCharsets.UTF_8))
                    .html("https://news.example/trade", "2022-03-04T11:30:00Z", TestPages.page("Trade talks", "tariffs", null));
        }
        return f;
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void responseRecordsWithHtmlBecomeArticlesWithTheirTargetUriAndDate(boolean gzip) throws Exception {
        Path f = twoPages(gzip ? "crawl.warc.gz" : "crawl.warc", gzip);
        List<ReadResult> results = read(f);
        assertEquals(List.of(), failures(results));
        List<Article> articles = articles(results);
        assertEquals(2, articles.size(), results.toString());
        assertEquals("https://news.example/talks", articles.get(0).url());
        assertEquals("Talks resume", articles.get(0).headline());
        assertEquals("2022-03-02T08:15:00+01:00", articles.get(0).published(), "the page's own date wins");
        assertEquals("2022-03-04T11:30:00Z", articles.get(1).published(), "WARC-Date when the page has none");
        assertEquals(f.toString(), articles.get(1).sourcePath());
        assertTrue(articles.get(1).identifier().startsWith("urn:uuid:"), articles.get(1).identifier());
        assertTrue(results.get(0).item().startsWith(f + "#urn:uuid:"), results.get(0).item());
        assertTrue(articles.get(1).body().contains("Diplomats met in Geneva"), articles.get(1).body());
    }

    @Test
    void targetUriWinsOverTheCanonicalUrl() throws Exception {
        Path f = tmp.resolve("c.warc");
        String html = TestPages.page("Talks resume", "arms control", null)
                .replace("</head>", "<link rel=\"canonical\" href=\"https://news.example/canonical\"></head>");
        try (TestPages.Warc w = new TestPages.Warc(f, false)) {
            w.html("https://news.example/talks?utm=feed", "2022-03-03T10:00:00Z", html);
        }
        assertEquals("https://news.example/talks?utm=feed", articles(read(f)).get(0).url());
    }

    @Test
    void httpCharsetDecodesThePage() throws Exception {
        Path f = tmp.resolve("latin.warc.gz");
        byte[] latin1 = TestPages.page("Réunion à Genève", "le désarmement", null).getBytes(StandardCharsets.ISO_8859_1);
        try (TestPages.Warc w = new TestPages.Warc(f, true)) {
            w.response("https://news.example/fr", "2022-03-03T10:00:00Z", "text/html; charset=ISO-8859-1", latin1);
        }
        Article a = articles(read(f)).get(0);
        assertEquals("Réunion à Genève", a.headline());
        assertTrue(a.body().contains("le désarmement"), a.body());
    }

    @Test
    void htmlWithoutContentTypeIsSniffedAndBinaryWithoutOneSkipped() throws Exception {
        Path f = tmp.resolve("untyped.warc");
        try (TestPages.Warc w = new TestPages.Warc(f, false)) {
            w.response("https://news.example/a", "2022-03-03T10:00:00Z", null,
                    TestPages.page("Untyped page", "fishing rights", null).getBytes(StandardCharsets.UTF_8));
            w.response("https://news.example/b", "2022-03-03T10:00:00Z", null, new byte[] {0x25, 0x50, 0x44, 0x46, 0, 1, 2});
        }
        List<ReadResult> results = read(f);
        assertEquals(1, results.size(), results.toString());
        assertEquals("Untyped page", articles(results).get(0).headline());
    }

    @Test
    void aFileWithoutHtmlRecordsIsOneFailure() throws Exception {
        Path f = tmp.resolve("images.warc.gz");
        try (TestPages.Warc w = new TestPages.Warc(f, true)) {
            w.response("https://news.example/logo.png", "2022-03-03T10:00:01Z", "image/png", new byte[] {1, 2, 3});
        }
        List<ReadResult> results = read(f);
        assertEquals(1, results.size());
        assertEquals("no HTML response records among its 1 records", ((ReadResult.Failed) results.get(0)).reason());
    }

    @Test
    void aPageWithoutArticleTextIsNamedByItsRecord() throws Exception {
        Path f = tmp.resolve("empty-page.warc");
        try (TestPages.Warc w = new TestPages.Warc(f, false)) {
            w.html("https://news.example/index", "2022-03-03T10:00:00Z", "<html><body><nav><a href=/>Home</a></nav></body></html>");
        }
        ReadResult.Failed failed = failures(read(f)).get(0);
        assertTrue(failed.item().startsWith(f + "#urn:uuid:"), failed.item());
        assertEquals("no article text found in the page (https://news.example/index)", failed.reason());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aFileCutOffMidRecordGivesTheEarlierRecordsAndOneFailure(boolean gzip) throws Exception {
        Path whole = twoPages("whole.warc" + (gzip ? ".gz" : ""), gzip);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = tmp.resolve("cut.warc" + (gzip ? ".gz" : ""));
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 200));
        List<ReadResult> results = read(cut);
        assertEquals(1, articles(results).size(), results.toString());
        assertEquals("https://news.example/talks", articles(results).get(0).url());
        List<ReadResult.Failed> failed = failures(results);
        assertEquals(1, failed.size(), results.toString());
        assertTrue(failed.get(0).reason().startsWith("the file is cut off"), failed.get(0).toString());
        assertTrue(failed.get(0).item().startsWith(cut.toString()), failed.get(0).toString());
    }

    @Test
    void aFileThatIsNotWarcIsOneFailure() throws Exception {
        Path f = tmp.resolve("fake.warc");
        Files.writeString(f, "<html><body>not a WARC</body></html>");
        List<ReadResult> results = read(f);
        assertEquals(1, results.size());
        assertInstanceOf(ReadResult.Failed.class, results.get(0));
        assertTrue(((ReadResult.Failed) results.get(0)).reason().startsWith("not a WARC file"), results.toString());
    }

    @Test
    void aPagePastThePayloadLimitFailsAndTheNextRecordIsRead() throws Exception {
        Path f = tmp.resolve("big.warc.gz");
        StringBuilder big = new StringBuilder(TestPages.page("Huge", "size", null));
        big.append("<!--").append("x".repeat(WarcInput.MAX_PAYLOAD_BYTES)).append("-->");
        try (TestPages.Warc w = new TestPages.Warc(f, true)) {
            w.html("https://news.example/huge", "2022-03-03T10:00:00Z", big.toString());
            w.html("https://news.example/small", "2022-03-03T10:00:00Z", TestPages.page("Small", "fish", null));
        }
        List<ReadResult> results = read(f);
        assertEquals("page larger than 10 MB (https://news.example/huge)", failures(results).get(0).reason());
        assertEquals("Small", articles(results).get(0).headline());
    }
}
