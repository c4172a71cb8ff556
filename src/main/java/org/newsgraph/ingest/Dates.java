package org.newsgraph.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as sources write them, normalised to ISO-8601: a bare date ({@code 2021-11-09}) when only a date is
 * given, a date-time with the offset as given ({@code 2021-11-09T10:22:00+01:00}, {@code ...Z} for UTC), and
 * no offset invented when none is given. Years outside 1800-2200 are taken for placeholders, not dates.
 * Stateless and thread-safe.
 */
public final class Dates {

    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2200;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

    /** A machine date at the start of a value, basic or extended, with optional time and zone. */
    private static final Pattern MACHINE = Pattern.compile(
            "(\\d{4})-?(\\d{2})-?(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?\\s*"
            + "(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?");

    /** US zone names that RFC 822 allows and feeds still write; java.time's RFC 1123 parser knows only GMT. */
    private static final Map<String, String> ZONES = Map.of("UTC", "GMT", "Z", "GMT",
            "EST", "-0500", "EDT", "-0400", "CST", "-0600", "CDT", "-0500", "MST", "-0700", "MDT", "-0600",
            "PST", "-0800", "PDT", "-0700");
    private static final Pattern NAMED_ZONE = Pattern.compile("\\s([A-Z]{1,3})$");

    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    /** 09.11.2021 and 09/11/2021: numeric day-month-year or month-day-year. */
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+" + MONTH + ",?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);

    private Dates() {
    }

    /** A date found in free text, with where it was found (UTF-16 char offsets, end exclusive). */
    public record Found(String iso, int begin, int end) {
    }

    /**
     * The first date written in {@code text}, or null. Numeric dates with dots are day first (the European
     * convention of the sources that write them so); with slashes month first unless the first number cannot
     * be a month.
     */
    public static Found find(String text) {
        Found best = null;
        for (Pattern p : new Pattern[] {ISO, NUMERIC, MONTH_DAY_YEAR, DAY_MONTH_YEAR}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String iso = toIso(p, m);
                if (iso != null) {
                    if (best == null || m.start() < best.begin()) {
                        best = new Found(iso, m.start(), m.end());
                    }
                    break;
                }
            }
        }
        return best;
    }

    private static String toIso(Pattern p, Matcher m) {
        int y;
        int mo;
        int d;
        if (p == ISO) {
            y = Integer.parseInt(m.group(1));
            mo = Integer.parseInt(m.group(2));
            d = Integer.parseInt(m.group(3));
        } else if (p == NUMERIC) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            boolean dayFirst = !m.group(2).equals("/") || a > 12;
            d = dayFirst ? a : b;
            mo = dayFirst ? b : a;
            y = Integer.parseInt(m.group(4));
        } else if (p == MONTH_DAY_YEAR) {
            mo = MONTHS.get(m.group(1).substring(0, 3).toLowerCase(Locale.ROOT));
            d = Integer.parseInt(m.group(2));
            y = Integer.parseInt(m.group(3));
        } else {
            d = Integer.parseInt(m.group(1));
            mo = MONTHS.get(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT));
            y = Integer.parseInt(m.group(3));
        }
        LocalDate date = date(y, mo, d);
        return date == null ? null : date.toString();
    }

    /** The date, or null when it does not exist or its year is a placeholder ("0001-01-01"). */
    private static LocalDate date(int year, int month, int day) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * Normalises a date as metadata writes it, or null when it holds none: machine dates and date-times
     * ("2021-11-09", "20211109", "2021-11-09 10:22 UTC", "2021-11-09T10:22:00.000+0530"), HTTP dates
     * ("Mon, 18 Nov 2019 14:05:00 GMT", RSS's "Thu, 3 Mar 2022 08:15:00 PST"), else the first date written in words or digits ({@link #find}).
     * Fractions of a second are dropped.
     */
    public static String normalise(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        Matcher m = MACHINE.matcher(v);
        if (m.lookingAt()) {
            LocalDate date = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (date != null) {
                return machine(date, m);
            }
        }
        String http = http(v);
        if (http != null) {
            return http;
        }
        Found f = find(v);
        return f == null ? null : f.iso();
    }

    /** An RFC 822/1123 date ("Thu, 3 Mar 2022 08:15:00 PST", "03 Mar 2022 08:15:00 +0100"), or null. */
    private static String http(String value) {
        String v = value.replaceAll("\\s+", " ");
        Matcher zone = NAMED_ZONE.matcher(v);
        if (zone.find() && ZONES.containsKey(zone.group(1))) {
            v = v.substring(0, zone.start(1)) + ZONES.get(zone.group(1));
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The date of a {@link #MACHINE} match with its time and offset when it has a valid time. */
    private static String machine(LocalDate date, Matcher m) {
        if (m.group(4) == null) {
            return date.toString();
        }
        int hour = Integer.parseInt(m.group(4));
        int minute = Integer.parseInt(m.group(5));
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        if (hour > 23 || minute > 59 || second > 59) {
            return date.toString();
        }
        return String.format(Locale.ROOT, "%sT%02d:%02d:%02d", date, hour, minute, second) + offset(m.group(7));
    }

    /** "Z" for UTC, "+hh:mm" for an offset written "+hh", "+hhmm" or "+hh:mm", "" for none. */
    private static String offset(String zone) {
        if (zone == null) {
            return "";
        }
        if (zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")) {
            return "Z";
        }
        String digits = zone.substring(1).replace(":", "");
        String mm = digits.length() >= 4 ? digits.substring(2, 4) : "00";
        return zone.charAt(0) + digits.substring(0, 2) + ":" + mm;
    }
}
