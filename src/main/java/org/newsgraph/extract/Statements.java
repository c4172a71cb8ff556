package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.extract.quote.Attribution;
import org.newsgraph.extract.quote.AttributionFinder;
import org.newsgraph.ingest.Article;

/**
 * Who said what: direct quotes and reported speech with their speakers, cues and media. Attributions in
 * boilerplate are dropped, and so are those the finder itself doubts (below {@link #MIN_CONFIDENCE}: beliefs
 * and findings that read like speech only loosely).
 */
public final class Statements implements Extractor {

    static final double MIN_CONFIDENCE = 0.5;
    private final AttributionFinder finder = new AttributionFinder();

    @Override
    public void extract(Article article, TextAnalysis analysis, Extraction.Builder out) {
        for (Attribution a : finder.find(analysis)) {
            if (a.confidence() >= MIN_CONFIDENCE && out.inNews(a.content().begin(), a.content().end())) {
                out.addFinding(a);
                namedMedium(analysis.text(), a, out);
            }
        }
    }

    /**
     * A medium with a proper name ("Polish Radio") is an organisation in its own right: its name becomes an
     * organisation mention, replacing shorter mentions inside it (the nationality "Polish").
     */
    private static void namedMedium(String text, Attribution a, Extraction.Builder out) {
        if (a.medium() == null || a.medium().span() == null || !Character.isUpperCase(a.medium().label().charAt(0))) {
            return;
        }
        int b = text.indexOf(a.medium().label(), a.medium().span().begin());
        if (b < 0 || b >= a.medium().span().end()) {
            return;
        }
        int e = b + a.medium().label().length();
        List<Mention> inside = out.mentions().stream().filter(m -> m.overlaps(b, e)).toList();
        if (inside.stream().anyMatch(m -> m.begin() < b || m.end() > e || m.begin() == b && m.end() == e)) {
            return;
        }
        inside.forEach(out::removeMention);
        out.addMention(new Mention(b, e, text.substring(b, e), MentionType.ORGANISATION, null, "medium", 0.8));
    }
}
