package org.newsgraph.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

import static org.newsgraph.extract.time.Lexicon.PART_OF_DAY;
import static org.newsgraph.extract.time.Lexicon.WEEKDAY;

/**
 * Rules for expressions whose value depends on the reference date: today/yesterday, weekdays, "last month",
 * "this week", "the weekend", and the part of day attached to them.
 */
final class RelativeRules {

    private static final String SHIFT_WORD = "this\\s+past|this\\s+coming|this|last|next|past|previous|coming|current"
            + "|the\\s+past|the\\s+last|the\\s+next|the\\s+previous|the\\s+coming|the\\s+current|the\\s+following";
    private static final String EDGE = "(?:early|late|earlier|later|mid|the\\s+end\\s+of|the\\s+beginning\\s+of"
            + "|the\\s+start\\s+of|the\\s+middle\\s+of|the\\s+rest\\s+of|the\\s+remainder\\s+of|(?:the\\s+)?(?:first|second)"
            + "\\s+half\\s+of)";

    private RelativeRules() {
    }

    static void addTo(List<Rule> rules) {
        rules.add(Rule.of("(?:(?:early|late|earlier|later)\\s+)?(today|tonight|yesterday|tomorrow)(?:\\s+(" + PART_OF_DAY + "))?",
                RelativeRules::deicticDay));
        rules.add(Rule.of("(?:(?:early|late|earlier|later)\\s+)?(this|last)\\s+(" + PART_OF_DAY + ")", RelativeRules::thisPart));
        rules.add(Rule.of("(?:(this\\s+past|this\\s+coming|last|next|this|early|late)\\s+)?(" + WEEKDAY + ")(?:\\s+("
                + PART_OF_DAY + "))?", RelativeRules::weekday));
        rules.add(Rule.of("(?:" + EDGE + "\\s+)?(" + SHIFT_WORD + ")\\s+(?:fiscal\\s+)?(week|month|year|decade|century|weekend)",
                RelativeRules::shiftedUnit));
        rules.add(Rule.of("(?:(?:early|late|mid)-?\\s*)?(morning|afternoon|evening)\\s+(yesterday|today|tomorrow|" + WEEKDAY + ")",
                RelativeRules::partBeforeDay));
        rules.add(Rule.of("mid-?\\s?(morning|afternoon)", (m, c) -> Candidate.of(m.start(), m.end(), "TIME",
                TimexValues.day(c.reference) + "T" + Lexicon.partOfDay(m.group(1)))));
        rules.add(Rule.of("the\\s+week\\s+of\\s+(" + Lexicon.MONTH_NAME + "\\s*\\d{1,2})(?!\\d)", (m, c) -> {
            LocalDate day = resolveDay(m.group(1), c, c.direction(m.start(), m.end()));
            return day == null ? null : Candidate.of(m.start(), m.end(), "DATE", TimexValues.week(day));
        }));
        // "for the week, the index fell": a week of the report whose number the annotation leaves open
        rules.add(Rule.of("the\\s+week(?!\\s+(?:of|before|after|earlier|later|ago|ended|ending|or))",
                (m, c) -> Candidate.of(m.start(), m.end(), "DATE", TimexValues.year(c.reference.getYear()) + "-WXX")));
        rules.add(Rule.of("the\\s+weekend", (m, c) -> Candidate.of(m.start(), m.end(), "DATE",
                weekend(c, c.direction(m.start(), m.end()) > 0 ? 0 : weekendShift(c.reference)))));
    }

    /** The day a day phrase (weekday, today, yesterday, tomorrow, "Nov. 9") denotes; null when not a day. */
    static LocalDate resolveDay(String phrase, TimeContext c, int dir) {
        String p = phrase.trim().toLowerCase(Locale.ROOT);
        return switch (p) {
            case "today", "tonight" -> c.reference;
            case "yesterday" -> c.reference.minusDays(1);
            case "tomorrow" -> c.reference.plusDays(1);
            default -> {
                for (DayOfWeek d : DayOfWeek.values()) {
                    if (d.name().equalsIgnoreCase(p)) {
                        yield TimexValues.weekday(c.reference, d, dir, false);
                    }
                }
                Matcher m = java.util.regex.Pattern.compile("([a-z]+)\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?").matcher(p);
                yield m.matches() ? TimexValues.nearestDate(c.reference, Lexicon.month(m.group(1)),
                        Integer.parseInt(m.group(2)), dir) : null;
            }
        };
    }

