package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.Token;

/**
 * A token pattern over lemmas and part-of-speech tags, written as a line of space-separated elements:
 * <ul>
 *   <li>{@code a|b|c} one token whose lemma (or lower-cased word) is one of the alternatives; an alternative with
 *   hyphens ("sit-in") also matches its parts split by the tokenizer ("sit", "-", "in");</li>
 *   <li>a suffix {@code /V}, {@code /N}, {@code /J} or {@code /P} restricts the token to verbs, nouns, adjectives or
 *   past participles;</li>
 *   <li>{@code @DT|@NN} alternatives that are POS-tag prefixes instead of lemmas;</li>
 *   <li>{@code #LOCATION} alternatives that are named-entity tags of the tagger (the token's whole tag);</li>
 *   <li>{@code ^} before an element marks the head, the token the event is anchored on (default: the first);</li>
 *   <li>{@code ~N} skips up to N tokens, never across a clause boundary (punctuation or a finite verb);</li>
 *   <li>{@code !a|b} and {@code !N:a|b}: none of the next 1 (or N) tokens matches; consumes nothing;</li>
 *   <li>{@code ?N:a|b}: one of the next N tokens matches, within the clause; consumes nothing (so the words it looks
 *   at stay free for other rules: "a probe into ?3:murder" leaves "murder of" to the attack rules).</li>
 * </ul>
 * Immutable and thread-safe.
 */
final class TokenPattern {

    /** @param compounds the hyphenated alternatives split into their parts ("sit-in" as "sit", "in") */
    private record Element(Set<String> lemmas, Set<String> posPrefixes, char wordClass, int gap, int negative,
            int ahead, List<String[]> compounds) {
        boolean matches(Token t) {
            String lemma = t.lemma() == null ? t.word().toLowerCase(Locale.ROOT) : t.lemma().toLowerCase(Locale.ROOT);
            boolean word = lemmas.contains(lemma) || lemmas.contains(t.word().toLowerCase(Locale.ROOT));
            for (String p : posPrefixes) {
                word |= p.startsWith("#") ? p.substring(1).equals(t.ner()) : t.pos().startsWith(p);
            }
            if (!word) {
                return false;
            }
            return switch (wordClass) {
                case 'V' -> t.pos().startsWith("VB");
                case 'N' -> t.pos().startsWith("NN");
                case 'J' -> t.pos().startsWith("JJ");
                case 'P' -> t.pos().equals("VBN");
                default -> true;
            };
        }

        /**
         * The number of tokens a hyphenated alternative ("sit-in", "six-party") covers from token {@code i} when the
         * tokenizer split it into parts and hyphens ("six", "-", "party"), or 0.
         */
        int compoundAt(List<Token> tokens, int i, int end) {
            for (String[] parts : compounds) {
                int n = 2 * parts.length - 1;
                boolean all = i + n <= end;
                for (int k = 0; all && k < n; k++) {
                    String w = tokens.get(i + k).word().toLowerCase(Locale.ROOT);
                    all = w.equals(k % 2 == 0 ? parts[k / 2] : "-");
                }
                if (all) {
                    return n;
                }
            }
            return 0;
        }
    }

    /** Where a pattern matched: token indices into the list it was matched on, {@code last} inclusive. */
    record Match(int first, int last, int head, java.util.BitSet words) {
        /** A match known only by its span and head (a learned trigger): the head is its one matched word. */
        Match(int first, int last, int head) {
            this(first, last, head, headOnly(head));
        }

        private static java.util.BitSet headOnly(int head) {
            java.util.BitSet words = new java.util.BitSet();
            words.set(head);
            return words;
        }

        /** Whether the two matches share a matched word (not merely a skipped one). */
        boolean sharesWords(Match other) {
            return words.intersects(other.words) || head == other.head;
        }
    }

    private final List<Element> elements = new ArrayList<>();
    private int headElement;

