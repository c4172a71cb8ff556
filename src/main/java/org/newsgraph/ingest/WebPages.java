package org.newsgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.newsgraph.ingest.html.HtmlArticleReader;
import org.newsgraph.ingest.html.HtmlPage;

/** Web pages, from files, WARC records, fetches and feed items, made into articles. Stateless, thread-safe. */
final class WebPages {

    private static final HtmlArticleReader HTML = new HtmlArticleReader();

    private WebPages() {
    }

    /**
     * What the container of a page knows about it; each field may be null.
     *
     * @param url where the page came from (a WARC record's target URI, the fetched URL), also the base URL
     * @param urlWins whether {@code url} becomes the article's URL even when the page declares a canonical
     *     one (WARC records: the capture is of that URI); otherwise the canonical URL wins
     * @param identifier the container's id for the page (a WARC record id)
     * @param sourcePath the file the page was read from
     * @param headline used when the page has no headline (a feed item's title)
     * @param published used when the page has no publication date (a feed item's date, a WARC record's date)
     * @param description used when the page has no description (a feed item's summary)
     */
    record Origin(String url, boolean urlWins, String identifier, String sourcePath, String headline,
            String published, String description) {

        static Origin file(String sourcePath) {
            return new Origin(null, false, null, sourcePath, null, null, null);
        }
    }

    /** Reads the page's main text and metadata. */
    static HtmlPage page(byte[] bytes, String charset, String baseUrl) throws InputException {
        if (bytes.length == 0) {
            throw new InputException("empty page");
        }
        try {
            return HTML.read(bytes, charset, baseUrl);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
    }

    /**
     * The article of a page.
     *
     * @throws InputException for empty or binary input, or a page in which no article text was found
     */
    static Article article(byte[] bytes, String charset, Origin o) throws InputException {
        HtmlPage page = page(bytes, charset, o.url());
        if (page.body().isBlank()) {
            throw new InputException("no article text found in the page");
        }
        Article a = HtmlArticleReader.toArticle(page, o.sourcePath());
        String url = o.urlWins() && o.url() != null ? o.url() : a.url() != null ? a.url() : o.url();
        return new Article(o.identifier(), a.sourcePath(), url,
                a.headline().isBlank() && o.headline() != null ? o.headline() : a.headline(),
                a.standfirst() != null ? a.standfirst() : o.description(),
                a.authors(), a.publisher(), a.section(),
                a.published() != null ? a.published() : o.published(),
                a.modified(), a.language(), a.dateline(), a.datelineBegin(), a.textBegin(), a.body());
    }

    /** Whether a media type ({@code text/html}, lower case, no parameters) is one of HTML's. */
    static boolean isHtmlType(String mediaType) {
        return "text/html".equals(mediaType) || "application/xhtml+xml".equals(mediaType);
    }

    /** The start of a document as Latin-1, enough to tell HTML, feeds and JSON from text. */
    static String head(byte[] bytes) {
        return new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
    }

    /** Whether the start of a document is HTML markup (for content without a declared type). */
    static boolean looksLikeHtml(String head) {
        String h = head.replace("\uFEFF", "").replace("\u00EF\u00BB\u00BF", "").stripLeading();
        String lower = h.substring(0, Math.min(h.length(), 1024)).toLowerCase(Locale.ROOT);
        return lower.startsWith("<") && (lower.contains("<html") || lower.contains("<head")
                || lower.contains("<body") || lower.contains("<!doctype html"));
    }
}
