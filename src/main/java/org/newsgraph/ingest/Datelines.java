package org.newsgraph.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Datelines: the place a story was filed from, written before the first sentence: a line of its own in
 * capitals ("BRUSSELS") or the start of the first paragraph ("BRUSSELS (AP) —", "KYIV, March 3 (Reuters) -",
 * "Hong Kong (CNN Business) —", "SAN JUAN, Puerto Rico —"). Only the place is kept; the
 * dateline stays in the body. Stateless and thread-safe.
 */
public final class Datelines {

    /**
     * A dateline.
     *
     * @param written the place as written, with its region when one follows ("SAN JUAN, Puerto Rico")
     * @param begin UTF-16 char offset of {@code written} in the text, or -1 when the source set the dateline
     *     apart from the body text
     */
    public record Found(String written, int begin) {

        /** The place alone in its usual case: "KYIV" -> "Kyiv", "SAN JUAN, Puerto Rico" -> "San Juan". */
        public String place() {
            int comma = written.indexOf(',');
            return titleCase((comma < 0 ? written : written.substring(0, comma)).strip());
        }
    }

    /** Only the start of a paragraph is searched; a dateline is short. */
    private static final int LEAD_WINDOW = 160;

    private static final String WORD_CHARS = "[\\p{L}\\p{M}.'’-]";
    private static final String CAPS_CHARS = "[\\p{Lu}\\p{M}.'’-]";
    /** A place in capitals, one to four words: "BRUSSELS", "NEW YORK", "ST. JOSEPH". */
    private static final String CAPS_PLACE = "\\p{Lu}" + CAPS_CHARS + "+(?:[ \\t\\u00A0]+\\p{Lu}" + CAPS_CHARS + "*){0,3}";
    /** A place in any case, up to five words: "Washington", "Hong Kong", "Rio de Janeiro". */
    private static final String ANY_PLACE = "\\p{Lu}" + WORD_CHARS + "*(?:[ \\t\\u00A0]+\\p{L}" + WORD_CHARS + "*){0,4}";
    /** ", Puerto Rico", ", N.Y.", ", Belgium". */
    private static final String REGION = "(?:,\\s*\\p{Lu}" + WORD_CHARS + "*(?:[ \\t\\u00A0]+\\p{Lu}" + WORD_CHARS + "*){0,3})?";
    /** ", March 3", ", Nov. 9, 2021". */
    private static final String DATE = "(?:,\\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?"
            + "\\s+\\d{1,2}(?:,\\s*\\d{4})?)?";
    private static final String AGENCY = "\\s*\\([^()]{1,40}\\)";
    /**
     * After an agency any dash ends the dateline. A colon does not: in news text "WORD:" opens transcripts
     * ("TAPPER: ...") and labels ("CLARIFICATION: ...") far more often than datelines.
     */
    private static final String AGENCY_END = "\\s*(?:--|[-—–])";
    /** After a bare place a hyphen needs a space after it (or the end), so that "US-China" is no dateline. */
    private static final String PLACE_END = "\\s*(?:--|[—–]|-(?=\\s|$))";

    /** A place in any case is a dateline only when an agency in brackets follows it. */
    private static final Pattern WITH_AGENCY = Pattern.compile("^(" + ANY_PLACE + REGION + ")" + DATE + AGENCY + AGENCY_END);
    private static final Pattern CAPITALS = Pattern.compile("^(" + CAPS_PLACE + REGION + ")" + DATE + PLACE_END);
    private static final Pattern LINE = Pattern.compile("^(" + CAPS_PLACE + ")(?:,\\s*[\\p{L}. ]{2,30})?\\s*$");

    /** Editorial labels in capitals that open paragraphs the way datelines do ("UPDATE — ..."). */
    private static final Set<String> LABELS = Set.of("ANALYSIS", "BREAKING", "BREAKING NEWS", "COMMENT", "COMMENTARY", "EDITORIAL",
            "EDITOR'S NOTE", "EDITOR’S NOTE", "EXCLUSIVE", "FACT CHECK", "LIVE", "OPINION", "UPDATE", "UPDATED",
            "VIDEO", "WATCH");

    private Datelines() {
    }

    /** A dateline forming a whole line (capitals, at most four words), or null. */
    public static Found ofLine(String line, int lineBegin) {
        String spaced = line.replace('\u00A0', ' ');
        String t = spaced.strip();
        Matcher m = LINE.matcher(t);
        if (!m.matches() || t.codePoints().filter(Character::isLetter).count() < 3 || isLabel(m.group(1))) {
            return null;
        }
        return new Found(t, lineBegin + spaced.indexOf(t));
    }

    /**
     * The dateline opening {@code paragraph} after any leading white space, or null.
     *
     * @param paragraphBegin offset of {@code paragraph} in the text, added to the dateline's offset
     */
    public static Found ofLead(String paragraph, int paragraphBegin) {
        if (paragraph == null) {
            return null;
        }
        int start = 0;
        while (start < paragraph.length() && Character.isWhitespace(paragraph.charAt(start))) {
            start++;
        }
        String head = paragraph.substring(start, Math.min(paragraph.length(), start + LEAD_WINDOW));
        Matcher m = WITH_AGENCY.matcher(head);
        if (!m.find()) {
            m = CAPITALS.matcher(head);
            if (!m.find()) {
                return null;
            }
        }
        String written = m.group(1).strip();
        if (written.length() < 2 || isLabel(written)) {
            return null;
        }
        return new Found(written, paragraphBegin + start + m.start(1));
    }

    /**
     * The full date a dateline opening {@code paragraph} carries, as ISO yyyy-mm-dd ("BELGRADE, March 24, 1999 (AFP) -"
     * gives 1999-03-24), or null: none, or no year ("KYIV, March 3 (Reuters) -").
     */
    public static String dateOfLead(String paragraph) {
        if (paragraph == null) {
            return null;
        }
        String head = paragraph.strip();
        head = head.substring(0, Math.min(head.length(), LEAD_WINDOW));
        Matcher m = WITH_AGENCY.matcher(head);
        if (!m.find()) {
            m = CAPITALS.matcher(head);
            if (!m.find()) {
                return null;
            }
        }
        Dates.Found d = Dates.find(head.substring(m.end(1), m.end()));
        return d == null || d.iso().length() != 10 ? null : d.iso();
    }

    private static boolean isLabel(String written) {
        return LABELS.contains(written.replace('\u00A0', ' ').toUpperCase(Locale.ROOT));
    }

    /** "BRUSSELS" -> "Brussels", "NEW YORK" -> "New York"; mixed case stays as it is. */
    public static String titleCase(String s) {
        if (!s.equals(s.toUpperCase(Locale.ROOT))) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-' || c == '\'';
        }
        return b.toString();
    }
}
