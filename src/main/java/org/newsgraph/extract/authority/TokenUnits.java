package org.newsgraph.extract.authority;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.extract.Token;

/**
 * The words of a token sequence as the gazetteer compares them: each token split at hyphens and other
 * inner punctuation ("Secretary-General" gives two units, "U.S.-led" gives "us" and "led"), each unit
 * keyed by {@link Names#key}. A token of hyphens alone is transparent ("Secretary - General"), other
 * punctuation tokens are barriers that no match crosses, and a clitic "'s" joins the word before it.
 */
final class TokenUnits {

    /**
     * One unit: its key (null for a barrier), its surface text, its token position and char span. A unit
     * with a joined clitic also keeps the key and end without it ({@code baseKey}, {@code baseEnd}), so
     * "Peru's" can match "Peru" while "People's Republic" matches as a whole.
     */
    record Unit(String key, String surface, int tokenPos, int begin, int end, boolean tokenStart, String baseKey,
            int baseEnd) {

        Unit(String key, String surface, int tokenPos, int begin, int end, boolean tokenStart) {
            this(key, surface, tokenPos, begin, end, tokenStart, null, -1);
        }
    }

    private TokenUnits() {
    }

    static List<Unit> of(List<Token> tokens) {
        List<Unit> units = new ArrayList<>(tokens.size() + 8);
        for (int pos = 0; pos < tokens.size(); pos++) {
            Token t = tokens.get(pos);
            String w = t.word();
            if (w == null || w.isEmpty()) {
                continue;
            }
            if (isClitic(w) && !units.isEmpty() && units.get(units.size() - 1).end() == t.begin()
                    && units.get(units.size() - 1).key() != null) {
                Unit prev = units.remove(units.size() - 1);
                units.add(new Unit(prev.key() + Names.key(w), prev.surface() + w, prev.tokenPos(), prev.begin(),
                        t.end(), prev.tokenStart(), prev.key(), prev.end()));
                continue;
            }
            int before = units.size();
            split(w, t, pos, units);
            if (units.size() == before && !isDashes(w)) {
                units.add(new Unit(null, w, pos, t.begin(), t.end(), true));
            }
        }
        return units;
    }

    private static void split(String w, Token t, int pos, List<Unit> out) {
        // offsets inside the token are exact only when the word is the text as written
        boolean exact = w.length() == t.end() - t.begin();
        int i = 0;
        boolean first = true;
        while (i < w.length()) {
            while (i < w.length() && Names.isSeparator(w.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < w.length() && !Names.isSeparator(w.charAt(i))) {
                i++;
            }
            if (i > s) {
                String seg = w.substring(s, i);
                String key = Names.key(seg);
                if (!key.isEmpty()) {
                    int b = exact ? t.begin() + s : t.begin();
                    int e = exact ? t.begin() + i : t.end();
                    int clitic = seg.length() - 2;
                    if (clitic > 0 && isClitic(seg.substring(clitic))) {
                        out.add(new Unit(key, seg, pos, b, e, first, Names.key(seg.substring(0, clitic)),
                                exact ? e - 2 : e));
                    } else {
                        out.add(new Unit(key, seg, pos, b, e, first));
                    }
                    first = false;
                }
            }
        }
    }

    private static boolean isClitic(String w) {
        return w.length() == 2 && (w.charAt(0) == '\'' || w.charAt(0) == '\u2019')
                && (w.charAt(1) == 's' || w.charAt(1) == 'S');
    }

    private static boolean isDashes(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c != '-' && c != '\u2010' && c != '\u2011') {
                return false;
            }
        }
        return true;
    }
}
