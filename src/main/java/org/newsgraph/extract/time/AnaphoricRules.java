package org.newsgraph.extract.time;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules for units named by a determiner rather than a number: "the year" of a report (the reference year, or a
 * one-year duration in "the year ended March 31"), "year-end", and units that point back at the last calendar
 * mention ("that year", "later that day", "the following month", "the previous week").
 */
final class AnaphoricRules {

    private static final String UNIT = "(day|week|month|quarter|year)";
    /** What makes "the year" the length of a fiscal year rather than the current one: "the year ended June 30". */
    private static final Pattern ENDED_AFTER = Pattern.compile(
            "^\\s+(?:that\\s+|which\\s+)?(?:ended|ending|ends|to\\s+(?:date|[A-Z][a-z]+\\.?\\s+\\d))");
    /** Words after "the year" that belong to another rule ("the year ago quarter") or make it no date. */
    private static final Pattern OTHER_AFTER = Pattern.compile(
            "^(?:\\s+(?:ago|earlier|before|after|later|or|and\\s+a\\s+half|\\d|two|nineteen|eighteen)\\b|-)",
            Pattern.CASE_INSENSITIVE);

    private AnaphoricRules() {
    }

    static void addTo(List<Rule> rules) {
        rules.add(Rule.of("(?:(?:earlier|later)\\s+(?:in\\s+)?)?the\\s+(?:(?:full|entire|whole)\\s+)?(?:fiscal\\s+)?year",
                AnaphoricRules::theYear));
        rules.add(Rule.of("(?:the\\s+)?(?:end\\s+of\\s+the\\s+year|year[- ]end|year's\\s+end)",
                (m, c) -> Candidate.of(m.start(), m.end(), "DATE", TimexValues.year(c.reference.getYear()))));
        rules.add(Rule.of("(?:(?:earlier|later)\\s+)?(?:that|the\\s+same|that\\s+same)\\s+" + UNIT,
                (m, c) -> Candidate.anchoredUnit(m.start(), m.end(), 0, Lexicon.unitLetter(m.group(1)))));
        // market reports: "ended the day at 8,017", "for the day, the Nikkei closed down": the trading day last dated
        rules.add(Rule.of("(?<=\\b(?:end|ended|ending|ends|finish|finished|close|closed|closing|for)\\s)the\\s+day"
                + "(?!\\s+(?:before|after|of|when)\\b)", (m, c) -> Candidate.anchoredUnit(m.start(), m.end(), 0, 'D')));
        // "the year before", "the month previous": the unit before the one last dated ("last year" ... "the year before")
        rules.add(Rule.of("the\\s+(day|week|month|year)\\s+(?:before|previous|prior|earlier)(?=\\s*[.,;:)\"'`]|\\s*$)",
                (m, c) -> Candidate.anchoredUnit(m.start(), m.end(), -1, Lexicon.unitLetter(m.group(1)))));
        rules.add(Rule.of("the\\s+(following|next|previous|prior|preceding)\\s+(day|morning|quarter)",
                AnaphoricRules::neighbour));
    }

    private static Candidate theYear(Matcher m, TimeContext c) {
        String after = c.text.substring(m.end(), Math.min(c.text.length(), m.end() + 40));
        if (OTHER_AFTER.matcher(after).find()) {
            return null;
        }
        if (ENDED_AFTER.matcher(after).find()) {
            return m.group().toLowerCase(Locale.ROOT).startsWith("the")
                    ? Candidate.of(m.start(), m.end(), "DURATION", "P1Y") : null;
        }
        return Candidate.of(m.start(), m.end(), "DATE", TimexValues.year(c.reference.getYear()));
    }

    /**
     * "the following day" after a dated event is the day after that event, as is "the next day/morning"; "the next
     * quarter" is the coming one. Weeks, months and years are shifted by {@link RelativeRules}.
     */
    private static Candidate neighbour(Matcher m, TimeContext c) {
        String word = m.group(1).toLowerCase(Locale.ROOT);
        String unitWord = m.group(2).toLowerCase(Locale.ROOT);
        if (word.equals("next") && unitWord.equals("quarter")) {
            return null;
        }
        int shift = word.equals("following") || word.equals("next") ? 1 : -1;
        return Candidate.anchoredUnit(m.start(), m.end(), shift, unitWord.equals("morning") ? 'D'
                : Lexicon.unitLetter(unitWord));
    }
}
