package org.newsgraph.ingest;

import java.util.List;
import java.util.Objects;

/**
 * One news article as read from its source, before any language processing.
 *
 * <p>Immutable. {@code body} is the text every offset in the pipeline refers to: offsets are
 * UTF-16 char indices into it until the rdf stage converts them to code points.
 *
 * @param identifier the input's own id (JSON {@code id}), or null
 * @param sourcePath the file path as given or found in a directory, or null (stdin, URL)
 * @param url canonical URL when known, or null
 * @param headline the title, never null (may be empty only if the source has none)
 * @param standfirst description / standfirst, or null
 * @param authors author names, possibly empty
 * @param publisher publisher name, or null
 * @param section section name, or null
 * @param published ISO-8601 date ({@code 2021-11-09}) or date-time with offset, or null
 * @param modified ISO-8601 date or date-time of the last update, or null
 * @param language BCP-47 language tag, or null
 * @param dateline the dateline text as written ("BRUSSELS"), or null
 * @param datelineBegin char offset of the dateline in the body, or -1 when it is not in the body
 * @param textBegin char offset in the body where the news text proper begins, after any headline,
 *     standfirst and byline lines that a plain-text copy of a page carries (0 when the body is only text)
 * @param body the article's body text
 */
public record Article(
        String identifier,
        String sourcePath,
        String url,
        String headline,
        String standfirst,
        List<String> authors,
        String publisher,
        String section,
        String published,
        String modified,
        String language,
        String dateline,
        int datelineBegin,
        int textBegin,
        String body) {

    public Article {
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(body, "body");
        authors = List.copyOf(authors);
    }

    /** A copy with the given fields replaced where the replacement is not null (command-line overrides). */
    public Article withOverrides(String newPublished, String newUrl, String newHeadline) {
        return new Article(identifier, sourcePath,
                newUrl != null ? newUrl : url,
                newHeadline != null ? newHeadline : headline,
                standfirst, authors, publisher, section,
                newPublished != null ? newPublished : published,
                modified, language, dateline, datelineBegin, textBegin, body);
    }

    /** The publication date part ({@code yyyy-MM-dd}) of {@link #published}, or null. */
    public String publishedDate() {
        return published == null || published.length() < 10 ? null : published.substring(0, 10);
    }
}
