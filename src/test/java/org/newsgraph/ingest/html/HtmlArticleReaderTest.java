package org.newsgraph.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.Article;

class HtmlArticleReaderTest {

    private static final String P1 = "The city council voted on Tuesday to approve a new budget for the coming year, "
            + "ending months of debate over spending on schools and roads.";
    private static final String P2 = "Supporters said the plan would repair ageing bridges, while critics warned that "
            + "it relied on optimistic forecasts of tax revenue.";
    private static final String P3 = "The mayor is expected to sign the measure later this week, according to a "
            + "statement released by her office on Tuesday evening.";

    private final HtmlArticleReader reader = new HtmlArticleReader();

    private static String page(String head, String article) {
        return "<!doctype html><html lang=\"en-GB\"><head><title>Council approves budget | Example News</title>"
                + head + "</head><body>"
                + "<header class=\"site-header\"><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World"
                + "</a></li><li><a href=\"/business\">Business</a></li><li><a href=\"/sport\">Sport</a></li></ul></nav>"
                + "</header><main><article><h1>Council approves budget</h1>"
                + "<div class=\"byline\">By Jane Doe and John Roe</div>"
                + "<div class=\"share-bar\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Share on Twitter</a></div>"
                + "<div class=\"article-body\">" + article + "</div>"
                + "<div class=\"related-stories\"><h3>Related</h3><ul>"
                + "<li><a href=\"/a\">Mayor unveils plan to repair the city's oldest bridges</a></li>"
                + "<li><a href=\"/b\">Tax revenue forecast raised for a second year in a row</a></li></ul></div>"
                + "</article></main><aside><p>Most read: a long sidebar teaser that is not part of the story at all, "
                + "written like a sentence to tempt a naive extractor.</p></aside>"
                + "<footer><p>Copyright 2024 Example News. All rights reserved. Terms of use and privacy policy apply "
                + "to every page of this site.</p></footer></body></html>";
    }

    private static String paragraphs(String... ps) {
        StringBuilder sb = new StringBuilder();
        for (String p : ps) {
            sb.append("<p>").append(p).append("</p>");
        }
        return sb.toString();
    }

    private HtmlPage read(String html) {
        return reader.read(html.getBytes(StandardCharsets.UTF_8), null, "https://example.com/news/budget");
    }

