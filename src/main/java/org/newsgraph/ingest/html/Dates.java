package org.newsgraph.ingest.html;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises the date strings pages put in metadata to ISO-8601, keeping what the page said: the offset
 * when one is given, a bare date when only a date is given, no offset invented. Thread-safe.
 */
final class Dates {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-?(\\d{2})-?(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?\\s*"
            + "(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?");

    private static final Pattern WRITTEN = Pattern.compile(
            "(?i)(?:[a-z]+,?\\s+)?(?:(\\d{1,2})\\s+([a-z]{3,9})\\.?|([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?)"
            + "\\s+(\\d{4})");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private Dates() {
    }

    /** The ISO-8601 form of {@code value}, or null when it is not a date this class understands. */
    static String normalize(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        Matcher m = ISO.matcher(v);
        if (m.lookingAt() && validDate(m.group(1), m.group(2), m.group(3))) {
            return iso(m);
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            // not an HTTP date; try the written forms below
        }
        Matcher w = WRITTEN.matcher(v);
        if (w.find()) {
            String day = w.group(1) != null ? w.group(1) : w.group(4);
            String month = w.group(2) != null ? w.group(2) : w.group(3);
            Integer mm = MONTHS.get(month.substring(0, 3).toLowerCase(Locale.ROOT));
            if (mm != null) {
                try {
                    return LocalDate.of(Integer.parseInt(w.group(5)), mm, Integer.parseInt(day)).toString();
                } catch (java.time.DateTimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static boolean validDate(String y, String m, String d) {
        try {
            int year = Integer.parseInt(y);
            return year >= 1800 && year <= 2200
                    && LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d)) != null;
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return false;
        }
    }

    private static String iso(Matcher m) {
        String date = m.group(1) + "-" + m.group(2) + "-" + m.group(3);
        if (m.group(4) == null) {
            return date;
        }
        int hour = Integer.parseInt(m.group(4));
        int minute = Integer.parseInt(m.group(5));
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        if (hour > 23 || minute > 59 || second > 59) {
            return date;
        }
        String time = String.format(Locale.ROOT, "%sT%02d:%02d:%02d", date, hour, minute, second);
        return time + offset(m.group(7));
    }

    private static String offset(String zone) {
        if (zone == null) {
            return "";
        }
        if (zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")) {
            return "Z";
        }
        String digits = zone.substring(1).replace(":", "");
        String hh = digits.substring(0, 2);
        String mm = digits.length() >= 4 ? digits.substring(2, 4) : "00";
        return zone.charAt(0) + hh + ":" + mm;
    }
}
