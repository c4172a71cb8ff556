package org.newsgraph.extract.quote;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Token;

/**
 * Reported speech around a cue outside quotes: "X said (that) ...", "..., X said.", "..., said X.",
 * "according to X, ...", "X accused Y of ...", "X reassured Y of ...", "X consider(s) ... a threat".
 * The content runs from the cue to the end of the sentence (forward frame), or from the sentence start to the
 * comma before the speaker (backward frame). Quotes inside the content become its quoted parts. Thread-safe.
 */
final class ReportedSpeech {

    private static final Set<String> CLAUSE_START = Set.of("that", "if", "whether", "how", "why", "what", "when",
            "who", "where");
    private static final Set<String> ADJUNCT_PREPOSITIONS = Set.of("on", "in", "at", "during", "via", "through",
            "to", "after", "before", "while", "for", "with");

    private ReportedSpeech() {
    }

    static void find(Doc d, List<Draft> out, Map<Integer, Draft> byCue) {
        for (Sentence s : d.a.sentences()) {
            int first = s.firstToken();
            if (d.inBoilerplate(first)) continue;
            int end = contentEnd(d, s);
            for (int k = first; k < s.endToken(); k++) {
                if (d.quoteOf[k] >= 0 || byCue.containsKey(k)) continue;
                Draft dr = null;
                if (Frames.isAccordingTo(d, k)) {
                    dr = SideFrames.accordingTo(d, s, k, end);
                } else if (Frames.isCueVerb(d, k)) {
                    dr = verbFrame(d, s, k, end, out);
                } else if (Frames.isPositionVerb(d.tokens.get(k))) {
                    dr = verbFrame(d, s, k, end, out);
                    if (dr != null && (dr.sources.isEmpty() || endFrame(dr, k, d) || impersonal(d, dr))) {
                        dr = null;
                    } else if (dr != null) {
                        dr.confidence = 0.4;
                    }
                }
                if (dr != null) {
                    addQuoted(d, dr);
                    out.add(dr);
                    byCue.put(k, dr);
                }
            }
        }
    }

    /** "X accuses Y of ..., and reassures Z": the second cue shares the first one's speaker. */
    private static void inheritCoordinatedSubject(Doc d, Sentence s, int k, List<Draft> out, Draft dr) {
        int j = Phrases.skipLeftAdjuncts(d.tokens, k - 1, s.firstToken());
        if (j < s.firstToken()) return;
        String w = d.tokens.get(j).word();
        boolean participle = d.tokens.get(k).pos().equals("VBG") && (w.equals(",") || w.equals("—"));
        if (!w.equals("and") && !participle) return;
        for (int i = out.size() - 1; i >= 0; i--) {
            Draft prev = out.get(i);
            if (prev.cueStart < s.firstToken() || prev.cueStart >= k) break;
            if (!prev.sources.isEmpty()) {
                dr.sources.addAll(prev.sources);
                dr.relativeAntecedent = prev.relativeAntecedent;
                return;
            }
        }
        if (participle) {
            int[] np = Phrases.right(d.tokens, s.firstToken(), k);
            if (np != null && np[1] < k && Frames.isFinite(d.tokens.get(np[1]))) dr.sources.add(np);
        }
    }

