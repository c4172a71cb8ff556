package org.newsgraph.extract.authority;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The lookup key of a name: no diacritics, lower case, full stops and apostrophes dropped, any other run of
 * punctuation or whitespace a single space. So "U.S." and "US" share the key "us", "Côte d’Ivoire" is
 * "cote divoire" and "Secretary-General" is "secretary general". The same rule as {@code norm_key} in
 * {@code tools/gen-authority.py}. Stateless and thread-safe.
 */
public final class Names {

    private Names() {
    }

    /**
     * How each char below U+0250 (ASCII and the Latin supplements and extensions) appears in a key: its
     * lower-case letters without diacritics ("\u00C9" -> "e", "\u00DF" -> "\u00DF"), "" when dropped, null for
     * a separator. Keys of other text go through {@link Normalizer}.
     */
    private static final String[] FOLD = new String[0x250];

    static {
        for (char c = 0; c < FOLD.length; c++) {
            FOLD[c] = foldSlow(String.valueOf(c));
        }
    }

    private static String foldSlow(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder();
        boolean sep = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isDropped(c)) {
                continue;
            }
            if (Character.isLetterOrDigit(c) || c == '_') {
                b.append(c);
            } else {
                sep = true;
            }
        }
        return sep && b.length() == 0 ? null : b.toString().toLowerCase(Locale.ROOT);
    }

    /** The lookup key of {@code s}; empty when {@code s} holds no letter or digit. */
    public static String key(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= FOLD.length) {
                return keySlow(s);
            }
            String f = FOLD[c];
            if (f == null) {
                gap = true;
            } else if (!f.isEmpty()) {
                if (gap && b.length() > 0) {
                    b.append(' ');
                }
                gap = false;
                b.append(f);
            }
        }
        return b.toString();
    }

    private static String keySlow(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(t.length());
        boolean gap = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isDropped(c)) {
                continue;
            }
            if (Character.isLetterOrDigit(c) || c == '_') {
                if (gap && b.length() > 0) {
                    b.append(' ');
                }
                gap = false;
                b.append(c);
            } else {
                gap = true;
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** Chars that vanish from a key rather than separate words: full stops, apostrophes, combining marks. */
    static boolean isDropped(char c) {
        if (c == '.' || c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u2018') {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Chars that separate words in a key (the complement of kept and dropped chars). */
    static boolean isSeparator(char c) {
        return !isDropped(c) && !Character.isLetterOrDigit(c) && c != '_';
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
