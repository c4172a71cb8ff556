package org.newsgraph.ingest;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.newsgraph.ingest.feed.FeedItem;
import org.newsgraph.ingest.feed.Feeds;
import org.newsgraph.ingest.web.FetchException;
import org.newsgraph.ingest.web.Fetched;
import org.newsgraph.ingest.web.Fetcher;

/**
 * URLs and feeds as inputs: a URL answering with HTML is one article, one answering with a feed gives an
 * article per item, each item's page fetched in turn. Items are named by their link. Not thread-safe
 * (used by the one reading thread); the fetches are sequential.
 */
final class WebInput {

    private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
            "application/rdf+xml");

    private final Supplier<Fetcher> fetcher;

    /** @param fetcher made on first use, so inputs without URLs never start an HTTP client */
    WebInput(Supplier<Fetcher> fetcher) {
        this.fetcher = fetcher;
    }

    /** One URL given as input: a page or a feed. */
    void readUrl(String url, Consumer<ReadResult> out) {
        Fetched f;
        try {
            f = fetcher.get().fetch(url);
        } catch (FetchException e) {
            out.accept(new ReadResult.Failed(url, e.getMessage()));
            return;
        }
        if (isFeed(f)) {
            readFeed(url, f.url(), f.body(), out);
        } else {
            readPage(url, f, null, out);
        }
    }

    /**
     * A feed's items.
     *
     * @param item the feed's name for messages (its path or URL)
     * @param feedUrl the URL the feed came from, for resolving relative links, or null
     */
    void readFeed(String item, String feedUrl, byte[] bytes, Consumer<ReadResult> out) {
        List<FeedItem> items;
        try {
            items = Feeds.parse(bytes, feedUrl);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            out.accept(new ReadResult.Failed(item, e.getMessage()));
            return;
        }
        if (items.isEmpty()) {
            out.accept(new ReadResult.Failed(item, "the feed has no items"));
            return;
        }
        int n = 0;
        for (FeedItem it : items) {
            n++;
            if (it.link() == null || !Fetcher.isUrl(it.link())) {
                out.accept(new ReadResult.Failed(item + "#" + n, it.link() == null ? "feed item has no link"
                        : "feed item link is not an http(s) URL: " + it.link()));
                continue;
            }
            try {
                readPage(it.link(), fetcher.get().fetch(it.link()), it, out);
            } catch (FetchException e) {
                out.accept(new ReadResult.Failed(it.link(), e.getMessage()));
            }
        }
    }

    private static void readPage(String item, Fetched f, FeedItem feedItem, Consumer<ReadResult> out) {
        boolean html = WebPages.isHtmlType(f.mediaType())
                || (f.mediaType() == null || f.mediaType().equals("application/octet-stream"))
                        && WebPages.looksLikeHtml(WebPages.head(f.body()));
        if (!html) {
            out.accept(new ReadResult.Failed(item, "not HTML (" + (f.mediaType() == null ? "no content type"
                    : f.mediaType()) + ")"));
            return;
        }
        WebPages.Origin origin = feedItem == null
                ? new WebPages.Origin(f.url(), false, null, null, null, null, null)
                : new WebPages.Origin(f.url(), false, null, null, feedItem.title(), feedItem.published(),
                        feedItem.description());
        try {
            out.accept(new ReadResult.Ok(item, WebPages.article(f.body(), f.charset(), origin)));
        } catch (InputException e) {
            out.accept(new ReadResult.Failed(item, e.getMessage()));
        }
    }

    private static boolean isFeed(Fetched f) {
        String type = f.mediaType();
        if (type != null && FEED_TYPES.contains(type)) {
            return true;
        }
        boolean xmlish = type == null || type.endsWith("/xml") || type.endsWith("+xml") || type.equals("text/plain");
        return xmlish && !WebPages.isHtmlType(type) && Feeds.looksLikeFeed(WebPages.head(f.body()));
    }
}