    private static Draft verbFrame(Doc d, Sentence s, int k, int end, List<Draft> out) {
        List<Token> t = d.tokens;
        Token cue = t.get(k);
        if (cue.pos().equals("VBG") && k > s.firstToken() && t.get(k - 1).pos().equals("IN")) return null;
        if (isNamingParticiple(d, k, s.firstToken()) || isWithheld(d, k, s.firstToken())) return null;
        int[] rel = new int[1];
        int[] subj = Subjects.subjectLeft(d, k, s.firstToken(), rel);
        if (subj == null && cue.pos().equals("VBN")) {
            Draft by = SideFrames.passiveBy(d, s, k, end);
            if (by != null || isPassive(d, k, s.firstToken())) return by;
        }
        Frame f = Frames.frameAround(d, k, s.firstToken(), end);
        int rest = f.cueEnd();
        boolean inverted = subj == null && !f.sources().isEmpty() && f.sources().get(0)[0] > k;
        if (inverted) rest = lastEnd(f.sources());
        Draft dr = f.toDraft(d);
        if (dr.sources.isEmpty()) inheritCoordinatedSubject(d, s, k, out, dr);
        String lemma = cue.lemma();
        if (Cues.WITH_LISTENER.contains(lemma) || Cues.WITH_TARGET.contains(lemma)) {
            int[] obj = Phrases.right(t, rest, end, !Cues.WITH_TARGET.contains(lemma));
            if (obj != null && !CLAUSE_START.contains(t.get(obj[0]).word().toLowerCase())) {
                dr.target = obj;
                if (Cues.WITH_LISTENER.contains(lemma)) rest = obj[1];
            }
        }
        rest = skipToClause(d, rest, end);
        int subjStart = f.sources().isEmpty() ? k : Math.min(k, f.sources().get(0)[0]);
        boolean quoteBefore = subjStart - 2 >= s.firstToken() && closesQuoteWithComma(d, subjStart - 1);
        boolean commaBefore = quoteBefore || subjStart > s.firstToken() && isCommaLike(t.get(subjStart - 1));
        boolean nothingAfter = rest >= end || isPunct(t.get(rest)) && !t.get(rest).pos().equals("``");
        boolean adjunctAfter = nothingAfter || isAdjunctStart(t.get(rest));
        if (adjunctAfter && !nothingAfter) {
            int past = pastAdjunct(d, rest, end);
            // the adjunct may run to the end of an unpunctuated last sentence ("... said on Sunday")
            String pp = past < end ? t.get(past).pos() : "";
            boolean clause = pp.equals("PRP") || pp.equals("DT") || pp.startsWith("NNP") || pp.equals("EX");
            boolean nounBefore = past > rest && (Phrases.isNoun(t.get(past - 1))
                    || Phrases.TIME_WORDS.contains(t.get(past - 1).word().toLowerCase()));
            if (end - past >= 3 && clause && nounBefore) {
                adjunctAfter = false;
                rest = past;
            }
        }
        if (!inverted && !f.sources().isEmpty() && subjStart > s.firstToken()
                && t.get(subjStart - 1).word().equalsIgnoreCase("as") && rest < end && t.get(rest).word().equals(",")) {
            return SideFrames.asFrame(d, s, subjStart - 1, rest, end, dr);
        }
        int resume = inverted || quoteBefore ? -1 : resumedClause(d, rest, end);
        if (commaBefore && resume >= 0 && subjStart - 1 > s.firstToken()) {
            dr.parts.add(d.span(s.firstToken(), subjStart - 1));
            dr.parts.add(d.span(resume, end));
            dr.confidence = 0.75;
        } else if ((adjunctAfter || inverted) && commaBefore && (quoteBefore || hasClause(d, s.firstToken(),
                subjStart - 1))) {
            int e = quoteBefore ? subjStart : subjStart - 1;
            int b = quoteBefore ? quoteSentenceStart(d, s, subjStart - 1) : s.firstToken();
            if (e - b < 3) return null;
            dr.parts.add(d.span(b, e));
            dr.confidence = 0.75;
        } else if (!nothingAfter && end - rest >= 2 && !isVerbLed(d, rest, lemma)
                && !(adjunctAfter && pastAdjunct(d, rest, end) >= end)) {
            dr.parts.add(d.span(rest, forwardEnd(d, rest, end)));
            dr.confidence = Cues.WEAK.contains(lemma) ? 0.55 : 0.7;
        } else {
            return null;
        }
        if (dr.sources.isEmpty()) return null;
        return dr;
    }

    /**
     * Reported content before a frame is a clause: it has a finite verb or a quote. "In another email, Clinton
     * asked for ..." is an adjunct, not what was asked.
     */
    private static boolean hasClause(Doc d, int b, int e) {
        for (int i = b; i < e; i++) {
            if (Frames.isFinite(d.tokens.get(i)) || d.quoteOf[i] >= 0) return true;
        }
        return false;
    }

    private static final Set<String> WITHHOLDING = Set.of("decline", "refuse");

    /**
     * "declined to say whether ...", "cannot say", "would not say": speech that did not happen reports
     * nothing.
     */
    private static boolean isWithheld(Doc d, int k, int first) {
        if (!d.tokens.get(k).pos().equals("VB") || k - 1 < first) return false;
        Token prev = d.tokens.get(k - 1);
        if (prev.pos().equals("TO")) {
            return k - 2 >= first && WITHHOLDING.contains(d.tokens.get(k - 2).lemma());
        }
        String w = prev.word().toLowerCase();
        return w.equals("not") || w.equals("n't") || w.equals("n’t") || w.equals("never") || w.equals("cannot");
    }

