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
        int[] np = subjectLeft(d, k, lo, new int[1]);
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

    private static boolean isDash(Token t) {
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
        boolean participle = isParticipleClause(d, k, lo);
        int[] np = participle ? null : subjectLeft(d, k, lo, rel);
        if (np != null && isIssuedDocument(d, np, k, lo)) np = subjectLeft(d, np[0] - 1, lo, new int[1]);
        int[] antecedent = rel[0] > 0 ? Phrases.left(d.tokens, rel[0], lo) : null;
        if (np == null && !participle && mayInvert(d, k, lo)) np = Phrases.right(d.tokens, cueEnd, hi);
        if (np == null && sharesSubject(d, k, s.firstToken())) np = sharedSubject(d, s.firstToken(), k);
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

    /**
     * The subject phrase left of the cue at {@code k}, past adverbs, auxiliaries, time phrases and an
     * appositive ("Flynn, a top Trump surrogate, said"); for a relative "who" its antecedent's head index goes
     * in {@code rel[0]}. Null in passives ("was told").
     */
    static int[] subjectLeft(Doc d, int k, int lo, int[] rel) {
        List<Token> t = d.tokens;
        int j = Phrases.skipLeftAdjuncts(t, k - 1, lo);
        if (j < lo) return null;
        if (t.get(k).pos().equals("VBN")) {
            for (int i = j + 1; i < k; i++) {
                if (t.get(i).lemma().equals("be")) return null;
            }
        }
        if (t.get(j).word().equals(",") && j - 1 >= lo && t.get(j - 1).pos().equals("-RRB-")) {
            return Phrases.left(t, j - 1, lo);
        }
        if (isDash(t.get(j)) && j - 1 >= lo) {
            for (int c = j - 1; c >= Math.max(lo + 1, j - 30); c--) {
                if (d.quoteOf[c] >= 0) return null;
                if (isDash(t.get(c))) return Phrases.left(t, c - 1, lo);
            }
            return null;
        }
        if (t.get(j).word().equals(",")) {
            for (int c = j - 1; c >= Math.max(lo, j - 30); c--) {
                Token x = t.get(c);
                if (d.quoteOf[c] >= 0) return null;
                if (isFinite(x) && relativeBefore(d, c, lo)) continue;
                if (isFinite(x)) return relativeHead(d, c, lo);
                if (x.word().equals(",")) return appositive(d, c, j, lo);
            }
            return null;
        }
        if (Phrases.isRelative(t.get(j)) && j - 2 >= lo && t.get(j - 1).word().equals(",")) {
            rel[0] = j - 2;
        } else if (Phrases.isRelative(t.get(j)) && j - 1 >= lo && Phrases.isNoun(t.get(j - 1))) {
            rel[0] = j - 1;
        }
        if (d.quoteOf[j] >= 0) return null;
        int[] np = Phrases.left(t, j, lo);
        return np == null ? null : beyondObject(d, np, k, lo);
    }

    /**
     * The phrase left of a cue may be an object rather than the subject: "Another source speaking to Fox News
     * said" (the object of a participle's preposition: the subject is before the participle), "emailed
     * supporters saying" (the object of a verb before a participle cue: the subject is that verb's).
     */
    private static int[] beyondObject(Doc d, int[] np, int k, int lo) {
        int p = np[0] - 1;
        if (p < lo) return np;
        Token prev = d.tokens.get(p);
        if ((prev.pos().equals("IN") || prev.pos().equals("TO")) && p - 1 >= lo
                && d.tokens.get(p - 1).pos().equals("VBG") && p - 2 >= lo) {
            int[] head = Phrases.left(d.tokens, p - 2, lo);
            if (head != null) return head;
        }
        if (d.tokens.get(k).pos().equals("VBG") && (prev.pos().equals("VBD") || prev.pos().equals("VBZ")
                || prev.pos().equals("VBP")) && !isAux(prev)) {
            int[] subj = subjectLeft(d, p, lo, new int[1]);
            if (subj != null) return subj;
        }
        return np;
    }

    /** Documents that carry someone's words: "released a statement saying ...". */
    private static final java.util.Set<String> DOCUMENTS = java.util.Set.of("statement", "letter", "memo",
            "email", "e-mail", "message", "note", "release", "tweet", "post", "video", "ad", "advertisement",
            "report", "filing", "op-ed", "column", "text");

    /**
     * "The town released a statement saying ...": the participle cue's phrase is a document that is the object
     * of a verb, so the speaker is that verb's subject.
     */
    private static boolean isIssuedDocument(Doc d, int[] np, int k, int lo) {
        if (!d.tokens.get(k).pos().equals("VBG") || np[0] - 1 < lo) return false;
        int head = np[1] - 1;
        while (head > np[0] && Phrases.TIME_WORDS.contains(d.tokens.get(head).word().toLowerCase())) head--;
        Token v = d.tokens.get(np[0] - 1);
        return DOCUMENTS.contains(d.tokens.get(head).lemma().toLowerCase()) && Phrases.isVerb(v) && !isAux(v);
    }

    /** ", stating ...", "— blasting ...": a participle clause after a comma or dash, whose subject is the clause's. */
    private static boolean isParticipleClause(Doc d, int k, int lo) {
        if (!d.tokens.get(k).pos().equals("VBG") || k - 1 < lo) return false;
        String w = d.tokens.get(k - 1).word();
        return w.equals(",") || w.equals("—") || w.equals("–");
    }

    /**
     * True when the phrase starting at {@code start} opens a complement clause ("noted that he taught",
     * "wrote the agents knew"), so it is not the subject the cue shares.
     */
    private static boolean inComplement(Doc d, int start, int first) {
        if (start <= first) return false;
        Token p = d.tokens.get(start - 1);
        String w = p.word().toLowerCase();
        return Phrases.isVerb(p) || w.equals("that") || w.equals("if") || w.equals("whether")
                || w.equals("because") || w.equals("when") || w.equals("while") || w.equals("as");
    }

    /**
     * "X, a historian who attended the session, recalled": the finite verb at {@code v} follows a relative
     * pronoun inside the same comma-delimited stretch, so it belongs to an appositive.
     */
    private static boolean relativeBefore(Doc d, int v, int lo) {
        for (int c = v - 1; c >= Math.max(lo, v - 8); c--) {
            Token x = d.tokens.get(c);
            if (x.word().equals(",")) return false;
            if (Phrases.isRelative(x) || x.word().equalsIgnoreCase("that") && x.pos().equals("WDT")) {
                return c - 1 >= lo && Phrases.isNoun(d.tokens.get(c - 1)) && !d.tokens.get(c - 1).word().equals(",");
            }
        }
        return false;
    }

    /**
     * "Mr. Kim, who was traveling in Europe, said": the phrase before ", who" when the finite verb at {@code v}
     * lies in a relative clause set off by commas; else null.
     */
    private static int[] relativeHead(Doc d, int v, int lo) {
        for (int c = v - 1; c >= Math.max(lo + 1, v - 20); c--) {
            Token x = d.tokens.get(c);
            if (x.word().equals(",")) return null;
            if ((x.pos().equals("WP") || x.pos().equals("WDT")) && d.tokens.get(c - 1).word().equals(",")) {
                int h = c - 2;
                if (h - 2 >= lo && d.tokens.get(h).pos().equals("CD") && d.tokens.get(h - 1).word().equals(",")) {
                    h -= 2;
                }
                return h >= lo ? Phrases.left(d.tokens, h, lo) : null;
            }
        }
        return null;
    }

    /**
     * "..., and added:", "..., saying:", "interjected to say:": the cue shares the subject of the verb before
     * it.
     */
    private static boolean sharesSubject(Doc d, int k, int lo) {
        int j = Phrases.skipLeftAdjuncts(d.tokens, k - 1, lo);
        if (j < lo) return false;
        String w = d.tokens.get(j).word();
        String p = d.tokens.get(k).pos();
        return w.equals("and") || w.equals("but")
                || p.equals("VBG") && (w.equals(",") || w.equals("—") || d.tokens.get(j).pos().equals("IN"))
                || p.equals("VB") && d.tokens.get(j).pos().equals("TO");
    }

    /**
     * The subject of the nearest finite verb before the cue at {@code k} ("Mrs. Clinton shook her head and
     * said", "“...,” she said, adding"), else the subject of the sentence's first verb.
     */
    static int[] sharedSubject(Doc d, int first, int k) {
        boolean infinitive = k > first && d.tokens.get(k - 1).pos().equals("TO");
        for (int v = k - 1; v >= first; v--) {
            Token t = d.tokens.get(v);
            if (d.quoteOf[v] >= 0 || !isFinite(t)) continue;
            int[] np = subjectLeft(d, v, first, new int[1]);
            if (np != null && !infinitive && inComplement(d, np[0], first)) continue;
            if (np == null && isCueVerb(t) && mayInvert(d, v, first)) np = Phrases.right(d.tokens, v + 1, k);
            if (np != null) return np;
            break;
        }
        return sentenceSubject(d, first, k);
    }

    /** The noun phrase before the first finite verb of the sentence, outside quotes; null if none. */
    static int[] sentenceSubject(Doc d, int first, int k) {
        for (int v = first; v < k; v++) {
            Token t = d.tokens.get(v);
            if (d.quoteOf[v] >= 0) return null;
            if (isFinite(t)) {
                int j = Phrases.skipLeftAdjuncts(d.tokens, v - 1, first);
                return j >= first ? Phrases.left(d.tokens, j, first) : null;
            }
        }
        return null;
    }

    /** "..., said X": the speaker may follow the cue only right after a comma, dash, quote or the window start. */
    private static boolean mayInvert(Doc d, int k, int lo) {
        if (d.tokens.get(k).pos().equals("VBG")) return false;
        int j = Phrases.skipLeftAdjuncts(d.tokens, k - 1, lo);
        if (j < lo) return true;
        String w = d.tokens.get(j).word();
        return w.equals(",") || w.equals("—") || w.equals("–") || d.isMark(j);
    }

    /**
     * "A, B, said": the phrase A before the comma at {@code c}, or the appositive B (up to the comma at
     * {@code j}) when A is a description and B names a person ("The minister, Jan Kowalski, said").
     */
    private static int[] appositive(Doc d, int c, int j, int lo) {
        int[] a = c - 1 >= lo ? Phrases.left(d.tokens, c - 1, lo) : null;
        int[] b = Phrases.left(d.tokens, j - 1, c + 1);
        if (a != null && b != null && b[0] == c + 1 && !hasProper(d, a) && hasPerson(d, b)) return b;
        return a;
    }

    private static boolean hasProper(Doc d, int[] r) {
        for (int i = r[0]; i < r[1]; i++) {
            if (Phrases.isProper(d.tokens.get(i))) return true;
        }
        return false;
    }

    private static boolean hasPerson(Doc d, int[] r) {
        for (int i = r[0]; i < r[1]; i++) {
            if (d.tokens.get(i).ner().equals("PERSON")) return true;
        }
        return false;
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
