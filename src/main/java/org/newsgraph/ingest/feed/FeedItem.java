package org.newsgraph.ingest.feed;

/**
 * One item of an RSS or Atom feed.
 *
 * @param link the item's page, absolute when the feed's URL was known, or null when the item has none
 * @param title the item's title as plain text, or null
 * @param published ISO-8601 date-time with offset, or date, or null
 * @param description the item's summary as plain text, or null
 */
public record FeedItem(String link, String title, String published, String description) {
}
