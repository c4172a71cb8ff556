package org.newsgraph.ingest.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.newsgraph.ingest.Dates;

/**
 * Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds. Lenient: Jsoup's XML parser takes feeds that are not
 * well-formed, and no external entity or DTD is ever loaded. Stateless and thread-safe.
 */
public final class Feeds {

    private static final Pattern FEED_ROOT = Pattern.compile(
            "<(rss[\\s>]|feed[\\s>][^>]*?|rdf:RDF[\\s>][^>]*?)", Pattern.CASE_INSENSITIVE);

    private Feeds() {
    }

    /**
     * Whether the start of a document is a feed's: an {@code <rss>}, Atom {@code <feed>} or RSS 1.0
     * {@code <rdf:RDF>} element near the top, after any XML declaration, comments and processing instructions.
     *
     * @param head the first kilobytes of the document, decoded as Latin-1 or better
     */
    public static boolean looksLikeFeed(String head) {
        Matcher m = FEED_ROOT.matcher(head);
        if (!m.find()) {
            return false;
        }
        String before = head.substring(0, m.start()).replaceAll("(?s)<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^>]*>", "");
        return before.strip().replace("\uFEFF", "").replace("\u00EF\u00BB\u00BF", "").isEmpty();
    }

    /**
     * The items of a feed, in document order.
     *
     * @param bytes the feed; its encoding from a byte-order mark or the XML declaration, else UTF-8
     * @param baseUrl the feed's URL, for resolving relative links, or null
     * @throws IllegalArgumentException when the document is not an RSS or Atom feed
     */
    public static List<FeedItem> parse(byte[] bytes, String baseUrl) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, baseUrl == null ? "" : baseUrl, Parser.xmlParser());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<FeedItem> items = new ArrayList<>();
        if (doc.selectFirst("feed") != null) {
            for (Element e : doc.select("feed > entry")) {
                items.add(new FeedItem(atomLink(e), text(e, "title"), date(e, "published", "updated", "issued", "modified"),
                        text(e, "summary", "content")));
            }
        } else if (doc.selectFirst("rss, rdf|RDF") != null) {
            for (Element e : doc.select("item")) {
                items.add(new FeedItem(rssLink(e), text(e, "title"), date(e, "pubDate", "dc|date", "published", "updated"),
                        text(e, "description")));
            }
        } else {
            throw new IllegalArgumentException("not an RSS or Atom feed");
        }
        return items;
    }

    private static String atomLink(Element entry) {
        Element link = entry.selectFirst("> link[rel=alternate][href], > link:not([rel])[href]");
        return link == null ? null : absolute(link, "href");
    }

    private static String rssLink(Element item) {
        Element link = item.selectFirst("> link");
        if (link != null && !link.text().isBlank()) {
            return resolve(link, link.text().strip());
        }
        if (link != null && link.hasAttr("href")) {
            return absolute(link, "href");
        }
        Element guid = item.selectFirst("> guid");
        if (guid != null && !guid.attr("isPermaLink").equalsIgnoreCase("false")
                && guid.text().strip().matches("(?i)https?://\\S+")) {
            return guid.text().strip();
        }
        String about = item.attr("rdf:about");
        return about.matches("(?i)https?://\\S+") ? about : null;
    }

    private static String absolute(Element e, String attr) {
        String abs = e.absUrl(attr);
        return abs.isEmpty() ? e.attr(attr).strip() : abs;
    }

    private static String resolve(Element context, String href) {
        if (context.baseUri().isEmpty()) {
            return href;
        }
        Element a = new Element("a").attr("href", href);
        a.setBaseUri(context.baseUri());
        String abs = a.absUrl("href");
        return abs.isEmpty() ? href : abs;
    }

    /** The first named child's text as plain text (feeds often carry escaped HTML in titles and summaries). */
    private static String text(Element parent, String... names) {
        for (String name : names) {
            Element e = parent.selectFirst("> " + name);
            if (e != null && !e.text().isBlank()) {
                String t = e.text().strip();
                return t.indexOf('<') >= 0 ? Jsoup.parse(t).text().strip() : t;
            }
        }
        return null;
    }

    private static String date(Element parent, String... names) {
        for (String name : names) {
            Element e = parent.selectFirst("> " + name);
            String d = e == null ? null : Dates.normalise(e.text());
            if (d != null) {
                return d;
            }
        }
        return null;
    }
}
