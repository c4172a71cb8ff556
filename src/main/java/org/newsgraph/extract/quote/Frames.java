package org.newsgraph.extract.quote;

import java.util.List;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Token;

/** Finds speech frames (cue plus speaker) next to a quote, and speakers next to a cue. Thread-safe. */
final class Frames {

    private Frames() {
    }

    /** A frame right after a closing quote mark: "“...,” Stoltenberg wrote" / "“...,” said the minister". */
    static Frame after(Doc d, int from, int limit) {
        int end = DirectQuotes.windowEnd(d, from, limit);
        int i = from;
        while (i < end && (d.tokens.get(i).word().equals(",") || d.tokens.get(i).word().equals("—"))) i++;
        for (int k = i; k < end; k++) {
            Token t = d.tokens.get(k);
            String w = t.word();
            if (w.equals(".") || w.equals("?") || w.equals("!") || w.equals(";") || d.quoteOf[k] >= 0) return null;
            if (isAccordingTo(d, k)) {
                int[] np = Phrases.right(d.tokens, k + 2, end);
                return frame(d, k, k + 2, "according to", np, null, i, end);
            }
            if (isCueVerb(d, k)) {
                return frameAround(d, k, i, end);
            }
            if (isFinite(t) && !isAux(t)) {
                return closesFrame(d, k, end) ? frameAround(d, k, i, end) : null;
            }
        }
        return null;
    }

    /**
     * Any verb ending a short frame after a quote is a speech cue ("“...,” Hannity pressed."): the verb is last
     * in its sentence, or the speaker follows it and then the sentence ends ("“...,” quipped the senator.").
     */
    private static boolean closesFrame(Doc d, int k, int end) {
        if (!d.tokens.get(k).pos().equals("VBD") && !d.tokens.get(k).pos().equals("VBZ")) return false;
        int next = k + 1;
        int[] np = Phrases.right(d.tokens, next, end);
        if (np != null) next = np[1];
        if (next >= d.tokens.size()) return true;
        String w = d.tokens.get(next).word();
        return w.equals(".") || w.equals("!") || w.equals("?") || d.paragraphOf[next] != d.paragraphOf[k]
                || d.isMark(next) && d.quoteOf[next] >= 0;
    }

    /** A finite verb: it starts a clause of its own, so no frame lies beyond it. */
    static boolean isFinite(Token t) {
        String p = t.pos();
        return p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD");
    }

    /** A frame before an opening mark, ending in a colon or comma: "He told reporters: “...”". */
    static Frame before(Doc d, int open) {
        int j = open - 1;
        if (j < 1) return null;
        String w = d.tokens.get(j).word();
        if (!w.equals(":") && !w.equals(",")) return bareCue(d, j);
        Sentence s = d.sentence(j);
        int lo = Math.max(s.firstToken(), j - 16);
        for (int k = j - 1; k >= lo; k--) {
            Token t = d.tokens.get(k);
            if (d.quoteOf[k] >= 0) return null;
            if (k + 1 < j && isAccordingTo(d, k)) {
                int[] np = Phrases.right(d.tokens, k + 2, j);
                return frame(d, k, k + 2, "according to", np, null, s.begin(), d.tokens.get(j).end());
            }
            if (isCueVerb(d, k) || isPutIt(d, k)) {
                return frameAround(d, k, s.firstToken(), j);
            }
            if (isCueVerb(t)) continue;
            if (Phrases.isVerb(t) && !isAux(t)) {
                return w.equals(":") && isFinite(t) ? colonFrame(d, k, s.firstToken(), j) : null;
            }
        }
        return w.equals(":") ? nameColon(d, lo, j) : null;
    }

