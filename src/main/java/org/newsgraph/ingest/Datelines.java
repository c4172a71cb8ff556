package org.newsgraph.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Datelines: the place a story was filed from, written before the first sentence: a line of its own in
 * capitals ("BRUSSELS") or the start of the first paragraph ("BRUSSELS (AP) —", "KYIV, March 3 (Reuters) -").
 */
public final class Datelines {

    /** A dateline: the place name as written and where it starts in the text. */
    public record Found(String place, int begin) {
    }

    private static final String CAPS_PLACE = "\\p{Lu}[\\p{Lu}\\p{M}'.\\-]*(?:[ ][\\p{Lu}\\p{M}'.\\-]+){0,3}";
    private static final Pattern LINE = Pattern.compile("^(" + CAPS_PLACE + ")(?:,\\s*[\\p{L}. ]{2,30})?\\s*$");
    private static final Pattern LEAD = Pattern.compile(
            "^(" + CAPS_PLACE + "|\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?)"                  // place
            + "(?:,\\s*[\\p{L}.]+(?: [\\p{L}.]+)?(?:\\s+\\d{1,2})?)?"                       // ", March 3" / ", Belgium"
            + "\\s*(?:\\([\\p{L} .&-]{1,30}\\))?"                                            // "(AP)"
            + "\\s*(?:[—–]|--?|:)\\s");

    private Datelines() {
    }

    /** A dateline forming a whole line (capitals, at most four words), or null. */
    public static Found ofLine(String line, int lineBegin) {
        String spaced = line.replace('\u00A0', ' ');
        String t = spaced.strip();
        Matcher m = LINE.matcher(t);
        if (!m.matches() || t.codePoints().filter(Character::isLetter).count() < 3) {
            return null;
        }
        return new Found(titleCase(m.group(1)), lineBegin + spaced.indexOf(t));
    }

    /** A dateline opening a paragraph ("BRUSSELS (AP) — ..."), or null. */
    public static Found ofLead(String paragraph, int paragraphBegin) {
        Matcher m = LEAD.matcher(paragraph);
        if (!m.find()) {
            return null;
        }
        String place = m.group(1);
        boolean caps = place.equals(place.toUpperCase(java.util.Locale.ROOT));
        boolean agency = m.group(0).contains("(");
        // A mixed-case word before a dash is only a dateline when an agency tag follows it.
        if (!caps && !agency) {
            return null;
        }
        return new Found(titleCase(place), paragraphBegin);
    }

    /** "BRUSSELS" -> "Brussels", "NEW YORK" -> "New York"; mixed case stays as it is. */
    static String titleCase(String s) {
        if (!s.equals(s.toUpperCase(java.util.Locale.ROOT))) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-' || c == '\'';
        }
        return b.toString();
    }
}
