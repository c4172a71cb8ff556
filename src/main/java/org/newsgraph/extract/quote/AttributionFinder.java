package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.TextAnalysis;

/**
 * Finds statements (who said what) in an analysed news text with rules over tokens, POS and coarse NER: no
 * parser and no coreference model.
 *
 * <p>Direct quotes are found first ({@link DirectQuotes}): quote marks of every common style, quotes over
 * several paragraphs, and the speech frame next to them. Then reported speech around the remaining cues
 * ({@link ReportedSpeech}); quotes inside reported content become its quoted parts, and quotes that are
 * neither (scare quotes, titles) yield nothing. Last, speakers are resolved in reading order
 * ({@link Speakers}) and the medium read from the cue's surroundings ({@link MediumFinder}). Paragraphs of
 * boilerplate (subscription notices, credits, copyright lines) are skipped.
 *
 * <p>All spans are UTF-16 char offsets into {@code TextAnalysis.text()}, end exclusive. Thread-safe: the
 * instance holds no state; every call works on its own.
 */
public final class AttributionFinder {

    /** Statements in reading order (by cue, else by content). */
    public List<Attribution> find(TextAnalysis analysis) {
        Doc d = new Doc(analysis);
        List<Draft> drafts = new ArrayList<>();
        Map<Integer, Draft> byCue = new HashMap<>();
        DirectQuotes.find(d, drafts, byCue);
        ReportedSpeech.find(d, drafts, byCue);
        for (Draft dr : drafts) {
            if (dr.anchor == 0 && dr.cueStart < 0) dr.anchor = dr.parts.get(0).begin();
        }
        drafts.sort(Comparator.comparingInt(dr -> dr.anchor));
        return resolve(d, drafts);
    }

    private static List<Attribution> resolve(Doc d, List<Draft> drafts) {
        Speakers speakers = new Speakers(d);
        List<Attribution> out = new ArrayList<>();
        Map<String, Medium> lastMedium = new HashMap<>();
        for (Draft dr : drafts) {
            List<Source> sources = new ArrayList<>();
            for (int[] src : dr.sources) {
                int[] ante = isRelative(d, src) ? dr.relativeAntecedent : speakers.resolve(src);
                sources.add(new Source(d.span(src), ante == null ? null : d.span(ante)));
            }
            Span cue = dr.cueStart < 0 ? null : d.span(dr.cueStart, dr.cueEnd);
            Medium medium = medium(d, dr);
            String speakerKey = sources.isEmpty() ? null : sources.get(0).speakerSpan().of(d.text);
            if (medium == null && speakerKey != null && isContinuing(dr.cueLemma)) {
                medium = lastMedium.get(speakerKey);
            }
            if (medium != null && speakerKey != null) lastMedium.put(speakerKey, medium);
            Span target = dr.target == null ? null : d.span(dr.target);
            List<Span> parts = dr.parts;
            out.add(new Attribution(new Span(parts.get(0).begin(), parts.get(parts.size() - 1).end()), parts,
                    dr.direct, dr.quoted, sources, cue, dr.cueLemma, medium,
                    Cues.WITH_TARGET.contains(String.valueOf(dr.cueLemma)) ? target : null,
                    Math.max(0.05, Math.min(1.0, dr.confidence))));
        }
        return out;
    }

    private static boolean isRelative(Doc d, int[] src) {
        return src[1] - src[0] == 1 && Phrases.isRelative(d.tokens.get(src[0]));
    }

    private static boolean isContinuing(String lemma) {
        return "add".equals(lemma) || "continue".equals(lemma);
    }

    /** The medium named in the cue's sentence outside the content, or implied by the cue. */
    private static Medium medium(Doc d, Draft dr) {
        if (dr.cueStart < 0) return null;
        var s = d.sentence(dr.cueStart);
        Span hull = dr.hull();
        int from = s.begin();
        int to = s.end();
        if (hull.begin() > d.tokens.get(dr.cueStart).begin()) {
            to = Math.min(to, hull.begin());
        } else if (hull.end() <= d.tokens.get(dr.cueStart).begin()) {
            from = Math.max(from, hull.end());
        }
        if (d.paragraphOf[dr.cueStart] > 0 && from < s.begin()) from = s.begin();
        return from < to ? MediumFinder.find(d.text, from, to, dr.cueLemma) : MediumFinder.find(d.text, to, to,
                dr.cueLemma);
    }
}
