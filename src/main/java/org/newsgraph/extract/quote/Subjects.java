package org.newsgraph.extract.quote;

import java.util.List;
import java.util.Set;
import org.newsgraph.extract.Token;

/**
 * The speaker phrase of a cue: the subject left of it past adjuncts, appositives and relative clauses, the
 * shared subject of coordinated and participle cues, and the issuer of a document that "says". Token ranges are
 * {@code [start, end)}. Stateless and thread-safe.
 */
final class Subjects {

    private Subjects() {
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
        if (Frames.isDash(t.get(j)) && j - 1 >= lo) {
            for (int c = j - 1; c >= Math.max(lo + 1, j - 30); c--) {
                if (d.quoteOf[c] >= 0) return null;
                if (Frames.isDash(t.get(c))) return Phrases.left(t, c - 1, lo);
            }
            return null;
        }
        if (t.get(j).word().equals(",")) {
            for (int c = j - 1; c >= Math.max(lo, j - 30); c--) {
                Token x = t.get(c);
                if (d.quoteOf[c] >= 0) return null;
                if (Frames.isFinite(x) && relativeBefore(d, c, lo)) continue;
                if (Frames.isFinite(x)) return relativeHead(d, c, lo);
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
                || prev.pos().equals("VBP")) && !Frames.isAux(prev)) {
            int[] subj = subjectLeft(d, p, lo, new int[1]);
            if (subj != null) return subj;
        }
        return np;
    }

    /** Documents that carry someone's words: "released a statement saying ...". */
    private static final Set<String> DOCUMENTS = Set.of("statement", "letter", "memo",
            "email", "e-mail", "message", "note", "release", "tweet", "post", "video", "ad", "advertisement",
            "report", "filing", "op-ed", "column", "text");

    /**
     * "The town released a statement saying ...": the participle cue's phrase is a document that is the object
     * of a verb, so the speaker is that verb's subject.
     */
    static boolean isIssuedDocument(Doc d, int[] np, int k, int lo) {
        if (!d.tokens.get(k).pos().equals("VBG") || np[0] - 1 < lo) return false;
        int head = np[1] - 1;
        while (head > np[0] && Phrases.TIME_WORDS.contains(d.tokens.get(head).word().toLowerCase())) head--;
        Token v = d.tokens.get(np[0] - 1);
        return DOCUMENTS.contains(d.tokens.get(head).lemma().toLowerCase()) && Phrases.isVerb(v)
                && !Frames.isAux(v);
    }

    /** ", stating ...", "— blasting ...": a participle clause after a comma or dash, whose subject is the clause's. */
    static boolean isParticipleClause(Doc d, int k, int lo) {
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
    static boolean sharesSubject(Doc d, int k, int lo) {
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
            if (d.quoteOf[v] >= 0 || !Frames.isFinite(t)) continue;
            int[] np = subjectLeft(d, v, first, new int[1]);
            if (np != null && !infinitive && inComplement(d, np[0], first)) continue;
            if (np == null && Frames.isCueVerb(t) && mayInvert(d, v, first)) {
                np = Phrases.right(d.tokens, v + 1, k);
            }
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
            if (Frames.isFinite(t)) {
                int j = Phrases.skipLeftAdjuncts(d.tokens, v - 1, first);
                return j >= first ? Phrases.left(d.tokens, j, first) : null;
            }
        }
        return null;
    }

    /** "..., said X": the speaker may follow the cue only right after a comma, dash, quote or the window start. */
    static boolean mayInvert(Doc d, int k, int lo) {
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
}
