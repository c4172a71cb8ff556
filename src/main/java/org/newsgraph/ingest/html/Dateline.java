package org.newsgraph.ingest.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a wire-style story: "BRUSSELS (AP) —", "KYIV, March 3 (Reuters) -",
 * "Washington (CNN) —", "SAN JUAN, Puerto Rico —". Only the place is kept; the dateline stays in the body.
 *
 * @param place the place as written ("SAN JUAN, Puerto Rico")
 * @param begin UTF-16 char offset of {@code place} in the body, or -1 when the page set the dateline apart
 *     from the body text
 */
public record Dateline(String place, int begin) {

    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    private static final String DASH = "\\s*(?:--|[-—–])\\s*";

    /** Place (any capitalised words), optional date, agency in brackets, dash. */
    private static final Pattern WITH_AGENCY = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{L}[\\p{L}.'’-]*){0,4}(?:,\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})?)"
            + "(?:,\\s*" + MONTH + "\\s+\\d{1,2}(?:,\\s*\\d{4})?)?\\s*\\([^()]{1,40}\\)" + DASH);

    /** Place in capitals ("NEW YORK", "SAN JUAN, Puerto Rico"), optional date, dash. */
    private static final Pattern CAPITALS = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’-]*){0,3}(?:,\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})?)"
            + "(?:,\\s*" + MONTH + "\\s+\\d{1,2}(?:,\\s*\\d{4})?)?" + DASH);

    /** The dateline at the start of {@code body} (after leading spaces), or null. */
    public static Dateline find(String body) {
        if (body == null || body.isEmpty()) {
            return null;
        }
        int start = 0;
        while (start < body.length() && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        String head = body.substring(start, Math.min(body.length(), start + 160));
        Matcher m = WITH_AGENCY.matcher(head);
        if (!m.find()) {
            m = CAPITALS.matcher(head);
            if (!m.find()) {
                return null;
            }
        }
        String place = m.group(1).strip();
        return place.length() < 2 ? null : new Dateline(place, start + m.start(1));
    }
}
