package org.newsgraph.extract.authority;

import java.util.List;

import org.newsgraph.extract.Token;
import org.newsgraph.extract.authority.TokenUnits.Unit;

/** The capitalisation tests the gazetteer applies to a span of units. Stateless. */
final class CaseRules {

    private CaseRules() {
    }

    /** Capitalised as a name: first word, and every other word of more than three letters that starts a token. */
    static boolean nameCase(List<Unit> units, int from, int to) {
        for (int k = from; k < to; k++) {
            Unit u = units.get(k);
            if ((k == from || u.tokenStart() && u.key().length() > 3) && !startsUpper(u.surface())
                    && !(k == from && arabicArticle(units, from, to))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the name from {@code from} opens with the Arabic article in lower case before a capitalised word, as wire
     * copy writes it ("al-Qaida", "al Qaeda"): a name all the same.
     */
    private static boolean arabicArticle(List<Unit> units, int from, int to) {
        String first = units.get(from).surface();
        if (!first.equals("al") && !first.equals("el")) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            String s = units.get(k).surface();
            if (s.chars().anyMatch(Character::isLetter)) {
                return startsUpper(s);
            }
        }
        return false;
    }

    static boolean allCaps(List<Unit> units, int from, int to) {
        int letters = 0;
        for (int k = from; k < to; k++) {
            String s = units.get(k).surface();
            for (int c = 0; c < s.length(); c++) {
                char ch = s.charAt(c);
                if (Character.isLowerCase(ch)) {
                    return false;
                }
                if (Character.isLetter(ch)) {
                    letters++;
                }
            }
        }
        return letters > 1;
    }

    /** An all-caps place at the start of the text or after punctuation, followed by ",", "(", "-" or ":". */
    static boolean isDateline(List<Unit> units, int from, int to, List<Token> tokens) {
        if (!allCaps(units, from, to)) {
            return false;
        }
        int firstPos = units.get(from).tokenPos();
        int lastPos = units.get(to - 1).tokenPos();
        boolean startOk = firstPos == 0 || !hasLetter(tokens.get(firstPos - 1).word());
        if (!startOk || lastPos + 1 >= tokens.size()) {
            return startOk;
        }
        String next = tokens.get(lastPos + 1).word();
        return next.equals(",") || next.equals("(") || next.equals(":") || next.equals("-LRB-")
                || !next.isEmpty() && (next.charAt(0) == '-' || next.charAt(0) == '\u2013' || next.charAt(0) == '\u2014');
    }

    /** A form as compared case-exactly: full stops and apostrophes dropped, other punctuation one space. */
    static String exactKey(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Names.isDropped(c)) {
                continue;
            }
            if (Names.isSeparator(c)) {
                gap = true;
            } else {
                if (gap && b.length() > 0) {
                    b.append(' ');
                }
                gap = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A code or acronym: at least two chars, letters all upper case ("UK", "U.S.", "G7", "PM"). */
    static boolean isCode(String form) {
        String k = exactKey(form).replace(" ", "");
        if (k.length() < 2) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    static boolean startsUpper(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isUpperCase(c) || Character.isTitleCase(c);
            }
            if (Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean allCapsWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
