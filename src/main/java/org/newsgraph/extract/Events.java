package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.event.EventFinder;
import org.newsgraph.extract.event.EventMention;
import org.newsgraph.extract.event.Modality;
import org.newsgraph.extract.event.Sport;
import org.newsgraph.extract.nlp.CoreNlpDependencyParser;
import org.newsgraph.extract.quote.Attribution;
import org.newsgraph.extract.time.QuantityMention;
import org.newsgraph.extract.time.TimeMention;
import org.newsgraph.ingest.Article;

/**
 * Events in PLOVER terms (and newsgraph's own few types), from the sentences of the news text, with the
 * actors, times, quantities and statements the earlier extractors found; it must run after them. Group
 * mentions ("protesters", "police") that events use are added as mentions; an event whose group mention
 * cannot be added loses that participant. Sport stories give no events (see {@link Sport#story}).
 */
public final class Events implements Extractor {

    private final EventFinder finder = new EventFinder(CoreNlpDependencyParser.shared());

    @Override
    public void extract(Article article, TextAnalysis analysis, Extraction.Builder out) {
        if (Sport.story(analysis, out::inNews)) {
            return;
        }
        EventFinder.Result r = finder.find(analysis, out.mentions(), out.findings(TimeMention.class),
                out.findings(QuantityMention.class), out.findings(Attribution.class), out::inNews);
        List<Mention> refused = new ArrayList<>();
        for (Mention g : r.groups()) {
            if (!out.addMention(g)) {
                refused.add(g);
            }
        }
        for (EventMention e : r.events()) {
            EventMention kept = refused.isEmpty() ? e : without(e, refused);
            out.addFinding(scheduled(kept, article, analysis) ? withModality(kept, Modality.HYPOTHETICAL) : kept);
        }
    }

    /**
     * "EU foreign ministers meet in Brussels on December 11", "Mugabe opens the conference on Friday": a verb in the
     * present tense dated after the article's day tells what is scheduled, not what happened.
     */
    static boolean scheduled(EventMention e, Article article, TextAnalysis analysis) {
        if (e.modality() != Modality.ASSERTED || e.time() == null || article.published() == null
                || !DAY.matcher(e.time().value()).lookingAt() || article.published().length() < 10
                || e.time().value().substring(0, 10).compareTo(article.published().substring(0, 10)) <= 0) {
            return false;
        }
        boolean present = false;
        for (Token k : analysis.tokens()) {
            if (k.begin() >= e.trigger().begin() && k.end() <= e.trigger().end()) {
                if (k.pos().equals("VBD") || k.pos().equals("VBN")) {
                    return false;
                }
                present |= k.pos().equals("VBZ") || k.pos().equals("VBP");
            }
        }
        return present;
    }

    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static EventMention withModality(EventMention e, Modality m) {
        return new EventMention(e.trigger(), e.category(), e.mode(), e.actor(), e.actors(), e.recipient(), e.time(),
                e.place(), e.quantities(), e.statement(), m, e.confidence() * 0.5);
    }

    private static EventMention without(EventMention e, List<Mention> refused) {
        List<Mention> actors = e.actors().stream().filter(m -> !refused.contains(m)).toList();
        Mention recipient = refused.contains(e.recipient()) ? null : e.recipient();
        return new EventMention(e.trigger(), e.category(), e.mode(), actors.isEmpty() ? null : actors.get(0), actors,
                recipient, e.time(), e.place(), e.quantities(), e.statement(), e.modality(), e.confidence());
    }
}
