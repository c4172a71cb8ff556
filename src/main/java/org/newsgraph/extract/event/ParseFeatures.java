package org.newsgraph.extract.event;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.newsgraph.extract.DependencyParse;
import org.newsgraph.extract.Token;

/**
 * The dependency-parse features of a (trigger, candidate) pair for the learned argument model: the path of enhanced++
 * arcs from the trigger's head to the nearest token of the candidate ("+nsubj", "+obl:on", "-obj+nsubj" for the subject
 * of the verb governing a noun trigger, "+xcomp+obj"; "far" beyond three arcs), conjoined with the category and with the
 * trigger's lemma or with the verb above a noun trigger, the path's length, and the candidate's own relation to its head
 * (and that head's lemma when it is another verb: "nsubj:say"). A "+" step goes from a head to its dependent, a "-"
 * step from a dependent to its head. Token positions are sentence-relative, as in the parse. Stateless.
 */
final class ParseFeatures {

    /** The starts of the names of these features (a table that weighs none of them needs no parse). */
    static final List<String> PREFIXES = List.of("dp=", "cdp=", "ldp=", "dp1=", "cdp1=", "cr=", "cg=", "gdp=", "dlen=", "cdlen=");
    /** Paths longer than this are "far": beyond them the parse's arcs say little about one trigger's arguments. */
    static final int MAX_PATH = 3;

    private ParseFeatures() {
    }

    /**
     * Adds the features of the candidate over tokens {@code span} ({first, last}) for the trigger {@code g} to {@code f};
     * adds nothing when the parse is absent or covers other tokens than {@code t}.
     */
    static void add(List<String> f, List<Token> t, DependencyParse p, ArgumentFeatures.Trigger g, int[] span) {
        if (p == null || p.size() != t.size()) {
            return;
        }
        String c = g.category();
        String path = path(p, g.head(), span);
        f.add("dp=" + path);
        f.add("cdp=" + c + path);
        f.add("ldp=" + Moods.lemma(t.get(g.head())) + path);
        String step = firstStep(path);
        if (!step.equals(path)) { // a longer path also tells its first step: "-obj" of "-obj+nsubj"
            f.add("dp1=" + step);
            f.add("cdp1=" + c + step);
        }
        int h = head(p, span);
        int gov = p.headOf(h);
        f.add("cr=" + p.relationOf(h) + (gov == g.head() ? "T" : gov >= 0 && t.get(gov).pos().startsWith("VB") ? "V" : "O"));
        if (gov >= 0 && gov != g.head() && t.get(gov).pos().startsWith("VB")) {
            f.add("cg=" + p.relationOf(h) + ":" + Moods.lemma(t.get(gov))); // "nsubj:say": the one who said it
        }
        int up = p.headOf(g.head());
        if (path.startsWith("-") && up >= 0) {
            f.add("gdp=" + Moods.lemma(t.get(up)) + path); // "launch-obj+nsubj": who launched the attack
        }
        int length = path.equals("far") ? MAX_PATH + 1 : steps(path);
        f.add("dlen=" + length);
        f.add("cdlen=" + c + length);
    }

    /** The number of steps of a path that is not "far". */
    private static int steps(String path) {
        int n = 0;
        for (int i = 0; i < path.length(); i++) {
            n += path.charAt(i) == '+' || path.charAt(i) == '-' ? 1 : 0;
        }
        return n;
    }

    /** Whether feature {@code name} is one of these (read off the parse). */
    static boolean fromParse(String name) {
        return PREFIXES.stream().anyMatch(name::startsWith);
    }

    /**
     * The shortest path of enhanced++ arcs, followed either way, from token {@code from} to a token of {@code span}: its
     * steps' labels, each prefixed "+" (down to a dependent) or "-" (up to a head), lower-cased; "far" when longer than
     * {@link #MAX_PATH} or absent.
     */
    static String path(DependencyParse p, int from, int[] span) {
        int n = p.size();
        String[] how = new String[n];
        int[] dist = new int[n];
        Arrays.fill(dist, -1);
        dist[from] = 0;
        how[from] = "";
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(from);
        while (!queue.isEmpty()) {
            int at = queue.poll();
            if (at >= span[0] && at <= span[1]) {
                return how[at];
            }
            if (dist[at] == MAX_PATH) {
                continue;
            }
            for (DependencyParse.Arc a : p.dependents(at)) {
                step(a.dependent(), "+" + a.relation(), at, dist, how, queue);
            }
            for (DependencyParse.Arc a : p.governors(at)) {
                if (a.head() >= 0) {
                    step(a.head(), "-" + a.relation(), at, dist, how, queue);
                }
            }
        }
        return "far";
    }

    /** The first step of a path ("-obj" of "-obj+nsubj"); the path itself when it has one step or is "far". */
    static String firstStep(String path) {
        for (int i = 1; i < path.length(); i++) {
            if (path.charAt(i) == '+' || path.charAt(i) == '-') {
                return path.substring(0, i);
            }
        }
        return path;
    }

    private static void step(int to, String label, int at, int[] dist, String[] how, ArrayDeque<Integer> queue) {
        if (to >= 0 && to < dist.length && dist[to] < 0) {
            dist[to] = dist[at] + 1;
            how[to] = how[at] + label.toLowerCase(Locale.ROOT);
            queue.add(to);
        }
    }

    /** The token of the span whose basic head lies outside it (the first such), else the span's last token. */
    static int head(DependencyParse p, int[] span) {
        for (int i = span[0]; i <= span[1]; i++) {
            int h = p.headOf(i);
            if (h < span[0] || h > span[1]) {
                return i;
            }
        }
        return span[1];
    }
}
