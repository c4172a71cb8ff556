package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.Token;

/**
 * Noun-phrase chunks read off POS tags, for speakers and targets. Token ranges are {@code [start, end)}
 * indices into the document's token list. Stateless and thread-safe.
 */
final class Phrases {

    static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you");
    static final Set<String> TIME_WORDS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "afternoon",
            "evening", "night", "today", "yesterday", "tonight", "week", "month", "year", "weekend", "earlier",
            "later", "recently", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "previously", "once", "again", "also", "then");

    /** "Cruz himself said": an emphatic reflexive after the subject is skipped. */
    static final Set<String> REFLEXIVES = Set.of("himself", "herself", "themselves", "itself");

    /** Participles that end a phrase naming the people asked in a poll ("those surveyed", "voters polled"). */
    static final Set<String> POLLED = Set.of("polled", "surveyed", "questioned", "interviewed", "asked", "sampled");

    /** Words that stand for a group of speakers on their own ("Most said", "Others warned"). */
    static final Set<String> QUANTIFIERS = Set.of("most", "many", "some", "others", "both", "all", "few",
            "several", "none", "one", "another", "each", "either", "neither");

    private Phrases() {
    }

    static boolean isNoun(Token t) {
        return t.pos().startsWith("NN") || t.pos().equals("CD") || t.pos().equals("FW")
                || isNamed(t) && !t.pos().startsWith("VB");
    }

    /** Tagged PERSON, ORGANIZATION or LOCATION: a name even when the POS tagger missed it ("Blackwell/JJ"). */
    static boolean isNamed(Token t) {
        String n = t.ner();
        return n.equals("PERSON") || n.equals("ORGANIZATION") || n.equals("LOCATION");
    }

    static boolean isProper(Token t) {
        return t.pos().startsWith("NNP");
    }

    static boolean isVerb(Token t) {
        return t.pos().startsWith("VB") || t.pos().equals("MD");
    }

    private static boolean isModifier(Token t) {
        String p = t.pos();
        return p.equals("JJ") || p.equals("JJR") || p.equals("JJS") || p.equals("DT") || p.equals("PRP$")
                || p.equals("POS") || p.equals("HYPH") || p.equals("NNP") || p.equals("NNPS")
                || p.equals("NN") || p.equals("NNS") || p.equals("CD") || p.equals("FW")
                || t.word().equals("&") || p.equals("VBN") && Character.isUpperCase(t.word().charAt(0))
                || isNamed(t);
    }

    /**
     * A relative pronoun that stands for a speaker: "who", "which" ("a UN panel, which said"); not "that",
     * which mostly heads clauses about things ("a corner that could threaten").
     */
    static boolean isRelative(Token t) {
        String w = t.word().toLowerCase();
        return t.pos().equals("WP") && !w.equals("what") || t.pos().equals("WDT") && w.equals("which");
    }

    static boolean isPronoun(Token t) {
        return t.pos().equals("PRP") && SUBJECT_PRONOUNS.contains(t.word().toLowerCase());
    }

    /**
     * The noun phrase whose last token is {@code head}, extended leftwards no further than {@code lo}; null when
     * {@code head} cannot end a noun phrase. Takes "of" and "and" inside a phrase ("the head of the FBI",
     * "Poland and the EU") and poll shares ("more than 6 in 10 voters").
     */
    static int[] left(List<Token> t, int head, int lo) {
        if (head < lo) return null;
        if (t.get(head).pos().equals("-RRB-")) {
            int open = matchingOpen(t, head, lo);
            if (open <= lo) return null;
            head = open - 1;
        }
        Token h = t.get(head);
        if (POLLED.contains(h.word().toLowerCase()) && head - 1 >= lo && !POLLED.contains(t.get(head - 1).word())) {
            int[] np = left(t, head - 1, lo);
            if (np == null && t.get(head - 1).word().equalsIgnoreCase("those")) np = new int[] {head - 1, head};
            return np == null ? null : new int[] {np[0], head + 1};
        }
        if (QUANTIFIERS.contains(h.word().toLowerCase())) return new int[] {head, head + 1};
        if (isPronoun(h) || isRelative(h)) return new int[] {head, head + 1};
        if (!isNoun(h)) return null;
        int s = head;
        while (s - 1 >= lo) {
            Token p = t.get(s - 1);
            String w = p.word().toLowerCase();
            if (isModifier(p) || w.equals("both")) {
                s--;
            } else if ((w.equals("of") || w.equals("and")) && s - 2 >= lo && isNoun(t.get(s - 2))) {
                s--;
            } else {
                break;
            }
        }
        while (s < head && !isNounStart(t.get(s))) s++;
        if (s - 2 >= lo && t.get(s - 1).word().equals("in") && t.get(s - 2).pos().equals("CD")) {
            s -= 2;
            while (s - 1 >= lo && (t.get(s - 1).pos().startsWith("RB") || t.get(s - 1).pos().equals("JJR")
                    || t.get(s - 1).word().equals("than"))) {
                s--;
            }
        }
        return new int[] {s, head + 1};
    }

    private static boolean isNounStart(Token t) {
        String w = t.word().toLowerCase();
        return !(w.equals("of") || w.equals("and") || w.equals("both") || t.pos().equals("POS")
                || t.pos().equals("HYPH"));
    }

    /** The noun phrase starting at {@code start}, no further than {@code hi} (exclusive); null if none. */
    static int[] right(List<Token> t, int start, int hi) {
        return right(t, start, hi, true);
    }

    /** As {@link #right(List, int, int)}; without {@code withOf} the phrase stops before "of" (a target). */
    static int[] right(List<Token> t, int start, int hi, boolean withOf) {
        if (start >= hi) return null;
        if (isPronoun(t.get(start))) return new int[] {start, start + 1};
        int e = start;
        int lastNoun = -1;
        while (e < hi) {
            Token c = t.get(e);
            String w = c.word().toLowerCase();
            if (isModifier(c) || w.equals("both")) {
                if (isNoun(c)) lastNoun = e;
                e++;
            } else if ((w.equals("of") && withOf || w.equals("and")) && lastNoun == e - 1 && e + 1 < hi
                    && isModifier(t.get(e + 1))) {
                e++;
            } else {
                break;
            }
        }
        return lastNoun < 0 ? null : new int[] {start, lastNoun + 1};
    }

    /**
     * Splits a coordinated phrase into its conjuncts when at least one side is a name ("Poland and the EU",
     * "Both NATO and EU"); otherwise the phrase is one speaker ("the head of research and development").
     */
    static List<int[]> conjuncts(List<Token> t, int[] np) {
        List<int[]> out = new ArrayList<>();
        int s = np[0];
        if (t.get(s).word().equalsIgnoreCase("both") && s + 1 < np[1]) s++;
        boolean named = false;
        for (int i = s; i < np[1]; i++) named |= isProper(t.get(i));
        int from = s;
        for (int i = s; i < np[1]; i++) {
            if (named && t.get(i).word().equals("and") && i > from && i + 1 < np[1]) {
                out.add(new int[] {from, i});
                from = i + 1;
            }
        }
        out.add(new int[] {from, np[1]});
        return out;
    }

    /** Index of the "(" matching the ")" at {@code close}, or -1 within 12 tokens. */
    static int matchingOpen(List<Token> t, int close, int lo) {
        for (int i = close - 1; i >= Math.max(lo, close - 12); i--) {
            if (t.get(i).pos().equals("-LRB-")) return i;
        }
        return -1;
    }

    /** "He’s pointing out": a clitic "’s" after a pronoun is "is", whatever the tagger says. */
    private static boolean isCliticIs(List<Token> t, int j) {
        String w = t.get(j).word();
        return (w.equals("’s") || w.equals("'s")) && j > 0 && t.get(j - 1).pos().equals("PRP");
    }

    /** Index of the first token left of {@code i} that is not an adverb, auxiliary, or time phrase. */
    static int skipLeftAdjuncts(List<Token> t, int i, int lo) {
        int j = i;
        while (j >= lo) {
            Token c = t.get(j);
            String w = c.word().toLowerCase();
            String p = c.pos();
            if (p.equals("-RRB-")) {
                int open = matchingOpen(t, j, lo);
                if (open < 0) break;
                j = open - 1;
            } else if (p.startsWith("RB") || p.equals("MD") || w.equals("n't") || w.equals("not")
                    || REFLEXIVES.contains(w) && j > lo && isNoun(t.get(j - 1))
                    || isCliticIs(t, j)
                    || (p.startsWith("VB") && (c.lemma().equals("have") || c.lemma().equals("be")
                    || c.lemma().equals("do")))) {
                j--;
            } else if (TIME_WORDS.contains(w) || c.word().equals("time")) {
                j--;
                while (j >= lo && (TIME_WORDS.contains(t.get(j).word().toLowerCase())
                        || t.get(j).pos().equals("CD") || t.get(j).pos().equals("DT")
                        || t.get(j).pos().equals("JJ") || t.get(j).pos().equals("IN"))) {
                    if (t.get(j).pos().equals("IN")) {
                        j--;
                        break;
                    }
                    j--;
                }
            } else {
                break;
            }
        }
        return j;
    }
}