    TokenPattern(String spec) {
        for (String part : spec.trim().split("\\s+")) {
            if (part.startsWith("~")) {
                elements.add(new Element(Set.of(), Set.of(), '\0', Integer.parseInt(part.substring(1)), 0, 0, List.of()));
                continue;
            }
            int negative = 0;
            int ahead = 0;
            if (part.startsWith("?")) {
                int colon = part.indexOf(':');
                ahead = Integer.parseInt(part.substring(1, colon));
                part = part.substring(colon + 1);
            }
            if (part.startsWith("!")) {
                part = part.substring(1);
                negative = 1;
                int colon = part.indexOf(':');
                if (colon > 0) {
                    negative = Integer.parseInt(part.substring(0, colon));
                    part = part.substring(colon + 1);
                }
            }
            if (part.startsWith("^")) {
                headElement = elements.size();
                part = part.substring(1);
            }
            char wordClass = '\0';
            int slash = part.lastIndexOf('/');
            if (slash > 0) {
                wordClass = part.charAt(slash + 1);
                part = part.substring(0, slash);
            }
            Set<String> lemmas = new java.util.HashSet<>();
            Set<String> pos = new java.util.HashSet<>();
            for (String alt : part.split("\\|")) {
                if (alt.startsWith("@")) {
                    pos.add(alt.substring(1));
                } else if (alt.startsWith("#")) {
                    pos.add(alt); // an entity tag, kept with its mark
                } else {
                    lemmas.add(alt.toLowerCase(Locale.ROOT));
                }
            }
            List<String[]> compounds = new ArrayList<>();
            for (String l : lemmas) {
                if (l.indexOf('-') > 0 && !l.endsWith("-")) {
                    compounds.add(l.split("-"));
                }
            }
            elements.add(new Element(Set.copyOf(lemmas), Set.copyOf(pos), wordClass, 0, negative, ahead, List.copyOf(compounds)));
        }
    }

    /** The lemmas the head element (the one marked "^", else the first) accepts. */
    Set<String> headWords() {
        return elements.get(headElement).lemmas();
    }

    /**
     * The words the pattern's first element accepts (for a hyphenated alternative, also its first part), or null when
     * it starts with a gap, a test or a POS class.
     */
    Set<String> firstWords() {
        Element e = elements.get(0);
        if (e.gap() > 0 || e.negative() > 0 || e.ahead() > 0 || !e.posPrefixes().isEmpty()) {
            return null;
        }
        Set<String> words = new java.util.HashSet<>(e.lemmas());
        for (String w : e.lemmas()) {
            if (w.indexOf('-') > 0) {
                words.add(w.substring(0, w.indexOf('-')));
            }
        }
        return Set.copyOf(words);
    }

    /** The match starting at token {@code start}, or null; never reads beyond {@code end} (exclusive). */
    Match matchAt(List<Token> tokens, int start, int end) {
        int[] positions = new int[elements.size()];
        int last = match(tokens, 0, start, end, positions);
        if (last < 0) {
            return null;
        }
        java.util.BitSet words = new java.util.BitSet();
        for (int e = 0; e < elements.size(); e++) {
            Element el = elements.get(e);
            if (el.gap() == 0 && el.negative() == 0 && el.ahead() == 0) {
                words.set(positions[e]);
            }
        }
        return new Match(start, last, positions[headElement], words);
    }

