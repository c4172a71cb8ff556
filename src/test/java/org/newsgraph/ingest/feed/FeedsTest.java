package org.newsgraph.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedsTest {

    private static List<FeedItem> parse(String xml, String base) {
        return Feeds.parse(xml.getBytes(StandardCharsets.UTF_8), base);
    }

    @Test
    void rssItemsGiveLinkTitleDateAndDescription() {
        List<FeedItem> items = parse("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>News</title>
                <link>https://news.example/</link>
                <item><title>Talks resume</title><link>https://news.example/talks</link>
                  <pubDate>Thu, 03 Mar 2022 08:15:00 +0100</pubDate><description>&lt;p&gt;Diplomats met.&lt;/p&gt;</description></item>
                <item><title>Trade</title><guid>https://news.example/trade</guid><pubDate>Fri, 4 Mar 2022 10:00:00 EST</pubDate></item>
                <item><title>Relative</title><link>/rel</link><dc:date>2022-03-05T09:00:00Z</dc:date></item>
                </channel></rss>
                """, "https://news.example/feed.xml");
        assertEquals(3, items.size());
        assertEquals(new FeedItem("https://news.example/talks", "Talks resume", "2022-03-03T08:15:00+01:00", "Diplomats met."),
                items.get(0));
        assertEquals("https://news.example/trade", items.get(1).link());
        assertEquals("2022-03-04T10:00:00-05:00", items.get(1).published());
        assertEquals("https://news.example/rel", items.get(2).link());
        assertEquals("2022-03-05T09:00:00Z", items.get(2).published());
    }

    @Test
    void atomEntriesUseTheAlternateLink() {
        List<FeedItem> items = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom"><title>News</title>
                <entry><title type="html">Talks &lt;em&gt;resume&lt;/em&gt;</title>
                  <link rel="self" href="https://news.example/api/1"/><link rel="alternate" href="https://news.example/talks"/>
                  <published>2022-03-03T08:15:00+01:00</published><updated>2022-03-04T00:00:00Z</updated>
                  <summary>Diplomats met.</summary></entry>
                <entry><title>No link</title><updated>2022-03-04</updated></entry>
                </feed>
                """, null);
        assertEquals(new FeedItem("https://news.example/talks", "Talks resume", "2022-03-03T08:15:00+01:00", "Diplomats met."),
                items.get(0));
        assertNull(items.get(1).link());
        assertEquals("2022-03-04", items.get(1).published());
    }

    @Test
    void otherXmlIsNotAFeed() {
        assertThrows(IllegalArgumentException.class, () -> parse("<?xml version=\"1.0\"?><svg><g/></svg>", null));
    }

    @Test
    void feedsAreRecognisedByTheirRootElement() {
        assertTrue(Feeds.looksLikeFeed("<?xml version=\"1.0\"?>\n<!-- generator --><rss version=\"2.0\">"));
        assertTrue(Feeds.looksLikeFeed("<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
        assertTrue(Feeds.looksLikeFeed("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\">"));
        assertFalse(Feeds.looksLikeFeed("<html><body><p>Our rss feed</p>"));
        assertFalse(Feeds.looksLikeFeed("Plain text about <feed> and more"));
    }
}
