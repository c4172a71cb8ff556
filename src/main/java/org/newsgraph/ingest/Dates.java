package org.newsgraph.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as sources write them, normalised to ISO-8601 ({@code 2021-11-09}, or a date-time
 * with its offset when one is given).
 */
public final class Dates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    /** 09.11.2021 and 09/11/2021: numeric day-month-year or month-day-year. */
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+" + MONTH + ",?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);

    private Dates() {
    }

    /** A date found in free text, with where it was found. */
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
        try {
            return LocalDate.of(y, mo, d).toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /**
     * Normalises a machine-written date or date-time ("2021-11-09", "2021-11-09 10:22:00",
     * "2021-11-09T10:22:00+01:00", "2021-11-09T10:22:00Z"), or null when it is none of these.
     */
    public static String normalise(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(v).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            // not with an offset
        }
        try {
            return LocalDateTime.parse(v).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        } catch (DateTimeParseException e) {
            // not a local date-time
        }
        try {
            return LocalDate.parse(v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v).toString();
        } catch (DateTimeParseException e) {
            Found f = find(value);
            return f == null ? null : f.iso();
        }
    }
}