    /** Matches elements from {@code e} at token {@code i}; returns the last consumed token index or -1. */
    private int match(List<Token> tokens, int e, int i, int end, int[] positions) {
        if (e == elements.size()) {
            return i - 1;
        }
        Element el = elements.get(e);
        if (el.gap() > 0) {
            positions[e] = i;
            for (int skip = 0; skip <= el.gap() && i + skip <= end; skip++) {
                if (skip > 0 && isBoundary(tokens.get(i + skip - 1)) && !quotedPhrase(tokens, i + skip - 1)
                        && !ageAppositive(tokens, i + skip - 1) && !placeAppositive(tokens, i + skip - 1)) {
                    break;
                }
                int r = match(tokens, e + 1, i + skip, end, positions);
                if (r >= 0) {
                    return r;
                }
            }
            return -1;
        }
        if (el.negative() > 0) {
            positions[e] = i;
            for (int k = i; k < Math.min(end, i + el.negative()); k++) {
                if (el.matches(tokens.get(k))) {
                    return -1;
                }
            }
            return match(tokens, e + 1, i, end, positions);
        }
        if (el.ahead() > 0) {
            positions[e] = i;
            for (int k = i; k < Math.min(end, i + el.ahead()); k++) {
                if (el.matches(tokens.get(k))) {
                    return match(tokens, e + 1, i, end, positions);
                }
                if (isBoundary(tokens.get(k))) {
                    break;
                }
            }
            return -1;
        }
        if (i >= end) {
            return -1;
        }
        if (!el.matches(tokens.get(i))) {
            int n = el.compoundAt(tokens, i, end);
            if (n == 0) {
                return -1;
            }
            positions[e] = i + n - 1; // the compound's last part heads it ("six-party talks", "the sit-in")
            return match(tokens, e + 1, i + n, end, positions);
        }
        positions[e] = i;
        int r = match(tokens, e + 1, i + 1, end, positions);
        if (r < 0 && el.wordClass() == 'V' && e + 1 < elements.size() && plain(elements.get(e + 1)) && i + 2 < end
                && skippable(tokens.get(i + 1)) && !elements.get(e + 1).matches(tokens.get(i + 1))) {
            r = match(tokens, e + 1, i + 2, end, positions); // "appealed again to", "met separately with"
        }
        return r;
    }

    private static boolean plain(Element el) {
        return el.gap() == 0 && el.negative() == 0 && el.ahead() == 0;
    }

    /**
     * An adverb that may stand between a verb and the next word of its pattern: "appealed again to", "met separately
     * with"; not a negation, a particle or a limiting word. (Days between them were tried too: they turned "agreed
     * Wednesday on the need" from one rule to another and lost two events.)
     */
    private static boolean skippable(Token t) {
        return t.pos().equals("RB") && !NOT_SKIPPED.contains(t.word().toLowerCase(Locale.ROOT));
    }

    private static final Set<String> NOT_SKIPPED = Set.of("not", "n't", "never", "back", "away", "off", "out", "up", "down",
            "over", "in", "on", "around", "about", "along", "forward", "together", "apart", "ahead", "through", "so", "too",
            "as", "only", "even", "just", "hardly", "barely", "no", "nowhere", "aside", "by", "behind");

    /** A comma of an age after a name, which a gap may skip: "asked Budiono, 62, to help". */
    private static boolean ageAppositive(List<Token> tokens, int k) {
        if (!tokens.get(k).word().equals(",")) {
            return false;
        }
        boolean opening = k + 2 < tokens.size() && tokens.get(k + 1).pos().equals("CD") && tokens.get(k + 2).word().equals(",")
                && k > 0 && tokens.get(k - 1).pos().startsWith("NNP");
        boolean closing = k >= 2 && tokens.get(k - 1).pos().equals("CD") && tokens.get(k - 2).word().equals(",")
                && k > 2 && tokens.get(k - 3).pos().startsWith("NNP");
        return opening || closing;
    }

    /**
     * A comma around a place that locates the place before it, which a gap may skip: "talks in Amman, Jordan, with",
     * "arrived in Victoria, Canada, for".
     */
    private static boolean placeAppositive(List<Token> tokens, int k) {
        if (!tokens.get(k).word().equals(",") || k == 0 || !place(tokens.get(k - 1))) {
            return false;
        }
        for (int j = k + 1; j < tokens.size() && j <= k + 4 && place(tokens.get(j)); j++) {
            if (j + 1 < tokens.size() && tokens.get(j + 1).word().equals(",")) {
                return true; // opening: "Amman , Jordan ,"
            }
        }
        int j = k - 1;
        while (j > 0 && j >= k - 4 && place(tokens.get(j))) {
            j--;
        }
        return j < k - 1 && j > 0 && tokens.get(j).word().equals(",") && place(tokens.get(j - 1)); // closing
    }

