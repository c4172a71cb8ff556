package org.newsgraph.extract;

import java.time.LocalDate;
import org.newsgraph.extract.time.QuantityFinder;
import org.newsgraph.extract.time.QuantityMention;
import org.newsgraph.extract.time.TimeFinder;
import org.newsgraph.extract.time.TimeMention;
import org.newsgraph.ingest.Article;

/**
 * Time expressions normalised against the publication date, and quantities, in the news text. Without a
 * publication date relative expressions cannot be resolved, so none are reported (the graph must be the
 * same whenever it is built, which rules out "today").
 */
public final class TimesAndQuantities implements Extractor {

    private final TimeFinder times = new TimeFinder();
    private final QuantityFinder quantities = new QuantityFinder();

    @Override
    public void extract(Article article, TextAnalysis analysis, Extraction.Builder out) {
        String date = article.publishedDate();
        if (date != null) {
            LocalDate reference = LocalDate.parse(date);
            for (TimeMention t : times.find(article.body(), reference, false)) {
                if (out.inNews(t.begin(), t.end())) {
                    out.addFinding(t);
                }
            }
        }
        for (QuantityMention q : quantities.find(article.body())) {
            if (out.inNews(q.begin(), q.end())) {
                out.addFinding(q);
            }
        }
    }
}
