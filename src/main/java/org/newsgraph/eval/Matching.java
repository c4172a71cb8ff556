package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * One-to-one matching of system to gold attributions by content overlap (largest first), optionally also
 * requiring overlapping sources. Spans are lists of {@code [begin, end)} parts.
 */
final class Matching {

    private static final String MARKS = "“”\"„«»‘’‚'";

    final boolean[] systemMatched;
    final boolean[] goldMatched;

    private Matching(int s, int g) {
        systemMatched = new boolean[s];
        goldMatched = new boolean[g];
    }

    /** Matches; when {@code ss}/{@code gs} are given, a pair also needs overlapping sources. */
    static Matching run(List<List<int[]>> sc, List<List<int[]>> gc, List<List<int[]>> ss, List<List<int[]>> gs) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < sc.size(); i++) {
            for (int j = 0; j < gc.size(); j++) {
                int o = overlap(sc.get(i), gc.get(j));
                if (o > 0 && (ss == null || overlap(ss.get(i), gs.get(j)) > 0)) pairs.add(new int[] {o, i, j});
            }
        }
        pairs.sort((a, b) -> Integer.compare(b[0], a[0]));
        Matching m = new Matching(sc.size(), gc.size());
        for (int[] p : pairs) {
            if (!m.systemMatched[p[1]] && !m.goldMatched[p[2]]) {
                m.systemMatched[p[1]] = true;
                m.goldMatched[p[2]] = true;
            }
        }
        return m;
    }

    /**
     * Counts; with {@code directOnly}, items that are not direct quotes are left out. With sources given, gold
     * items without an in-text source are left out, and so are system items without a source whose content
     * overlaps such a gold item (both sides agree there is no speaker in the text); other system items without
     * a source stay in as errors, since the gold names a speaker they missed.
     */
    PolnearScorer.Measure measure(List<List<int[]>> ss, List<List<int[]>> gs, List<List<int[]>> sc,
                                  List<List<int[]>> gc, boolean[] sd, boolean[] gd, boolean directOnly) {
        int s = 0, g = 0, ms = 0, mg = 0;
        for (int i = 0; i < sc.size(); i++) {
            if ((ss != null && ss.get(i).isEmpty() && overlapsSourceless(sc.get(i), gc, gs))
                    || (directOnly && !sd[i])) {
                continue;
            }
            s++;
            if (systemMatched[i]) ms++;
        }
        for (int j = 0; j < gc.size(); j++) {
            if ((gs != null && gs.get(j).isEmpty()) || (directOnly && !gd[j])) continue;
            g++;
            if (goldMatched[j]) mg++;
        }
        return new PolnearScorer.Measure(s, g, ms, mg);
    }

    private static boolean overlapsSourceless(List<int[]> content, List<List<int[]>> gc, List<List<int[]>> gs) {
        for (int j = 0; j < gc.size(); j++) {
            if (gs.get(j).isEmpty() && overlap(content, gc.get(j)) > 0) return true;
        }
        return false;
    }

    static int overlap(List<int[]> a, List<int[]> b) {
        int o = 0;
        for (int[] x : a) {
            for (int[] y : b) {
                o += Math.max(0, Math.min(x[1], y[1]) - Math.max(x[0], y[0]));
            }
        }
        return o;
    }

    /**
     * A direct quote: the content both starts and ends with a quote mark (PolNeAR annotators include the
     * marks), or quote marks enclose it (the finder's parts exclude them). Reported speech that merely ends or
     * starts with a partial quote ("that Trump is “unfit to serve.”") is not direct.
     */
    static boolean isDirect(String text, List<int[]> parts) {
        int b = parts.get(0)[0];
        int e = parts.get(parts.size() - 1)[1];
        while (b < e && Character.isWhitespace(text.charAt(b))) b++;
        while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || ".,".indexOf(text.charAt(e - 1)) >= 0
                && e - 1 > b && MARKS.indexOf(text.charAt(e - 2)) >= 0)) {
            e--;
        }
        if (b >= e) return false;
        if (e - b > 1 && MARKS.indexOf(text.charAt(b)) >= 0 && MARKS.indexOf(text.charAt(e - 1)) >= 0) return true;
        int before = b - 1;
        while (before >= 0 && text.charAt(before) == ' ') before--;
        int after = e;
        while (after < text.length() && ".,!?".indexOf(text.charAt(after)) >= 0) after++;
        return before >= 0 && after < text.length() && MARKS.indexOf(text.charAt(before)) >= 0
                && MARKS.indexOf(text.charAt(after)) >= 0;
    }
}
