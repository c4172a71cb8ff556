package org.newsgraph.extract.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

import static org.newsgraph.extract.time.Lexicon.DAY_NUMBER;
import static org.newsgraph.extract.time.Lexicon.MONTH_NAME;
import static org.newsgraph.extract.time.Lexicon.WEEKDAY;

/** Clock times ("3 p.m.", "10:35 a.m. EST Nov. 9", "noon Thursday"), resolved to a day (the reference by default). */
final class TimeOfDayRules {

    /** A zone after the clock time; not a parenthesis converting it ("9:45 a.m. (GMT 3:45)": the time is local). */
    private static final String ZONE = "(?:\\s+\\(?(?-i:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST)(?!\\s*\\d)\\)?"
            + "|\\s+local\\s+time)?";
    private static final String DAY = "(?:,?\\s+(?:on\\s+)?(" + WEEKDAY + "|today|yesterday|tomorrow|" + MONTH_NAME + "\\s*\\d{1,2}"
            + "(?:st|nd|rd|th)?(?![\\d:])))?";
    /** A clock time given in UTC (GMT without an offset) is written with ISO 8601's "Z": 18:00 UTC is T18:00Z. */
    private static final java.util.regex.Pattern UTC = java.util.regex.Pattern.compile("\\b(?:UTC|GMT)\\b(?!\\s*[+-])");
    private static final String APPROX = "(?:(?:around|about|approximately|shortly\\s+(?:before|after)|just\\s+(?:before"
            + "|after)|until|by|before|after)\\s+)?";

    private TimeOfDayRules() {
    }

    static void addTo(List<Rule> rules) {
        rules.add(Rule.of(APPROX + "(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.m\\.?|p\\.m\\.?|am|pm|o'clock)" + ZONE + DAY,
                TimeOfDayRules::clock));
        rules.add(Rule.of(APPROX + "(\\d{1,2}):(\\d{2})()(?-i:\\s+(?:GMT|UTC|EST|EDT))" + DAY, TimeOfDayRules::clock));
        rules.add(Rule.of(APPROX + "(noon|midnight|midday)" + DAY, TimeOfDayRules::noon));
    }

    private static Candidate clock(Matcher m, TimeContext c) {
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String suffix = m.group(3).toLowerCase(Locale.ROOT);
        if (hour > 23 || minute > 59 || !suffix.isEmpty() && !suffix.startsWith("o") && (hour > 12 || hour == 0)) {
            return null;
        }
        if (suffix.startsWith("p") && hour < 12) {
            hour += 12;
        } else if (suffix.startsWith("a") && hour == 12) {
            hour = 0;
        }
        return at(m, c, m.group(4), String.format("T%02d:%02d", hour, minute));
    }

    private static Candidate noon(Matcher m, TimeContext c) {
        if (c.text.substring(Math.max(0, m.start() - 5), m.start()).toLowerCase(Locale.ROOT).endsWith("high ")) {
            return null;
        }
        return at(m, c, m.group(2), m.group(1).equalsIgnoreCase("midnight") ? "T24:00" : "T12:00");
    }

    /**
     * The day a bare clock time belongs to: the last day named earlier in its sentence ("flew Tuesday ... at 18:00
     * UTC"), else one named right after it behind a parenthesis ("10:35 a.m. (0735 GMT) Friday"); null for none.
     */
    private static String dayInSentence(TimeContext c, int begin, int end) {
        int from = begin;
        while (from > 0 && !SENTENCE_END.matcher(c.text.substring(Math.max(0, from - 2), from)).matches()) {
            from--;
        }
        Matcher before = DAY_WORD.matcher(c.text.substring(from, begin));
        String last = null;
        while (before.find()) {
            last = before.group(1);
        }
        if (last != null) {
            return last;
        }
        Matcher after = DAY_AFTER.matcher(c.text.substring(end, Math.min(c.text.length(), end + 30)));
        return after.lookingAt() ? after.group(1) : null;
    }

    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?]\\s|\\n\\n?");
    private static final java.util.regex.Pattern DAY_WORD = java.util.regex.Pattern.compile(
            "\\b(" + WEEKDAY + "|(?i:today|yesterday|tomorrow)|" + MONTH_NAME + "\\s*\\d{1,2})\\b(?![\\d:,]\\d)");
    private static final java.util.regex.Pattern DAY_AFTER = java.util.regex.Pattern.compile(
            "\\s*\\([^)]{1,20}\\)\\s*(?:on\\s+)?(" + WEEKDAY + "|(?i:today|yesterday|tomorrow))\\b");

    private static Candidate at(Matcher m, TimeContext c, String dayPhrase, String clock) {
        int begin = m.start();
        String lead = m.group().toLowerCase(Locale.ROOT);
        // "until", "by", "before", "after" are signals, not part of the time expression
        for (String signal : new String[] {"until ", "by ", "before ", "after "}) {
            if (lead.startsWith(signal)) {
                begin += signal.length();
                while (Character.isWhitespace(c.text.charAt(begin))) {
                    begin++;
                }
            }
        }
        int dir = lead.startsWith("until ") ? 1 : c.direction(m.start(), m.end());
        if (dayPhrase == null) {
            dayPhrase = dayInSentence(c, m.start(), m.end());
        }
        LocalDate day = dayPhrase == null ? c.reference : RelativeRules.resolveDay(dayPhrase, c, dir);
        if (day == null) {
            day = c.reference;
        }
        String zone = UTC.matcher(m.group()).find() ? "Z" : "";
        return Candidate.of(begin, m.end(), "TIME", TimexValues.day(day) + clock + zone);
    }
}
