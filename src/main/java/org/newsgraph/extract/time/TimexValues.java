package org.newsgraph.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Calendar arithmetic on TIMEX3 value strings. Stateless. */
final class TimexValues {

    private static final Pattern YEAR_SUFFIX = Pattern.compile("(\\d{4})(-(?:SP|SU|FA|WI|H[12]|QX|WXX|XX))?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");

    private TimexValues() {
    }

    static String year(int y) {
        return String.format("%04d", y);
    }

    static String month(int y, int m) {
        return String.format("%04d-%02d", y, m);
    }

    static String day(LocalDate d) {
        return String.format("%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    static String week(LocalDate d) {
        return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String quarter(int y, int q) {
        return String.format("%04d-Q%d", y, q);
    }

    static int quarterOf(LocalDate d) {
        return (d.getMonthValue() - 1) / 3 + 1;
    }

    /**
     * The given weekday nearest to {@code ref} in direction {@code dir} (negative: on or before, positive: on or
     * after); with {@code strict} the reference day itself is excluded.
     */
    static LocalDate weekday(LocalDate ref, DayOfWeek dow, int dir, boolean strict) {
        int step = dir < 0 ? -1 : 1;
        LocalDate d = strict ? ref.plusDays(step) : ref;
        while (d.getDayOfWeek() != dow) {
            d = d.plusDays(step);
        }
        return d;
    }

    /** The year of the given month nearest to {@code ref} in direction {@code dir} (same rules as weekday). */
    static int yearOfMonth(LocalDate ref, int month, int dir, boolean strict) {
        YearMonth r = YearMonth.from(ref);
        int step = dir < 0 ? -1 : 1;
        YearMonth m = strict ? r.plusMonths(step) : r;
        while (m.getMonthValue() != month) {
            m = m.plusMonths(step);
        }
        return m.getYear();
    }

    /** Days a date may lie on the side of the reference that tense does not point to, before losing. */
    private static final int AGAINST_TENSE_DAYS = 90;

    /**
     * The date with this month and day (year unknown) nearest to {@code ref}, where dates against the tense
     * direction count {@value #AGAINST_TENSE_DAYS} days further away; null when no such date exists.
     */
    static LocalDate nearestDate(LocalDate ref, int month, int dayOfMonth, int dir) {
        LocalDate best = null;
        long bestCost = Long.MAX_VALUE;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            if (dayOfMonth > YearMonth.of(y, month).lengthOfMonth()) {
                continue;
            }
            LocalDate d = LocalDate.of(y, month, dayOfMonth);
            long diff = d.toEpochDay() - ref.toEpochDay();
            long cost = Math.abs(diff) + (diff * dir < 0 ? AGAINST_TENSE_DAYS : 0);
            if (cost < bestCost) {
                best = d;
                bestCost = cost;
            }
        }
        return best;
    }

    /** The year of a bare month name: the nearest such month, counting 6 months extra against the tense. */
    static int nearestYearOfMonth(LocalDate ref, int month, int dir) {
        int best = ref.getYear();
        int bestCost = Integer.MAX_VALUE;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            int diff = (y - ref.getYear()) * 12 + month - ref.getMonthValue();
            int cost = Math.abs(diff) + (diff * dir < 0 ? 6 : 0);
            if (cost < bestCost) {
                best = y;
                bestCost = cost;
            }
        }
        return best;
    }

    /** Whether a quarter or half-year value ("1989-Q3", "1989-H1") ends before {@code ref}. */
    static boolean periodEndsBefore(String value, LocalDate ref) {
        Matcher m = Pattern.compile("(\\d{4})-([QH])([1-4])").matcher(value);
        if (!m.matches()) {
            return false;
        }
        int lastMonth = Integer.parseInt(m.group(3)) * (m.group(2).equals("Q") ? 3 : 6);
        return YearMonth.of(Integer.parseInt(m.group(1)), lastMonth).isBefore(YearMonth.from(ref));
    }

