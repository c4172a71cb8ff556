package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.Token;

/**
 * The words that signal each event category, as token patterns (see {@link TokenPattern}) read from the table in
 * {@code triggers.txt} ({@link TriggerTable}), most specific first:
 * the first rule that matches at a head token wins ("attacked X for ..." is an accusation before it is an
 * assault). Immutable and thread-safe.
 */
final class Triggers {

    /** What a rule needs besides its words. */
    enum Need {
        NOTHING,
        /** An actor mention must be found ("threatened" with an inanimate subject is no threat). */
        ACTOR,
        /**
         * An actor, or for a passive a victim as its subject: "four soldiers were killed in Anbar" is an assault whose
         * attacker the sentence does not name; "the plan was killed" names no victim a mention could hold.
         */
        ACTOR_OR_VICTIM,
        /** A named actor right before the noun ("an Israeli raid"); bare "the attack" refers back, not to a new event. */
        ADJACENT_ACTOR,
        /** Armed or state actors or a place withdrawn from ("pulled out" of a tournament is no retreat). */
        FORCE_OR_PLACE,
        /**
         * A counterpart: a recipient, a second actor ("the two leaders met") or, for visits, a place; without one,
         * "met its energy needs" or "visited the venue" is no contact between parties.
         */
        COUNTERPART,
        /** Workers or a union nearby: "the teachers' strike", not a football "strike" or a lightning "strike". */
        LABOUR,
        /** A party named around a noun made from a verb, actor or recipient: "support for the plan" alone is no event. */
        PARTY,
        /** A passive with a named sufferer as subject ("some of whom were released"): "released a statement" is no event. */
        VICTIM,
        /** A party acted on, named as the recipient: "rebels fighting the regime", not "fighting poverty". */
        TARGET,
        /**
         * A named actor or a party acted on: "Abdullah said he supported the initiative" and "the one major country
         * that supports his authoritarian regime" are support, "support prices" is none.
         */
        ACTOR_OR_TARGET
    }

    /**
     * @param nominal the head is a noun ("phone conversation", "air strike"): the actor is a possessive or a
     *                name before it, or the subject of the clause
     */
    record Rule(String category, String mode, TokenPattern pattern, boolean nominal, Need need) {
    }

    /**
     * A rule matched in a sentence; token indices are into the sentence's token list. {@code blockedBy} is empty for a
     * hit of its own; for a fallback, the hits whose words it shares: it stands only if none of them makes an event.
     */
    record Hit(Rule rule, TokenPattern.Match match, List<Hit> blockedBy) {
        Hit(Rule rule, TokenPattern.Match match) {
            this(rule, match, List.of());
        }
    }

    /** The category of rules that only claim words for no event ("heart attack"), so that no later rule takes them. */
    static final String NOT_AN_EVENT = "NONE";
    private static final TriggerTable TABLE = TriggerTable.load();
    private static final List<Rule> RULES = TABLE.rules();
    /** Armed and security forces: the words of the table's FORCES list. */
    static final Set<String> FORCES = TABLE.words("FORCES");
    /** Rules by a word their pattern starts with, so a token is tried only against rules it can start. */
    private static final Map<String, List<Integer>> BY_FIRST_WORD = new java.util.HashMap<>();

    static {
        for (int r = 0; r < RULES.size(); r++) {
            for (String w : RULES.get(r).pattern().firstWords()) {
                BY_FIRST_WORD.computeIfAbsent(w, k -> new ArrayList<>()).add(r);
            }
        }
    }

    private Triggers() {
    }