    private static Candidate deicticDay(Matcher m, TimeContext c) {
        LocalDate day = resolveDay(m.group(1), c, -1);
        String part = m.group(2) != null ? Lexicon.partOfDay(m.group(2))
                : m.group(1).equalsIgnoreCase("tonight") ? "NI" : null;
        return part == null ? Candidate.of(m.start(), m.end(), "DATE", TimexValues.day(day))
                : Candidate.of(m.start(), m.end(), "TIME", TimexValues.day(day) + "T" + part);
    }

    /** "mid-afternoon yesterday", "morning Friday": the part of the named day. */
    private static Candidate partBeforeDay(Matcher m, TimeContext c) {
        LocalDate day = resolveDay(m.group(2), c, c.direction(m.start(), m.end()));
        return Candidate.of(m.start(), m.end(), "TIME", TimexValues.day(day) + "T" + Lexicon.partOfDay(m.group(1)));
    }

    private static Candidate thisPart(Matcher m, TimeContext c) {
        boolean last = m.group(1).equalsIgnoreCase("last");
        String part = Lexicon.partOfDay(m.group(2));
        if (last && !part.equals("NI")) {
            return null;
        }
        LocalDate day = last ? c.reference.minusDays(1) : c.reference;
        return Candidate.of(m.start(), m.end(), "TIME", TimexValues.day(day) + "T" + part);
    }

    private static Candidate weekday(Matcher m, TimeContext c) {
        String mod = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        DayOfWeek dow = Lexicon.weekday(m.group(2));
        LocalDate day = switch (mod) {
            case "last", "this past" -> TimexValues.weekday(c.reference, dow, -1, true);
            case "next", "this coming" -> TimexValues.weekday(c.reference, dow, 1, true);
            case "this" -> c.reference.with(dow);
            // "Wednesday's ruling" names an event the story reports, not one it announces
            default -> TimexValues.weekday(c.reference, dow, c.text.startsWith("'s", m.end()) ? -1
                    : c.direction(m.start(), m.end()), false);
        };
        // TimeBank mostly annotates "Friday night" as the day itself (or tags only "Friday")
        return m.group(3) == null || m.group(3).equalsIgnoreCase("night")
                ? Candidate.of(m.start(), m.end(), "DATE", TimexValues.day(day))
                : Candidate.of(m.start(), m.end(), "TIME", TimexValues.day(day) + "T" + Lexicon.partOfDay(m.group(3)));
    }

    private static Candidate shiftedUnit(Matcher m, TimeContext c) {
        String word = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceFirst("^the ", "");
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        if (Character.isUpperCase(m.group(2).charAt(0)) && !m.group(2).equals(m.group(2).toUpperCase(Locale.ROOT))) {
            return null; // "This Week", "Next Month": a title (TV programme, column), not a time
        }
        if (word.equals("following") || word.equals("previous")) {
            // relative to the event last dated, at the unit's granularity: "the following year" after May 22, 1995
            return Candidate.anchoredUnit(m.start(), m.end(), word.equals("following") ? 1 : -1,
                    Lexicon.unitLetter(unit));
        }
        int shift = switch (word) {
            case "this", "current" -> 0;
            case "next", "coming", "this coming" -> 1;
            default -> -1;
        };
        if (unit.equals("weekend")) {
            return Candidate.of(m.start(), m.end(), "DATE",
                    weekend(c, shift == 0 ? (c.direction(m.start(), m.end()) > 0 ? 0 : weekendShift(c.reference)) : shift));
        }
        if (unit.equals("decade") && word.equals("past")) {
            return Candidate.of(m.start(), m.end(), "DURATION", "P10Y");
        }
        if (unit.equals("century")) {
            return Candidate.of(m.start(), m.end(), "DATE", String.valueOf(c.reference.getYear() / 100 + shift));
        }
        return Candidate.of(m.start(), m.end(), "DATE",
                TimexValues.shiftReference(c.reference, shift, Lexicon.unitLetter(unit)));
    }

    /** Weeks back to the weekend a past-tense "the weekend" means: this week's on Sat/Sun, else last week's. */
    private static int weekendShift(LocalDate ref) {
        return ref.getDayOfWeek().getValue() >= 6 ? 0 : -1;
    }

    private static String weekend(TimeContext c, int weeks) {
        return TimexValues.week(c.reference.plusWeeks(weeks)) + "-WE";
    }
}
