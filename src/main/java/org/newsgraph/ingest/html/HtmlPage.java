package org.newsgraph.ingest.html;

import java.util.List;
import java.util.Objects;

/**
 * What {@link HtmlArticleReader} found in one HTML page. Immutable.
 *
 * @param body article text: paragraphs (headings and list items among them) separated by a blank line
 *     ({@code "\n\n"}); empty when no article text was found, never null
 * @param headline the title, or null
 * @param description the standfirst or summary the page declares, or null
 * @param authors author names, possibly empty
 * @param publisher the site or publisher name, or null
 * @param published ISO-8601 date-time with the page's offset when it gives one ({@code 2019-11-18T14:05:00-05:00}),
 *     a date ({@code 2019-11-18}) when the page gives only a date, or null
 * @param modified last update in the same form, or null
 * @param language BCP-47 tag, or null
 * @param canonicalUrl canonical URL (resolved against the base URL), or null
 * @param section site section, or null
 * @param dateline the place of the dateline opening the body as written ("BRUSSELS"), or null
 * @param datelineBegin UTF-16 char offset of {@code dateline} in {@code body}, or -1
 * @param bodyFromJsonLd whether the body came from the page's JSON-LD {@code articleBody} rather than its DOM
 */
public record HtmlPage(String body, String headline, String description, List<String> authors, String publisher,
        String published, String modified, String language, String canonicalUrl, String section, String dateline,
        int datelineBegin, boolean bodyFromJsonLd) {

    public HtmlPage {
        Objects.requireNonNull(body, "body");
        authors = List.copyOf(authors);
    }
}