    private static final Set<String> NAMING = Set.of("call", "dub", "label", "brand", "title", "name");

    /** "a company called Sansun", "a class called “Perception”": a naming participle after its noun. */
    private static boolean isNamingParticiple(Doc d, int k, int first) {
        Token cue = d.tokens.get(k);
        if (!NAMING.contains(cue.lemma()) || k - 1 < first) return false;
        if (!cue.pos().equals("VBN") && !cue.pos().equals("VBD")) return false;
        Token prev = d.tokens.get(k - 1);
        return prev.pos().startsWith("NN") && (cue.pos().equals("VBN") || !prev.pos().startsWith("NNP")
                && k - 2 >= first && d.tokens.get(k - 2).pos().equals("DT"));
    }

    /** Not the start of reported content: punctuation, a preposition, an adverb or a time word. */
    private static boolean isAdjunctStart(Token x) {
        String w = x.word().toLowerCase();
        if (CLAUSE_START.contains(w)) return false;
        return isPunct(x) && !x.pos().equals("``") || x.pos().equals("IN") || x.pos().startsWith("RB")
                || Phrases.TIME_WORDS.contains(w) || x.pos().equals("VBG");
    }

    /** The first token after a short adjunct ("on Friday", "in Macau", "last week"). */
    private static int pastAdjunct(Doc d, int rest, int end) {
        int i = rest;
        int limit = Math.min(end, rest + 6);
        while (i < limit) {
            Token x = d.tokens.get(i);
            String p = x.pos();
            boolean adjunct = i == rest ? p.equals("IN") || p.startsWith("RB") || Phrases.TIME_WORDS.contains(
                    x.word().toLowerCase()) : p.equals("DT") || p.startsWith("JJ") || p.startsWith("NN")
                    || p.equals("CD") || p.equals("POS") || p.startsWith("RB")
                    || Phrases.TIME_WORDS.contains(x.word().toLowerCase());
            if (!adjunct || x.word().equals("that")) break;
            i++;
        }
        return i;
    }

    /**
     * Forward content stops before a coordinated cue of the same speaker ("..., and reassures ...") and before
     * a participle cue after a comma (", adding that ...", ", calling him ...").
     */
    private static int forwardEnd(Doc d, int rest, int end) {
        for (int i = rest + 1; i < end - 1; i++) {
            if (d.tokens.get(i).word().equals(",") && d.quoteOf[i] < 0 && (d.tokens.get(i + 1).pos().equals("VBG")
                    && Frames.isCueVerb(d, i + 1))) {
                return i;
            }
            if (!d.tokens.get(i).pos().equals("CC") || d.quoteOf[i] >= 0) continue;
            int j = i + 1;
            while (j < end && d.tokens.get(j).pos().startsWith("RB")) j++;
            if (j >= end) break; // "... and also" ending an unpunctuated text
            Token v = d.tokens.get(j);
            if (Frames.isCueVerb(v) && !v.pos().equals("VBG") && !v.pos().equals("VBN")) {
                int e = i;
                while (e > rest && isPunct(d.tokens.get(e - 1))) e--;
                return e;
            }
        }
        return end;
    }

    /**
     * "it shows", "they want": a position verb whose only speaker is "it" or "they" mostly states a fact about
     * things or an unnamed group, not a position someone took.
     */
    private static boolean impersonal(Doc d, Draft dr) {
        int[] src = dr.sources.get(0);
        if (dr.sources.size() > 1 || src[1] - src[0] != 1) return false;
        String w = d.tokens.get(src[0]).word().toLowerCase();
        return w.equals("it") || w.equals("they");
    }

    /** True when the draft's content lies before its cue (a "..., X said." frame). */
    private static boolean endFrame(Draft dr, int k, Doc d) {
        return dr.parts.get(0).end() <= d.tokens.get(k).begin();
    }