    /** {@code ref} moved by n units (Y, Q, M, W, D) and written at that unit's granularity. */
    static String shiftReference(LocalDate ref, int n, char unit) {
        return switch (unit) {
            case 'Y' -> year(ref.getYear() + n);
            case 'Q' -> {
                LocalDate d = ref.plusMonths(3L * n);
                yield quarter(d.getYear(), quarterOf(d));
            }
            case 'M' -> {
                YearMonth m = YearMonth.from(ref).plusMonths(n);
                yield month(m.getYear(), m.getMonthValue());
            }
            case 'W' -> week(ref.plusWeeks(n));
            case 'D' -> day(ref.plusDays(n));
            case 'E' -> String.valueOf((ref.getYear() + 10 * n) / 10);
            default -> null;
        };
    }

    /**
     * A calendar value moved by n units keeping its granularity ("1989-Q3" - 1 Y = "1988-Q3"), or null when the
     * value has no calendar form or the unit is finer than the value.
     */
    static String shift(String value, int n, char unit) {
        Matcher m;
        if ((m = YEAR_SUFFIX.matcher(value)).matches()) {
            return unit == 'Y' ? year(Integer.parseInt(m.group(1)) + n) + (m.group(2) == null ? "" : m.group(2)) : null;
        }
        if ((m = QUARTER.matcher(value)).matches()) {
            int q = Integer.parseInt(m.group(1)) * 4 + Integer.parseInt(m.group(2)) - 1;
            q += unit == 'Y' ? 4 * n : unit == 'Q' ? n : Integer.MIN_VALUE / 2;
            return q < 0 ? null : quarter(q / 4, q % 4 + 1);
        }
        if ((m = MONTH.matcher(value)).matches()) {
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            ym = unit == 'Y' ? ym.plusYears(n) : unit == 'Q' ? ym.plusMonths(3L * n) : unit == 'M' ? ym.plusMonths(n) : null;
            return ym == null ? null : month(ym.getYear(), ym.getMonthValue());
        }
        if ((m = DAY.matcher(value)).matches()) {
            LocalDate d = LocalDate.parse(value);
            return switch (unit) {
                case 'Y' -> day(d.plusYears(n));
                case 'Q' -> day(d.plusMonths(3L * n));
                case 'M' -> day(d.plusMonths(n));
                case 'W' -> day(d.plusWeeks(n));
                case 'D' -> day(d.plusDays(n));
                default -> null;
            };
        }
        if ((m = WEEK.matcher(value)).matches()) {
            if (unit != 'W' && unit != 'Y') {
                return null;
            }
            LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                    .with(DayOfWeek.MONDAY);
            return week(unit == 'W' ? monday.plusWeeks(n) : monday.plusYears(n)) + (m.group(3) == null ? "" : m.group(3));
        }
        return null;
    }

    /**
     * A calendar value cut to the granularity of {@code unit} (Y, Q, M, W, D) when it is finer: "1996-05-22" at Y is
     * "1996", at Q "1996-Q2", at W "1996-W21"; coarser or non-calendar values are returned unchanged.
     */
    static String atGranularity(String value, char unit) {
        Matcher m = DAY.matcher(value);
        LocalDate day = m.matches() ? LocalDate.parse(value) : null;
        Matcher month = Pattern.compile("(\\d{4})-(\\d{2}).*").matcher(value);
        return switch (unit) {
            case 'Y' -> value.matches("\\d{4}-.+") ? value.substring(0, 4) : value;
            case 'Q' -> month.matches() ? quarter(Integer.parseInt(month.group(1)),
                    (Integer.parseInt(month.group(2)) - 1) / 3 + 1) : value;
            case 'M' -> month.matches() ? value.substring(0, 7) : value;
            case 'W' -> day != null ? week(day) : value;
            default -> value;
        };
    }
}