    /**
     * A cue right before the quote, without a colon or comma: "Kasich cautioned “...”", "asked the crowd
     * “...”".
     */
    private static Frame bareCue(Doc d, int j) {
        if (j + 1 >= d.tokens.size() || !fullSentenceQuote(d, j + 1)) return null;
        Sentence s = d.sentence(j);
        Token t = d.tokens.get(j);
        if (isCueVerb(t) && !t.pos().equals("VBN") && !WEAK_BARE.contains(t.lemma())) {
            return frameAround(d, j, s.firstToken(), j + 1);
        }
        int[] obj = Phrases.left(d.tokens, j, Math.max(s.firstToken(), j - 4));
        if (obj == null || obj[0] - 1 < s.firstToken()) return null;
        Token v = d.tokens.get(obj[0] - 1);
        if (isCueVerb(v) && Cues.WITH_LISTENER.contains(v.lemma()) && !v.pos().equals("VBN")) {
            return frameAround(d, obj[0] - 1, s.firstToken(), obj[0]);
        }
        return null;
    }

    /** The quote opening at token {@code open} starts with a capital and ends its sentence with it. */
    private static boolean fullSentenceQuote(Doc d, int open) {
        int q = d.quoteOf[open];
        if (q < 0) return false;
        Quote quote = d.quotes.get(q);
        if (quote.content().length() == 0 || !Character.isUpperCase(d.text.charAt(quote.content().begin()))) {
            return false;
        }
        if (!quote.closed()) return true;
        char last = d.text.charAt(quote.content().end() - 1);
        return last == '.' || last == '!' || last == '?';
    }

    /** Cues that before a bare quote usually name it rather than say it ("called “...”", "described “...”"). */
    private static final java.util.Set<String> WEAK_BARE = java.util.Set.of("call", "describe", "consider",
            "post", "report", "question", "challenge", "dismiss", "mock", "highlight", "underscore", "echo",
            "repeat", "correct", "criticize", "criticise", "condemn", "praise", "thank", "blame", "accuse");

    /** "as X put it": "put" with "it" is a cue. */
    static boolean isPutIt(Doc d, int k) {
        return d.tokens.get(k).lemma().equals("put") && k + 1 < d.tokens.size()
                && d.tokens.get(k + 1).word().equalsIgnoreCase("it");
    }

    /**
     * "Trump went even further: “...”", "Mr. Christie gloated: “...”": before a colon any finite verb with a
     * subject introduces the quote.
     */
    private static Frame colonFrame(Doc d, int k, int lo, int colon) {
        int[] np = Subjects.subjectLeft(d, k, lo, new int[1]);
        if (np == null || !Phrases.isNoun(d.tokens.get(np[1] - 1)) && !Phrases.isPronoun(d.tokens.get(np[0]))) {
            return null;
        }
        return frameAround(d, k, lo, colon);
    }

    /**
     * "Kasich: ‘We Are Going ...’", "... - Jeffrey M. Jones: “...”": a name alone before the colon, at the start
     * of its sentence or after a dash, is the speaker; the colon is the cue.
     */
    private static Frame nameColon(Doc d, int lo, int colon) {
        int start = colon - 1;
        while (start - 1 >= lo && !isDash(d.tokens.get(start - 1))) start--;
        int[] np = Phrases.left(d.tokens, colon - 1, start);
        if (np == null || np[0] != start || !hasNer(d, np, "PERSON") && !hasNer(d, np, "ORGANIZATION")) return null;
        Token c = d.tokens.get(colon);
        return frame(d, colon, colon + 1, "say", np, null, d.tokens.get(start).begin(), c.end());
    }

    static boolean isDash(Token t) {
        String w = t.word();
        return w.equals("-") || w.equals("—") || w.equals("–") || w.equals("--");
    }

    private static boolean hasNer(Doc d, int[] r, String ner) {
        for (int i = r[0]; i < r[1]; i++) {
            if (d.tokens.get(i).ner().equals(ner)) return true;
        }
        return false;
    }