    /**
     * Skips medium and time phrases and commas after the cue when a "that" clause follows them ("said on
     * Monday that", "said, without evidence, that").
     */
    private static int skipToClause(Doc d, int rest, int end) {
        if (rest >= end || !ADJUNCT_PREPOSITIONS.contains(d.tokens.get(rest).word().toLowerCase())
                && !Phrases.TIME_WORDS.contains(d.tokens.get(rest).word().toLowerCase())
                && !d.tokens.get(rest).word().equals(",")) {
            return rest;
        }
        for (int i = rest; i < Math.min(end, rest + 12); i++) {
            Token x = d.tokens.get(i);
            if (x.word().equals("that")) return i;
            if (Phrases.isVerb(x)) break;
        }
        return rest;
    }

    /** "said to be", "say so": a verb or infinitive right after the cue is not reported content. */
    private static boolean isVerbLed(Doc d, int rest, String lemma) {
        Token x = d.tokens.get(rest);
        if (x.pos().equals("TO")) return !Cues.WITH_INFINITIVE.contains(lemma);
        return x.pos().equals("VBN") || x.pos().equals("VBD");
    }

    private static boolean isPassive(Doc d, int k, int lo) {
        if (!d.tokens.get(k).pos().equals("VBN")) return false;
        for (int i = k - 1; i >= Math.max(lo, k - 3); i--) {
            if (d.tokens.get(i).lemma().equals("be")) return true;
        }
        return false;
    }

    /** The sentence's last token index (exclusive) without final punctuation. */
    private static int contentEnd(Doc d, Sentence s) {
        int e = s.endToken();
        while (e > s.firstToken() && isPunct(d.tokens.get(e - 1)) && !d.isMark(e - 1)) e--;
        return e;
    }

    private static void addQuoted(Doc d, Draft dr) {
        Span hull = dr.hull();
        for (Quote q : d.quotes) {
            if (q.content().begin() >= hull.begin() && q.content().end() <= hull.end() && q.content().length() > 0) {
                dr.quoted.add(q.content());
            }
        }
    }

    private static int lastEnd(List<int[]> ranges) {
        return ranges.get(ranges.size() - 1)[1];
    }

    static boolean isPunct(Token t) {
        String p = t.pos();
        return p.equals(",") || p.equals(".") || p.equals(":") || p.equals("``") || p.equals("''")
                || p.equals("-LRB-") || p.equals("-RRB-") || p.equals("HYPH") || p.equals("NFP");
    }

    /**
     * "South Carolina, he said, was ...", "Now, she said, the Christians ...": a frame set off by commas inside
     * the clause it reports; returns the first token of the clause's rest after the closing comma, or -1 when
     * the comma is not followed by a clause with a finite verb (", adding ...", ", a spokesman for ...").
     */
    private static int resumedClause(Doc d, int rest, int end) {
        if (rest >= end || !d.tokens.get(rest).word().equals(",")) return -1;
        int b = rest + 1;
        if (end - b < 2 || d.isMark(b) || d.tokens.get(b).pos().equals("VBG")) return -1;
        for (int i = b; i < end; i++) {
            Token x = d.tokens.get(i);
            if (x.word().equals(",") || Frames.isCueVerb(x)) return -1;
            if (Frames.isFinite(x)) return b;
        }
        return -1;
    }

    /** "... a “change agent,” Cole said": a closing quote mark with a comma inside it. */
    private static boolean closesQuoteWithComma(Doc d, int mark) {
        if (!d.isMark(mark) || d.quoteOf[mark] < 0) return false;
        Quote q = d.quotes.get(d.quoteOf[mark]);
        if (!q.closed() || d.tokens.get(mark).begin() != q.closeMark() && d.tokens.get(mark).end() != q.closeMark() + 1) {
            return false;
        }
        String before = d.tokens.get(mark - 1).word();
        return before.equals(",") || before.endsWith(",");
    }

    /**
     * Where reported content ending in the quote closed at {@code mark} starts: the sentence start, or the
     * start of an earlier sentence of the same paragraph where the quote opened.
     */
    private static int quoteSentenceStart(Doc d, Sentence s, int mark) {
        int open = d.tokenAt(d.quotes.get(d.quoteOf[mark]).openMark());
        if (open >= s.firstToken() || d.paragraphOf[open] != d.paragraphOf[mark]) return s.firstToken();
        return d.sentence(open).firstToken();
    }

    private static boolean isCommaLike(Token t) {
        return t.word().equals(",") || t.word().equals("—") || t.word().equals("–");
    }
}
