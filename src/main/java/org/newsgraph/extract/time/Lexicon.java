package org.newsgraph.extract.time;

import java.time.DayOfWeek;
import java.util.Locale;

/** Calendar words as regex fragments and their meanings. Month and weekday names must be capitalised. */
final class Lexicon {

    static final String MONTH_NAME = "(?-i:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?"
            + "|Dec\\.?|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)";
    /** Month names that are also common words ("May", "March") are only safe with a modifier or a number. */
    static final String SAFE_MONTH_NAME = "(?-i:January|February|April|June|July|August|September|October"
            + "|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    static final String WEEKDAY = "(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)";
    static final String PART_OF_DAY = "(?:morning|afternoon|evening|night|overnight)";
    static final String SEASON = "(?:spring|summer|fall|autumn|winter)";
    static final String ORDINAL_QUARTER = "(?:first|second|third|fourth|1st|2nd|3rd|4th)";
    static final String DAY_NUMBER = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    static final String YEAR = "(?:1[89]\\d\\d|20\\d\\d)";
    /** Approximation words a TIMEX3 span includes ("about two years", "more than four decades ago"). */
    static final String APPROX = "(?:about|around|almost|nearly|more than|less than|fewer than|at least|at most"
            + "|roughly|approximately|some|over(?!\\s+the)|up to|only|just|barely|well over|under(?!\\s+the))";

    private Lexicon() {
    }

    /** 1-12 for a month name or abbreviation. */
    static int month(String name) {
        String s = name.toLowerCase(Locale.ROOT);
        String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < prefixes.length; i++) {
            if (s.startsWith(prefixes[i])) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(name);
    }

    static DayOfWeek weekday(String name) {
        return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** TIMEX3 part-of-day suffix: MO, AF, EV, NI. */
    static String partOfDay(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "morning" -> "MO";
            case "afternoon" -> "AF";
            case "evening" -> "EV";
            default -> "NI";
        };
    }

    /** TIMEX3 season code: SP, SU, FA, WI. */
    static String season(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "spring" -> "SP";
            case "summer" -> "SU";
            case "winter" -> "WI";
            default -> "FA";
        };
    }

    static int quarterNumber(String ordinal) {
        return switch (ordinal.toLowerCase(Locale.ROOT).charAt(0)) {
            case 'f', '1' -> ordinal.toLowerCase(Locale.ROOT).startsWith("fo") ? 4 : 1;
            case 's', '2' -> 2;
            case 't', '3' -> 3;
            default -> 4;
        };
    }

    /** TIMEX3 duration unit letter for a unit word (singular or plural); decades and centuries map to Y. */
    static char unitLetter(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("sec")) return 'S';
        if (u.startsWith("min")) return 'N';
        if (u.startsWith("hour")) return 'H';
        if (u.startsWith("day") || u.startsWith("night")) return 'D';
        if (u.startsWith("week")) return 'W';
        if (u.startsWith("month")) return 'M';
        if (u.startsWith("quarter")) return 'Q';
        if (u.startsWith("decade")) return 'E';
        if (u.startsWith("centur")) return 'C';
        return 'Y';
    }
}
