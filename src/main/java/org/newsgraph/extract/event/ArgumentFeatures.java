package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.DependencyParse;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Token;

/**
 * The features the learned argument model ({@link ArgumentModel}) reads off a pair of an event's trigger and a
 * candidate participant in the same sentence: the category, which side of the trigger the candidate stands on and how
 * far, what lies between (verbs, commas, a reporting clause), the preposition before it, a possessive after it, the
 * trigger's voice and lemma, and the candidate's kind; and, where the sentence was parsed, the dependency path between
 * the two ({@link ParseFeatures}). Training and prediction use this one class. Stateless.
 */
public final class ArgumentFeatures {

    /** The trigger of an event as token indices into its sentence (inclusive). */
    public record Trigger(int first, int last, int head, String category) {
    }

    private static final Set<String> REPORTING = Set.of("say", "tell", "add", "state", "announce", "report", "claim");

    private ArgumentFeatures() {
    }

    /** The trigger over the tokens a char span covers, headed by its first verb or else its last word; null if none. */
    public static Trigger trigger(List<Token> t, int begin, int end, String category) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).begin() < end && begin < t.get(i).end()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return first < 0 ? null : new Trigger(first, last, TriggerFeatures.head(t, first, last), category);
    }

    /** The candidates for an event's participants and the token spans ({first, last}) they cover, in mention order. */
    public record Candidates(List<Mention> mentions, List<int[]> spans) {
    }

    /**
     * The mentions that can be participants of the event of trigger {@code g}: names and descriptions of actors and
     * places in the sentence, outside the trigger.
     */
    public static Candidates candidates(List<Token> t, List<Mention> mentions, Trigger g) {
        List<Mention> cands = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (Mention m : mentions) {
            int[] s = span(t, m);
            if (s != null && Participants.ACTOR_TYPES.contains(m.type()) && (s[1] < g.first() || s[0] > g.last())) {
                cands.add(m);
                spans.add(s);
            }
        }
        return new Candidates(cands, spans);
    }

    /** The token indices {first, last} a mention covers, or null when it covers none. */
    public static int[] span(List<Token> t, Mention m) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < t.size(); i++) {
            if (m.overlaps(t.get(i).begin(), t.get(i).end())) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return first < 0 ? null : new int[] {first, last};
    }

    /**
     * The features of candidate {@code m} (over tokens {@code span}) for the event of trigger {@code g}.
     *
     * @param nearest whether no other candidate stands between it and the trigger
     */
    public static List<String> of(List<Token> t, Trigger g, Mention m, int[] span, boolean nearest) {
        return of(t, g, m, span, nearest, null);
    }

    /**
     * The features of candidate {@code m} (over tokens {@code span}) for the event of trigger {@code g}, with those of
     * the dependency parse of the sentence ({@link ParseFeatures}) when it is given.
     *
     * @param nearest whether no other candidate stands between it and the trigger
     * @param parse   the parse of the tokens {@code t}, or null
     */
    public static List<String> of(List<Token> t, Trigger g, Mention m, int[] span, boolean nearest, DependencyParse parse) {
        List<String> f = new ArrayList<>(32);
        String c = g.category();
        boolean before = span[1] < g.first();
        String side = before ? "L" : "R";
        int from = before ? span[1] + 1 : g.last() + 1;
        int to = before ? g.first() : span[0];
        int gap = Math.max(0, to - from);
        String kind = t.get(g.head()).pos().startsWith("VB") ? "v" : "n";
        String type = m.type().name();
        f.add("b");
        f.add("c=" + c);
        f.add("s=" + side);
        f.add("cs=" + c + side);
        f.add("ks=" + kind + side);
        f.add("cks=" + c + kind + side);
        f.add("d=" + side + bucket(gap));
        f.add("cd=" + c + side + bucket(gap));
        f.add("t=" + type);
        f.add("ts=" + type + side);
        f.add("cts=" + c + type + side);
        f.add("ls=" + Moods.lemma(t.get(g.head())) + side);
        if (nearest) {
            f.add("near" + side);
            f.add("cnear" + c + side);
        }
        int verbs = 0;
        int commas = 0;
        boolean reporting = false;
        String nearVerb = null; // the verb between nearest the trigger: "condemned" in "X condemned the killing of"
        for (int i = from; i < to; i++) {
            Token k = t.get(i);
            verbs += k.pos().startsWith("VB") ? 1 : 0;
            if (k.pos().startsWith("VB") && (before || nearVerb == null)) {
                nearVerb = Moods.lemma(k);
            }
            commas += k.word().equals(",") ? 1 : 0;
            reporting |= REPORTING.contains(Moods.lemma(k)) || k.word().equalsIgnoreCase("that");
        }
        f.add("vb=" + side + Math.min(verbs, 2));
        if (nearVerb != null) {
            f.add("vbl=" + side + nearVerb);
            f.add("cvbl=" + c + side + nearVerb);
        }
        f.add("cm=" + side + Math.min(commas, 2));
        if (reporting) {
            f.add("report" + side);
        }
        if (span[0] > 0) {
            Token p = t.get(span[0] - 1);
            if (p.pos().equals("IN") || p.pos().equals("TO")) {
                String w = p.word().toLowerCase(Locale.ROOT);
                f.add("prep=" + w + side);
                f.add("cprep=" + c + w + side);
                if (p.word().equalsIgnoreCase("by") && passive(t, g.head())) {
                    f.add("byPassive");
                }
            }
        }
        if (span[1] + 1 < t.size() && t.get(span[1] + 1).pos().equals("POS")) {
            f.add("poss" + side + (span[1] + 2 == g.first() ? "Adj" : ""));
        }
        if (passive(t, g.head())) {
            f.add("pass" + side);
            f.add("cpass" + c + side);
        }
        if (gap == 0) {
            f.add("adj" + side + kind);
        }
        ParseFeatures.add(f, t, parse, g, span);
        return f;
    }

    /** A participle after a form of "be" or "get" within two tokens: "was attacked", "were being held". */
    private static boolean passive(List<Token> t, int head) {
        if (!t.get(head).pos().equals("VBN")) {
            return false;
        }
        for (int i = head - 1; i >= Math.max(0, head - 3); i--) {
            String l = Moods.lemma(t.get(i));
            if (l.equals("be") || l.equals("get")) {
                return true;
            }
        }
        return false;
    }

    private static String bucket(int gap) {
        return gap == 0 ? "0" : gap == 1 ? "1" : gap <= 3 ? "2-3" : gap <= 7 ? "4-7" : "8+";
    }
}
