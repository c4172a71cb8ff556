package org.newsgraph.extract;

import org.newsgraph.ingest.Article;

/**
 * The dateline's place as a mention at its position in the body, so that it becomes a place entity like any
 * other toponym even when the tagger misses a word in capitals on its own line.
 */
public final class DatelineMention implements Extractor {

    @Override
    public void extract(Article article, TextAnalysis analysis, Extraction.Builder out) {
        int b = article.datelineBegin();
        String place = article.dateline();
        if (b < 0 || place == null || b + place.length() > article.body().length()) {
            return;
        }
        String written = article.body().substring(b, b + place.length());
        if (written.equalsIgnoreCase(place)) {
            out.addMention(new Mention(b, b + place.length(), written, MentionType.CITY, null, "dateline", 0.9));
        }
    }
}