    /** The frame of the cue verb at {@code k}, speaker left of it, else right of it, within {@code [lo, hi)}. */
    static Frame frameAround(Doc d, int k, int lo, int hi) {
        int cueEnd = k + 1;
        if (cueEnd < hi && (Cues.isParticleCue(d.tokens.get(k).lemma(), d.tokens.get(cueEnd).word())
                || isPutIt(d, k))) {
            cueEnd++;
        }
        int[] rel = new int[1];
        Sentence s = d.sentence(k);
        boolean participle = Subjects.isParticipleClause(d, k, lo);
        int[] np = participle ? null : Subjects.subjectLeft(d, k, lo, rel);
        if (np != null && Subjects.isIssuedDocument(d, np, k, lo)) {
            np = Subjects.subjectLeft(d, np[0] - 1, lo, new int[1]);
        }
        int[] antecedent = rel[0] > 0 ? Phrases.left(d.tokens, rel[0], lo) : null;
        if (np == null && !participle && Subjects.mayInvert(d, k, lo)) np = Phrases.right(d.tokens, cueEnd, hi);
        if (np == null && Subjects.sharesSubject(d, k, s.firstToken())) {
            np = Subjects.sharedSubject(d, s.firstToken(), k);
        }
        int wb = Math.max(d.tokens.get(lo).begin(), s.begin());
        int we = hi > 0 ? Math.min(d.tokens.get(hi - 1).end(), s.end()) : s.end();
        if (hi <= lo) we = s.end();
        return frame(d, k, cueEnd, d.tokens.get(k).lemma(), np, antecedent, wb, Math.max(wb, we));
    }

    private static Frame frame(Doc d, int cs, int ce, String lemma, int[] np, int[] rel, int wb, int we) {
        List<int[]> sources = np == null ? List.of() : Phrases.conjuncts(d.tokens, np);
        int b = Math.min(wb, d.tokens.get(cs).begin());
        int e = Math.max(we, d.tokens.get(ce - 1).end());
        return new Frame(cs, ce, lemma, sources, rel, b, e);
    }

    /** A verb of position (see {@link Cues#POSITION}); only reported speech reads these. */
    static boolean isPositionVerb(Token t) {
        return t.pos().startsWith("VB") && Cues.POSITION.contains(t.lemma()) && !Cues.isCue(t.lemma());
    }

    /**
     * A cue verb in use as a verb: not a participle standing as an adjective before a noun ("the so-called
     * alt-right", "pledged delegates", "his repeated calls", "a written statement").
     */
    static boolean isCueVerb(Doc d, int k) {
        Token t = d.tokens.get(k);
        if (t.pos().startsWith("VB") && k + 1 < d.tokens.size() && !Cues.isCue(t.lemma())
                && Cues.isParticleCue(t.lemma(), d.tokens.get(k + 1).word())) {
            return true;
        }
        if (!isCueVerb(t)) return false;
        String p = t.pos();
        if (!p.equals("VBN") && !p.equals("VBD") && !p.equals("VBG") || k + 1 >= d.tokens.size()) return true;
        String next = d.tokens.get(k + 1).pos();
        if (!next.startsWith("NN") && !next.startsWith("JJ")) return true;
        if (k == 0) return !p.equals("VBN");
        Token prev = d.tokens.get(k - 1);
        String pp = prev.pos();
        return !(pp.equals("DT") || pp.equals("PRP$") || pp.equals("POS") || pp.startsWith("JJ")
                || pp.equals("HYPH") || prev.word().equalsIgnoreCase("so"));
    }

    static boolean isCueVerb(Token t) {
        if (t.pos().startsWith("VB")) return Cues.isCue(t.lemma());
        return t.pos().startsWith("NNP") && Cues.isCue(Cues.lemmaOfCapitalised(t.word()));
    }

    static boolean isAux(Token t) {
        String l = t.lemma();
        return t.pos().equals("MD") || l.equals("be") || l.equals("have") || l.equals("do");
    }

    static boolean isAccordingTo(Doc d, int k) {
        return d.tokens.get(k).word().equalsIgnoreCase("according") && k + 1 < d.tokens.size()
                && d.tokens.get(k + 1).word().equals("to");
    }
}