    /**
     * The triggers of one sentence, at most one per head token and none sharing a matched word with an earlier rule's
     * match (nor overlapping a look-alike's).
     * Token indices of the hits are into {@code tokens}.
     */
    static List<Hit> find(List<Token> tokens) {
        List<Hit> hits = new ArrayList<>();
        boolean[] used = new boolean[tokens.size()];
        java.util.TreeMap<Integer, List<Integer>> candidates = new java.util.TreeMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token k = tokens.get(i);
            for (String w : new String[] {Moods.lemma(k), k.word().toLowerCase(Locale.ROOT)}) {
                for (int r : BY_FIRST_WORD.getOrDefault(w, List.of())) {
                    List<Integer> at = candidates.computeIfAbsent(r, x -> new ArrayList<>());
                    if (!at.contains(i)) {
                        at.add(i);
                    }
                }
            }
        }
        List<Hit> fallbacks = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> c : candidates.entrySet()) {
            Rule r = RULES.get(c.getKey());
            for (int i : c.getValue()) {
                TokenPattern.Match m = r.pattern().matchAt(tokens, i, tokens.size());
                if (m == null || !r.category().equals(NOT_AN_EVENT) && m.first() > 0
                        && (tokens.get(m.first() - 1).pos().equals("HYPH") || tokens.get(m.first() - 1).word().equals("-"))) {
                    continue; // part of a compound ("Norwegian-backed", "just-concluded visit"): its words stay free for others
                }
                if (!r.category().equals(NOT_AN_EVENT) && m.last() != m.head() && m.last() + 1 < tokens.size()
                        && (tokens.get(m.last() + 1).pos().equals("HYPH") || tokens.get(m.last() + 1).word().equals("-"))) {
                    continue; // ends inside a compound: "to send their own envoy to the military-run state" sends no force
                }
                List<Hit> overlapped = new ArrayList<>();
                for (Hit h : hits) {
                    // a look-alike keeps every later rule off its whole span; an event rule only off the words it
                    // matched, so that a rule may reach past it ("warned that any country supporting the resolution
                    // would harm its relations")
                    boolean spans = m.first() <= h.match().last() && h.match().first() <= m.last() || h.match().head() == m.head();
                    if (h.rule().category().equals(NOT_AN_EVENT) ? spans : m.sharesWords(h.match())) {
                        overlapped.add(h);
                    }
                }
                if (overlapped.isEmpty() && !used[m.head()]) {
                    hits.add(new Hit(r, m));
                    used[m.head()] = true;
                } else if (fallback(overlapped, fallbacks, m) && !r.category().equals(NOT_AN_EVENT)) {
                    fallbacks.add(new Hit(r, m, List.copyOf(overlapped)));
                }
            }
        }
        pronounObjects(tokens, hits, used);
        hits.removeIf(h -> h.rule().category().equals(NOT_AN_EVENT));
        hits.sort(java.util.Comparator.comparingInt(h -> h.match().head()));
        fallbacks.sort(java.util.Comparator.comparingInt(h -> h.match().head()));
        hits.addAll(fallbacks); // after every hit they depend on
        return hits;
    }

    /**
     * Whether a match that shares words with earlier hits may stand in for them when they all fail what their rules
     * need ("the ban on demonstrations was lifted": the bare "demonstrations" needs an actor, the lifting does not):
     * only when each of them is a noun rule that needs something and is headed by another word, and no earlier fallback
     * already covers its words.
     */
    private static boolean fallback(List<Hit> overlapped, List<Hit> fallbacks, TokenPattern.Match m) {
        for (Hit h : overlapped) {
            if (!h.rule().nominal() || h.rule().need() == Need.NOTHING || h.rule().category().equals(NOT_AN_EVENT)
                    || h.match().head() == m.head()) { // a weaker reading of the same word is no second chance
                return false;
            }
        }
        for (Hit f : fallbacks) {
            if (m.first() <= f.match().last() && f.match().first() <= m.last()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the blockade ... since the United States imposed it": a verb whose object is "it" or "them" is tried with each
     * common noun before it in the sentence, nearest first, in the pronoun's place; the first that completes a rule
     * at that verb is taken as the pronoun's antecedent.
     */
    private static void pronounObjects(List<Token> tokens, List<Hit> hits, boolean[] used) {
        for (int p = 1; p < tokens.size(); p++) {
            String w = tokens.get(p).word().toLowerCase(Locale.ROOT);
            int v = p - 1;
            if (!(w.equals("it") || w.equals("them")) || used[v] || !tokens.get(v).pos().startsWith("VB")) {
                continue;
            }
            List<Integer> rules = BY_FIRST_WORD.getOrDefault(Moods.lemma(tokens.get(v)), List.of());
            if (rules.isEmpty()) {
                continue;
            }
            Hit found = null;
            for (int n = v - 1; n >= 0 && found == null; n--) {
                Token a = tokens.get(n);
                if (!a.pos().equals("NN") && !a.pos().equals("NNS")) {
                    continue;
                }
                List<Token> swapped = new ArrayList<>(tokens);
                Token pr = tokens.get(p);
                swapped.set(p, new Token(pr.index(), pr.begin(), pr.end(), a.word(), a.pos(), a.lemma(), a.ner()));
                for (int r : rules) {
                    TokenPattern.Match m = RULES.get(r).pattern().matchAt(swapped, v, swapped.size());
                    if (m != null && m.head() == v && m.last() >= p) {
                        found = new Hit(RULES.get(r), m);
                        break;
                    }
                }
            }
            if (found != null) {
                boolean overlaps = false;
                for (Hit h : hits) {
                    overlaps |= found.match().first() <= h.match().last() && h.match().first() <= found.match().last();
                }
                if (!overlaps) {
                    hits.add(found);
                    used[v] = true;
                }
            }
        }
    }

    /** The mode of a hit: the rule's, refined by telling words from the trigger to a few tokens after it. */
    static String mode(Hit h, List<Token> tokens) {
        Map<String, String> words = TABLE.refinements(h.rule().category());
        if (!words.isEmpty()) {
            int to = Math.min(tokens.size(), h.match().last() + 5);
            for (int i = h.match().first(); i < to; i++) {
                String m = words.get(tokens.get(i).lemma().toLowerCase(Locale.ROOT));
                if (m != null) {
                    return m;
                }
            }
        }
        return h.rule().mode();
    }
}
