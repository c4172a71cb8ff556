package org.newsgraph.extract.quote;

import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Token;

/**
 * Frames set off from their content by a comma: "According to X, ...", "..., according to X", "As reported by
 * X, ...", "As X noted, ...". Leading its clause, such a frame reports what follows it; trailing, what precedes
 * it. Stateless and thread-safe.
 */
final class SideFrames {

    private SideFrames() {
    }

    /** "according to X" at token {@code k}; null when no speaker phrase follows or the content is too short. */
    static Draft accordingTo(Doc d, Sentence s, int k, int end) {
        int[] np = Phrases.right(d.tokens, k + 2, end);
        if (np == null) return null;
        np = agentOf(d, np, end);
        return sideFrame(d, s, k, k + 2, "according to", np, end);
    }

    /** "according to an analysis by the Pew Research Center": the author after "by" is the source. */
    private static int[] agentOf(Doc d, int[] np, int end) {
        if (np[1] + 1 >= end || !d.tokens.get(np[1]).word().equals("by")) return np;
        int[] agent = Phrases.right(d.tokens, np[1] + 1, end);
        return agent != null && Phrases.isNamed(d.tokens.get(agent[1] - 1)) ? agent : np;
    }

    /** "As reported by Western Journalism, ...", "..., as reported by the Times": a passive cue with its agent. */
    static Draft passiveBy(Doc d, Sentence s, int k, int end) {
        int b = k + 1;
        if (b + 1 >= end || !d.tokens.get(b).word().equals("by")) return null;
        int[] np = Phrases.right(d.tokens, b + 1, end);
        if (np == null || k == s.firstToken() || !d.tokens.get(k - 1).word().equalsIgnoreCase("as")) return null;
        return sideFrame(d, s, k - 1, b, d.tokens.get(k).lemma(), np, end);
    }

    /**
     * A frame set off from its content: leading the sentence ("According to X, ...") the content follows the
     * speaker; else the content is the sentence before the frame.
     */
    private static Draft sideFrame(Doc d, Sentence s, int k, int cueEnd, String lemma, int[] np, int end) {
        Span content;
        if (leadsSentence(d, s, k)) {
            int b = np[1];
            while (b < end && ReportedSpeech.isPunct(d.tokens.get(b))) b++;
            if (end - b < 3) return null;
            content = d.span(b, end);
        } else {
            int e = k;
            while (e > s.firstToken() && ReportedSpeech.isPunct(d.tokens.get(e - 1))) e--;
            if (e - s.firstToken() < 3) return null;
            content = d.span(s.firstToken(), e);
        }
        Frame f = new Frame(k, cueEnd, lemma, Phrases.conjuncts(d.tokens, np), null, s.begin(), s.end());
        Draft dr = f.toDraft(d);
        dr.parts.add(content);
        dr.confidence = 0.75;
        return dr;
    }

    /**
     * "As Comey noted, people involved ...", "..., as Comey noted.": the content is the clause the "as" frame
     * leads or follows.
     */
    static Draft asFrame(Doc d, Sentence s, int as, int comma, int end, Draft dr) {
        if (leadsSentence(d, s, as)) {
            if (end - (comma + 1) < 3) return null;
            dr.parts.add(d.span(comma + 1, end));
        } else {
            int e = as;
            while (e > s.firstToken() && ReportedSpeech.isPunct(d.tokens.get(e - 1))) e--;
            if (e - s.firstToken() < 3) return null;
            dr.parts.add(d.span(s.firstToken(), e));
        }
        dr.confidence = 0.75;
        return dr;
    }

    /** True when only conjunctions, adverbs and punctuation precede {@code k} in its sentence or after a colon. */
    static boolean leadsSentence(Doc d, Sentence s, int k) {
        for (int i = k - 1; i >= s.firstToken(); i--) {
            Token t = d.tokens.get(i);
            String w = t.word();
            if (w.equals(":") || w.equals(";")) return true;
            if (!t.pos().equals("CC") && !t.pos().startsWith("RB") && !ReportedSpeech.isPunct(t)) return false;
        }
        return true;
    }
}