    private static boolean place(Token t) {
        return "LOCATION".equals(t.ner()) || "CITY".equals(t.ner()) || "COUNTRY".equals(t.ner())
                || "STATE_OR_PROVINCE".equals(t.ner());
    }

    /**
     * An opening quote after a preposition, determiner, modal, adverb or a verb that is not finite opens a quoted phrase,
     * not a quotation: "warned of "painful measures"", "would "resort to other means" if"; so does one after a noun or a
     * pronoun that closes within eight words ("called him "a puppet""), and the closing quote of such a phrase of at
     * most eight words. Whether a quote opens or closes is read from the number of quotes before it (the tagger's
     * direction is not always right: "called Santer's speech "ill-judged and unwise"").
     */
    private static boolean quotedPhrase(List<Token> tokens, int k) {
        if (!isQuote(tokens.get(k))) {
            return false;
        }
        int before = 0;
        for (int j = 0; j < k; j++) {
            before += isQuote(tokens.get(j)) ? 1 : 0;
        }
        if (before % 2 == 1) {
            for (int j = k - 1; j > 0 && j >= k - 9; j--) {
                if (isQuote(tokens.get(j))) {
                    return quotedPhrase(tokens, j);
                }
                if (tokens.get(j).word().equals(",")) {
                    return false;
                }
            }
            return false;
        }
        if (k == 0) {
            return false;
        }
        String pos = tokens.get(k - 1).pos();
        if (pos.equals("PRP") || pos.startsWith("NN")) {
            return shortQuote(tokens, k); // "called him "a puppet"", "called Euro-sceptics "prophets of doom""
        }
        String lemma = tokens.get(k - 1).lemma() == null ? "" : tokens.get(k - 1).lemma().toLowerCase(Locale.ROOT);
        if ((pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) && !SPEAKING.contains(lemma)) {
            return shortQuote(tokens, k); // "expressed "strong support" for": a phrase, not what was said
        }
        return pos.equals("IN") || pos.equals("DT") || pos.equals("TO") || pos.equals("MD") || pos.startsWith("RB")
                || pos.equals("VB") || pos.equals("VBG") || pos.equals("VBN"); // "would face "painful measures" if"
    }

    /** Verbs whose quote is what was said. */
    private static final java.util.Set<String> SPEAKING = java.util.Set.of("say", "tell", "add", "state", "declare", "write",
            "warn", "insist", "ask", "reply", "respond", "answer", "announce", "claim", "argue", "note", "explain", "quote",
            "shout", "cry", "chant", "read", "continue", "conclude", "stress", "vow", "pledge", "urge", "demand");

    private static boolean isQuote(Token t) {
        return t.pos().equals("``") || t.pos().equals("''") || t.word().equals("\"");
    }

    /** Whether the opening quote at {@code k} closes within eight words, with no clause punctuation inside. */
    private static boolean shortQuote(List<Token> tokens, int k) {
        for (int j = k + 1; j < tokens.size() && j <= k + 9; j++) {
            if (isQuote(tokens.get(j))) {
                return j > k + 1;
            }
            String w = tokens.get(j).word();
            if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals(".") && !(j + 1 < tokens.size()
                    && isQuote(tokens.get(j + 1)))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Tokens a gap may not skip: clause punctuation and finite verbs other than auxiliaries (another clause's predicate).
     * Brackets are skipped: "asked the European Commission (EC) to".
     */
    static boolean isBoundary(Token t) {
        String p = t.pos();
        String w = t.word();
        String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
        if (lemma.equals("be") || lemma.equals("have")) {
            return false;
        }
        return w.equals(",") || w.equals(";") || w.equals(":") || w.equals("--") || p.equals("``") || p.equals("''") || w.equals("\"")
                || p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD");
    }
}