    @Test
    void bodyKeepsArticleParagraphsSeparatedByBlankLines() {
        HtmlPage page = read(page("", paragraphs(P1, P2, P3)));
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, page.body());
    }

    @Test
    void navigationShareBarRelatedLinksAsideAndFooterAreDropped() {
        String body = read(page("", paragraphs(P1, P2, P3))).body();
        for (String junk : List.of("Home", "Share on", "Related", "Mayor unveils", "Most read", "Copyright",
                "By Jane Doe")) {
            assertFalse(body.contains(junk), () -> junk + " leaked into: " + body);
        }
    }

    @Test
    void headingsAndListItemsAreParagraphsOfTheirOwn() {
        String article = paragraphs(P1) + "<h2>What happens next</h2><ul><li>A public hearing in May.</li>"
                + "<li>A final vote in June.</li></ul>" + paragraphs(P2, P3);
        String body = read(page("", article)).body();
        assertTrue(body.contains(P1 + "\n\nWhat happens next\n\nA public hearing in May.\n\nA final vote in June.\n\n"
                + P2), body);
    }

    @Test
    void captionsAndChromeLinesInsideTheArticleAreDropped() {
        String article = paragraphs(P1) + "<figure><img src=x.jpg><figcaption>The council chamber on Tuesday."
                + "</figcaption></figure><p>Advertisement</p>" + paragraphs(P2, P3);
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, read(page("", article)).body());
    }

    @Test
    void completeJsonLdArticleBodyIsPreferred() {
        String ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"Council approves budget\",\"articleBody\":\"" + P1 + "\\n" + P2 + "\\n" + P3
                + " A closing sentence only the feed has.\"}</script>";
        HtmlPage page = read(page(ld, paragraphs(P1, P2, P3)));
        assertTrue(page.bodyFromJsonLd());
        assertTrue(page.body().endsWith("A closing sentence only the feed has."), page.body());
    }

    @Test
    void truncatedJsonLdArticleBodyLosesToTheDom() {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"The city "
                + "council voted on Tuesday...\"}</script>";
        HtmlPage page = read(page(ld, paragraphs(P1, P2, P3)));
        assertFalse(page.bodyFromJsonLd());
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, page.body());
    }

    @Test
    void jsonLdInsideGraphGivesMetadata() {
        String ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"name\":\"Example\"},{\"@type\":[\"NewsArticle\"],\"headline\":\"Budget passes\","
                + "\"datePublished\":\"2024-03-05T09:30:00+01:00\",\"dateModified\":\"2024-03-05T11:00:00Z\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"@type\":\"Person\",\"name\":\"John Roe\"}],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Example News\"},\"articleSection\":\"Politics\"}]}"
                + "</script>";
        HtmlPage page = read(page(ld, paragraphs(P1, P2, P3)));
        assertEquals("Budget passes", page.headline());
        assertEquals("2024-03-05T09:30:00+01:00", page.published());
        assertEquals("2024-03-05T11:00:00Z", page.modified());
        assertEquals(List.of("Jane Doe", "John Roe"), page.authors());
        assertEquals("Example News", page.publisher());
        assertEquals("Politics", page.section());
    }

    @Test
    void webPageObjectFillsWhatTheArticleObjectLacks() {
        String ld = "<script type=\"application/ld+json\">[{\"@type\":\"WebPage\",\"datePublished\":\"2024-03-05\"},"
                + "{\"@type\":\"BlogPosting\",\"headline\":\"Budget passes\",\"datePublished\":\"\"}]</script>";
        HtmlPage page = read(page(ld, paragraphs(P1, P2, P3)));
        assertEquals("Budget passes", page.headline());
        assertEquals("2024-03-05", page.published());
    }

    @Test
    void itempropListingSeveralPropertiesCounts() {
        String head = "<meta itemprop=\"datePublished dateCreated\" content=\"2024-03-05T09:30:00.000Z\">";
        assertEquals("2024-03-05T09:30:00Z", read(page(head, paragraphs(P1, P2, P3))).published());
    }

    @Test
    void declaredAuthorsLoseTheirByAndJobTitle() {
        String head = "<meta name=\"author\" content=\"By TOM KRISHER, AP Auto Writer\">";
        assertEquals(List.of("TOM KRISHER"), read(page(head, paragraphs(P1, P2, P3))).authors());
    }

    @Test
    void siteNameIsCutFromTheHeadlineButOtherSuffixesStay() {
        assertEquals("Man pleads guilty", HtmlArticleReader.withoutSiteName("Man pleads guilty | TheHill", "The Hill",
                "https://thehill.com/a"));
        assertEquals("Bike review", HtmlArticleReader.withoutSiteName("Bike review - MoreBikes", null,
                "https://www.morebikes.co.uk/7908/"));
        assertEquals("Plague in China – ‘The plague is coming’", HtmlArticleReader.withoutSiteName(
                "Plague in China – ‘The plague is coming’", "Express.co.uk", "https://www.express.co.uk/news"));
    }

    @Test
    void metaTagsGiveMetadataWithoutJsonLd() {
        String head = "<meta property=\"og:title\" content=\"Council approves budget\">"
                + "<meta property=\"og:description\" content=\"A year of spending settled.\">"
                + "<meta property=\"og:site_name\" content=\"Example News\">"
                + "<meta property=\"article:published_time\" content=\"2024-03-05\">"
                + "<meta property=\"article:section\" content=\"Local\">"
                + "<link rel=\"canonical\" href=\"/news/budget-approved\">";
        HtmlPage page = read(page(head, paragraphs(P1, P2, P3)));
        assertEquals("Council approves budget", page.headline());
        assertEquals("A year of spending settled.", page.description());
        assertEquals("Example News", page.publisher());
        assertEquals("2024-03-05", page.published());
        assertEquals("Local", page.section());
        assertEquals("https://example.com/news/budget-approved", page.canonicalUrl());
        assertEquals("en-GB", page.language());
        assertEquals(List.of("Jane Doe", "John Roe"), page.authors());
    }

    @Test
    void datelineIsFoundWithItsOffsetAndStaysInTheBody() {
        String first = "BRUSSELS (AP) — " + P1;
        HtmlPage page = read(page("", paragraphs(first, P2, P3)));
        assertEquals("BRUSSELS", page.dateline());
        assertEquals(0, page.datelineBegin());
        assertTrue(page.body().startsWith("BRUSSELS (AP) — "));
    }

    @Test
    void datelineInAnElementOfItsOwnIsMetadataNotBody() {
        String article = "<span class=\"article-dateline\">GENEVA —</span>" + paragraphs(P1, P2, P3);
        HtmlPage page = read(page("", article));
        assertEquals("GENEVA", page.dateline());
        assertEquals(-1, page.datelineBegin());
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, page.body());
    }

    @Test
    void charsetDeclaredInMetaIsHonoured() {
        String html = page("<meta charset=\"windows-1251\">", paragraphs("Москва: " + P1, P2, P3));
        HtmlPage page = reader.read(html.getBytes(Charset.forName("windows-1251")), null, null);
        assertTrue(page.body().startsWith("Москва: "), page.body());
    }

    @Test
    void undeclaredWindows1252BytesAreDecoded() {
        String html = page("", paragraphs("Café owners “welcomed” the decision – " + P1, P2, P3));
        HtmlPage page = reader.read(html.getBytes(Charset.forName("windows-1252")), null, null);
        assertTrue(page.body().startsWith("Café owners “welcomed” the decision – "), page.body());
    }

    @Test
    void httpCharsetHintWinsOverTheMetaTag() {
        String html = page("<meta charset=\"utf-8\">", paragraphs("Zürich: " + P1, P2, P3));
        HtmlPage page = reader.read(html.getBytes(StandardCharsets.ISO_8859_1), "ISO-8859-1", null);
        assertTrue(page.body().startsWith("Zürich: "), page.body());
    }

    @Test
    void malformedUtf8IsReplacedNotThrown() {
        byte[] bytes = page("<meta charset=\"utf-8\">", paragraphs(P1, P2, P3)).getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, broken, 0, bytes.length);
        broken[bytes.length] = (byte) 0xC3;
        broken[bytes.length + 1] = (byte) 0x28;
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, reader.read(broken, null, null).body());
    }

    @Test
    void binaryContentIsRejectedWithAMessage() {
        byte[] png = new byte[4096];
        png[0] = (byte) 0x89;
        png[1] = 'P';
        png[2] = 'N';
        png[3] = 'G';
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> reader.read(png, null, null));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void truncatedHtmlStillGivesTheText() {
        String html = page("", paragraphs(P1, P2, P3));
        String cut = html.substring(0, html.indexOf(P3) + 40);
        HtmlPage page = read(cut);
        assertTrue(page.body().startsWith(P1 + "\n\n" + P2), page.body());
    }

    @Test
    void pageWithoutArticleGivesEmptyBody() {
        HtmlPage page = read("<html><body><nav><a href=/>Home</a></nav></body></html>");
        assertEquals("", page.body());
        assertNull(page.dateline());
    }

    @Test
    void hugePageIsCappedNotParsedWhole() {
        StringBuilder sb = new StringBuilder(page("", paragraphs(P1, P2, P3)));
        sb.insert(sb.indexOf("</body>"), "<script>" + "x".repeat(50 * 1024 * 1024) + "</script>");
        long start = System.nanoTime();
        HtmlPage page = read(sb.toString());
        assertTrue(System.nanoTime() - start < 10_000_000_000L);
        assertTrue(page.body().startsWith(P1), page.body());
    }

    @Test
    void deeplyNestedPageDoesNotOverflow() {
        String deep = "<div>".repeat(5000) + paragraphs(P1, P2, P3) + "</div>".repeat(5000);
        assertTrue(read(page("", deep)).body().contains(P2));
    }

    @Test
    void brokenJsonLdIsIgnored() {
        String ld = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script>";
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, read(page(ld, paragraphs(P1, P2, P3))).body());
    }

    @Test
    void oneReaderServesManyThreads() {
        String html = page("", paragraphs(P1, P2, P3));
        String expected = read(html).body();
        List<String> bodies = java.util.stream.IntStream.range(0, 64).parallel()
                .mapToObj(i -> read(html).body()).toList();
        assertTrue(bodies.stream().allMatch(expected::equals));
    }

    @Test
    void toArticleCarriesTheFields() {
        String head = "<meta property=\"og:title\" content=\"Council approves budget\">"
                + "<meta property=\"article:published_time\" content=\"2024-03-05T09:30:00-05:00\">";
        HtmlPage page = read(page(head, paragraphs("KYIV, March 3 (Reuters) - " + P1, P2, P3)));
        Article a = HtmlArticleReader.toArticle(page, "pages/budget.html");
        assertEquals("pages/budget.html", a.sourcePath());
        assertEquals("Council approves budget", a.headline());
        assertEquals("2024-03-05T09:30:00-05:00", a.published());
        assertEquals("2024-03-05", a.publishedDate());
        assertEquals("KYIV", page.dateline());
        assertEquals("Kyiv", a.dateline(), "the article carries the place in normal case, as plain text does");
        assertEquals(0, a.datelineBegin());
        assertEquals(page.body(), a.body());
        assertEquals("https://example.com/news/budget", a.url());
    }
}
