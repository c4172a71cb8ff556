package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.Token;

/**
 * The features the learned trigger model ({@link TriggerModel}) reads off one token of a sentence: its words and
 * their neighbours, cues of mood, names around it, and what the hand-written trigger rules ({@link Triggers}) said
 * about it. Training ({@code org.newsgraph.eval.TriggerModelTrainer}) and prediction use this one class, so both see
 * the same features. Stateless and thread-safe.
 */
public final class TriggerFeatures {

    private static final Set<String> MODALS = Set.of("will", "would", "could", "may", "might", "should", "can", "shall", "must");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");

    private TriggerFeatures() {
    }

    /**
     * Whether token {@code i} can be a trigger: a verb, a common noun or an adjective, or a word inside a rule's match.
     *
     * @param inHit for each token, whether a hand-written rule matched over it
     */
    static boolean candidate(List<Token> t, int i, boolean[] inHit) {
        String pos = t.get(i).pos();
        return inHit[i] || pos.startsWith("VB") || pos.equals("NN") || pos.equals("NNS") || pos.equals("JJ");
    }

    /** For each token, whether a rule's match covers it. */
    static boolean[] covered(List<Token> t, List<Triggers.Hit> hits) {
        boolean[] in = new boolean[t.size()];
        for (Triggers.Hit h : hits) {
            for (int k = h.match().first(); k <= h.match().last(); k++) {
                in[k] = true;
            }
        }
        return in;
    }

    /**
     * The features of every token of a sentence, null for tokens that cannot be triggers.
     *
     * @param ruleEvents the events the rules found in the sentence (their trigger spans in the tokens' offsets)
     */
    public static List<List<String>> ofSentence(List<Token> t, List<EventMention> ruleEvents) {
        List<Triggers.Hit> hits = Triggers.find(t);
        boolean[] inHit = covered(t, hits);
        List<List<String>> out = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
            out.add(candidate(t, i, inHit) ? of(t, i, hits, ruleEvents) : null);
        }
        return out;
    }

    /** The features of token {@code i}, given the rule hits of its sentence and the events the rules made of them. */
    static List<String> of(List<Token> t, int i, List<Triggers.Hit> hits, List<EventMention> ruleEvents) {
        List<String> f = new ArrayList<>(32);
        f.add("b");
        String l = lemma(t, i);
        String p = pos(t, i);
        f.add("l=" + l);
        f.add("w=" + t.get(i).word().toLowerCase(Locale.ROOT));
        f.add("p=" + p);
        f.add("lp=" + l + "|" + p);
        f.add("l-1=" + lemma(t, i - 1));
        f.add("l+1=" + lemma(t, i + 1));
        f.add("l-2=" + lemma(t, i - 2));
        f.add("l+2=" + lemma(t, i + 2));
        f.add("p-1=" + pos(t, i - 1));
        f.add("p+1=" + pos(t, i + 1));
        f.add("ll+1=" + l + "|" + lemma(t, i + 1));
        f.add("l-1l=" + lemma(t, i - 1) + "|" + l);
        f.add("ll+2=" + l + "|" + lemma(t, i + 2));
        if (p.equals("NN")) {
            for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
                if (t.get(k).pos().startsWith("VB")) {
                    f.add("verb<=" + lemma(t, k) + "|" + l); // "launched ... attacks", "held talks"
                    break;
                }
            }
        } else if (p.equals("VB")) {
            for (int k = i + 1; k < Math.min(t.size(), i + 5); k++) {
                if (t.get(k).pos().startsWith("NN")) {
                    f.add("obj=" + (t.get(k).pos().equals("NNP") ? "NAME" : lemma(t, k))); // "shelled the town", "met Putin"
                    f.add("lobj=" + l + "|" + (t.get(k).pos().equals("NNP") ? "NAME" : lemma(t, k)));
                    break;
                }
            }
        }
        for (int k = Math.max(0, i - 3); k < i; k++) {
            String w = t.get(k).word().toLowerCase(Locale.ROOT);
            if (MODALS.contains(w)) {
                f.add("modal");
            }
            if (NEGATIONS.contains(w)) {
                f.add("neg");
            }
        }
        if (i > 0 && t.get(i - 1).word().equalsIgnoreCase("to")) {
            f.add("to|" + p);
        }
        f.add("nerL=" + nearName(t, i - 4, i));
        f.add("nerR=" + nearName(t, i + 1, i + 5));
        if (!t.get(i).ner().equals("O")) {
            f.add("inName");
        }
        for (Triggers.Hit h : hits) {
            if (i < h.match().first() || i > h.match().last()) {
                continue;
            }
            String c = h.rule().category();
            boolean head = i == h.match().head();
            f.add("r=" + c);
            f.add((head ? "rh=" : "rin=") + c);
            f.add("rneed=" + c + "|" + h.rule().need());
            f.add("rl=" + c + "|" + l);
            if (!h.blockedBy().isEmpty()) {
                f.add("rfallback=" + c);
            }
        }
        for (EventMention e : ruleEvents) {
            if (inTrigger(t.get(i), e)) {
                f.add("ev=" + e.category());
                f.add("evm=" + e.category() + "|" + e.modality());
                f.add("evl=" + e.category() + "|" + l);
                f.add("eva=" + e.category() + "|" + (e.actors().isEmpty() ? "-" : "a") + (e.recipient() == null ? "-" : "r"));
            }
        }
        return f;
    }

    /** The head of a trigger over tokens {@code first..last}: its first verb, or else its last word (a noun's head). */
    static int head(List<Token> t, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (t.get(k).pos().startsWith("VB")) {
                return k;
            }
        }
        return last;
    }

    /** Whether token {@code k} lies in the trigger of event {@code e}. */
    static boolean inTrigger(Token k, EventMention e) {
        return e.trigger().overlaps(new org.newsgraph.extract.quote.Span(k.begin(), k.end()));
    }

    /** The coarse tag of the first named token in {@code [from, to)}, or "O". */
    private static String nearName(List<Token> t, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(t.size(), to); k++) {
            if (!t.get(k).ner().equals("O")) {
                return t.get(k).ner();
            }
        }
        return "O";
    }

    private static String lemma(List<Token> t, int i) {
        return i < 0 ? "<s>" : i >= t.size() ? "</s>" : Moods.lemma(t.get(i));
    }

    private static String pos(List<Token> t, int i) {
        if (i < 0 || i >= t.size()) {
            return "-";
        }
        String p = t.get(i).pos();
        return p.length() > 2 ? p.substring(0, 2) : p;
    }
}
