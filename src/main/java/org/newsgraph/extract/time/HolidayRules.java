package org.newsgraph.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.regex.Matcher;

/** Named days with a fixed rule (Christmas, New Year's Day, Thanksgiving ...), resolved in the tense direction. */
final class HolidayRules {

    /** The year a named day is of, said after it: "Christmas Eve in 2000", "Christmas of 1989". */
    private static final java.util.regex.Pattern IN_YEAR_AFTER = java.util.regex.Pattern.compile(
            ",?\\s+(?:in|of)\\s+(\\d{4})\\b");

    private HolidayRules() {
    }

    static void addTo(List<Rule> rules) {
        // "9/11", "the 9/11 attacks": the attacks of September 11, 2001, named by their date (not a date of the reference
        // year); not "post-9/11" or "pre-9/11", an era that dates nothing said in it
        rules.add(Rule.of("(?<![\\d/.])(?<!(?i:post|pre)[- ])9/11(?![\\d/])", (m, c) -> c.reference.isAfter(DateRules.SEPTEMBER_11)
                ? Candidate.of(m.start(), m.end(), "DATE", TimexValues.day(DateRules.SEPTEMBER_11)) : null));
        rules.add(Rule.of("(?-i:Christmas|New\\s+Year's|Thanksgiving|Independence|Halloween|Valentine's|Election)"
                + "(?:\\s+(?-i:Day|Eve))?(?:\\s+(" + Lexicon.YEAR + "))?", HolidayRules::holiday));
    }

    private static Candidate holiday(Matcher m, TimeContext c) {
        String text = m.group().toLowerCase(Locale.ROOT);
        boolean eve = text.contains(" eve");
        IntFunction<LocalDate> inYear;
        if (text.startsWith("christmas")) {
            inYear = y -> LocalDate.of(y, 12, eve ? 24 : 25);
        } else if (text.startsWith("new")) {
            inYear = y -> eve ? LocalDate.of(y - 1, 12, 31) : LocalDate.of(y, 1, 1);
        } else if (text.startsWith("thanksgiving")) {
            inYear = y -> LocalDate.of(y, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
        } else if (text.startsWith("independence")) {
            if (!text.contains(" day")) {
                return null;
            }
            inYear = y -> LocalDate.of(y, 7, 4);
        } else if (text.startsWith("election")) {
            if (!text.contains(" day")) {
                return null;
            }
            // the Tuesday after the first Monday of November (US federal elections)
            inYear = y -> LocalDate.of(y, 11, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusDays(1);
        } else if (text.startsWith("halloween")) {
            inYear = y -> LocalDate.of(y, 10, 31);
        } else {
            if (!text.contains(" day")) {
                return null;
            }
            inYear = y -> LocalDate.of(y, 2, 14);
        }
        LocalDate date;
        Matcher inYearAfter = IN_YEAR_AFTER.matcher(c.text.substring(m.end(), Math.min(c.text.length(), m.end() + 12)));
        if (m.group(1) != null) {
            date = inYear.apply(Integer.parseInt(m.group(1)));
        } else if (inYearAfter.lookingAt()) { // "on Christmas Eve in 2000": that year's
            date = inYear.apply(Integer.parseInt(inYearAfter.group(1)));
        } else {
            int dir = c.direction(m.start(), m.end());
            date = inYear.apply(c.reference.getYear());
            if (dir < 0 && date.isAfter(c.reference)) {
                date = inYear.apply(c.reference.getYear() - 1);
            } else if (dir > 0 && date.isBefore(c.reference)) {
                date = inYear.apply(c.reference.getYear() + 1);
            }
        }
        return Candidate.of(m.start(), m.end(), "DATE", TimexValues.day(date));
    }
}
