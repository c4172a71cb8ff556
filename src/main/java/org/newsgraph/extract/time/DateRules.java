package org.newsgraph.extract.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

import static org.newsgraph.extract.time.Lexicon.DAY_NUMBER;
import static org.newsgraph.extract.time.Lexicon.MONTH_NAME;
import static org.newsgraph.extract.time.Lexicon.ORDINAL_QUARTER;
import static org.newsgraph.extract.time.Lexicon.SEASON;
import static org.newsgraph.extract.time.Lexicon.WEEKDAY;
import static org.newsgraph.extract.time.Lexicon.YEAR;

/**
 * Rules for calendar expressions that name their unit: explicit dates, months, years, decades, centuries,
 * quarters, halves, seasons and holidays. Missing years are filled from the reference date in the direction of
 * tense.
 */
final class DateRules {

    /** "early", "late", "mid-", "the end of" ...: part of the span, not of the value (TIMEX3 puts it in mod). */
    static final String EDGE = "(?:(?:the\\s+)?(?:early|late|mid|end\\s+of|beginning\\s+of|start\\s+of|middle\\s+of)"
            + "|earlier|later|(?:the\\s+)?(?:first|second|last)\\s+half\\s+of)";
    private static final String SEP = "(?:-|\\s+)";
    /** A year read out in words, "nineteen ninety-four" (no inner groups). */
    private static final String SPELLED_YEAR = "(?:nineteen|eighteen)\\s+" + NumberWords.CARDINAL;
    private static final String YEAR_NOT_QUANTITY = "(?!\\s*(?:percent|per cent|%)|,\\d|\\.\\d|-\\d|-(?-i:[A-Z])|'?s\\b)";
    private static final java.util.Set<String> RISKY_MONTHS = java.util.Set.of("may", "march", "mar.");
    private static final java.util.regex.Pattern MONTH_CUE = java.util.regex.Pattern.compile(
            "\\b(?:in|since|until|till|by|from|of|during|through|before|after|late|early|mid|last|next|this|"
                    + "between|and|to)[\\s-]+$", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** A deadline before a bare month points forward: "by February", "until June". */
    private static final java.util.regex.Pattern DEADLINE_BEFORE = java.util.regex.Pattern.compile(
            "\\b(?:by|until|till|through)\\s+$", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** A year word right after a bare month fixes its year: "in February this year", "July last year". */
    private static final java.util.regex.Pattern YEAR_WORD_AFTER = java.util.regex.Pattern.compile(
            "^,?\\s+(this|last|next)\\s+year\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The year after a list of days of one month: "August 6 and 9, 1945", "May 3-5, 1997". */
    private static final java.util.regex.Pattern LIST_YEAR_AFTER = java.util.regex.Pattern.compile(
            "\\s*(?:and|or|to|-)\\s*\\d{1,2}(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");

    /** "ended" right before a date: the date is past. */
    private static final java.util.regex.Pattern ENDED_BEFORE = java.util.regex.Pattern.compile("\\bended\\s+$");
    /** The end date after a quarter: "the quarter ended Sept. 30". */
    private static final java.util.regex.Pattern QUARTER_ENDED = java.util.regex.Pattern.compile(
            "\\s+(?:that\\s+)?(?:ended|ending|which\\s+ended)\\s+(" + MONTH_NAME + ")\\s*\\d");
    /** "the second half of 1989" is the half-year 1989-H2. */
    private static final java.util.regex.Pattern HALF_OF = java.util.regex.Pattern.compile(
            "(?:the\\s+)?(first|second|last)\\s+half\\s+of", java.util.regex.Pattern.CASE_INSENSITIVE);

    private DateRules() {
    }

    static void addTo(List<Rule> rules) {
        rules.add(Rule.of("(\\d{4})-(\\d{2})-(\\d{2})", (m, c) -> day(m, c, m.group(1), m.group(2), m.group(3))));
        rules.add(Rule.of("(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![./]?\\d)", DateRules::numericDate));
        // a weekday before the date is part of the span, the date gives the value: "Saturday, April 25"
        rules.add(Rule.of("(?:(?:this|last|next|" + EDGE + "|" + WEEKDAY + ",?)" + SEP + ")?(" + MONTH_NAME + ")\\s*(" + DAY_NUMBER
                + ")(?:,?\\s+(" + YEAR + "))?", (m, c) -> monthDay(m, c, m.group(1), m.group(2), m.group(3))));
        // the second day of "April 24 and 25" (the first is found by the rule above); only that day is the span
        rules.add(Rule.of("(" + MONTH_NAME + ")\\s+\\d{1,2}\\s+(?:and|or|to)\\s+(" + DAY_NUMBER + ")(?!\\s*[,.]?\\d)(?:,?\\s+(" + YEAR
                + "))?", (m, c) -> {
            Candidate day = monthDay(m, c, m.group(1), m.group(2), m.group(3));
            return day == null ? null : Candidate.of(m.start(2), m.end(2), "DATE", day.value());
        }));
        rules.add(Rule.of("(" + DAY_NUMBER + ")\\s+(?:of\\s+)?(" + MONTH_NAME + ")(?:,?\\s+(" + YEAR + "))?",
                (m, c) -> monthDay(m, c, m.group(2), m.group(1), m.group(3))));
        rules.add(Rule.of("(?:" + EDGE + SEP + ")?(" + MONTH_NAME + "),?\\s+(?:of\\s+)?(" + YEAR + ")",
                (m, c) -> Candidate.of(m.start(), m.end(), "DATE",
                        TimexValues.month(Integer.parseInt(m.group(2)), Lexicon.month(m.group(1))))));
        // "July last year", "October of next year": one expression, the month of that year
        rules.add(Rule.of("(?:" + EDGE + SEP + ")?(" + MONTH_NAME + "),?\\s+(?:of\\s+)?(this|last|next)\\s+year(?!')",
                (m, c) -> Candidate.of(m.start(), m.end(), "DATE",
                        TimexValues.month(yearWord(m.group(2), c.reference), Lexicon.month(m.group(1))))));
        rules.add(Rule.of("(?:(this|last|next|" + EDGE + ")" + SEP + ")?(" + MONTH_NAME + ")", DateRules::bareMonth));
        rules.add(Rule.of("(?:(?:fiscal|calendar|the\\s+year|" + EDGE + ")" + SEP + ")?(" + YEAR + ")" + YEAR_NOT_QUANTITY,
                DateRules::year));
        rules.add(Rule.of("(?:the\\s+)?(?:" + EDGE + SEP + ")?(?:(1[89]\\d|20\\d)0'?s|'(\\d)0'?s)", DateRules::decade));
        // "since '82": a year cut to two digits after a preposition, in the century that puts it in the past
        rules.add(Rule.of("(?<=\\b(?:since|in|of|from|until|by|before|after)\\s)'(\\d\\d)(?!')", (m, c) -> {
            int yy = Integer.parseInt(m.group(1));
            return Candidate.of(m.start(), m.end(), "DATE", TimexValues.year(
                    (yy > c.reference.getYear() % 100 ? c.reference.getYear() / 100 - 1 : c.reference.getYear() / 100) * 100 + yy));
        }));
        rules.add(Rule.of("(?:(?:the\\s+year|" + EDGE + ")" + SEP + ")?(?:(nineteen|eighteen)\\s+(" + NumberWords.CARDINAL
                + ")|two\\s+thousand(?:\\s+and)?(?:\\s+(" + NumberWords.CARDINAL + "))?)", DateRules::spelledYear));
        // broadcast transcripts spell years out: "January nineteen ninety-seven", "the winter of nineteen ninety-four"
        rules.add(Rule.of("(?:" + EDGE + SEP + ")?(" + MONTH_NAME + "),?\\s+(?:of\\s+)?(" + SPELLED_YEAR + ")", (m, c) -> {
            int year = spelledYear(m.group(2));
            return year < 0 ? null : Candidate.of(m.start(), m.end(), "DATE", TimexValues.month(year, Lexicon.month(m.group(1))));
        }));
        rules.add(Rule.of("(?:the\\s+)?(" + SEASON + ")\\s+of\\s+(" + SPELLED_YEAR + ")", (m, c) -> {
            int year = spelledYear(m.group(2));
            return year < 0 ? null : Candidate.of(m.start(), m.end(), "DATE", TimexValues.year(year) + "-"
                    + Lexicon.season(m.group(1)));
        }));
        rules.add(Rule.of("the\\s+(?:" + EDGE + SEP + ")?(?:nineteen[- ])?(twenties|thirties|forties|fifties|sixties|seventies"
                + "|eighties|nineties)", (m, c) -> Candidate.of(m.start(), m.end(), "DATE", "19" + (2 + List.of("twenties",
                "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")
                .indexOf(m.group(1).toLowerCase(Locale.ROOT))))));
        rules.add(Rule.of("(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\s+century", (m, c) -> Candidate.of(m.start(), m.end(),
                "DATE", String.format("%02d", Integer.parseInt(m.group(1)) - 1))));
        rules.add(Rule.of("(?:the\\s+)?(?:(?:fiscal|calendar)\\s+)?(?:(" + YEAR + ")(?:'s)?\\s+|(this|last|next)\\s+year's\\s+"
                + "|(?:latest|last|current|this|past|previous|most\\s+recent)\\s+)?(?:fiscal\\s+)?(" + ORDINAL_QUARTER
                + ")[- ](?:fiscal[- ])?quarter(?:\\s+of\\s+(?:(" + YEAR + ")|(this|last|next)\\s+year))?", DateRules::quarter));
        // "the final quarter of 2009": the fourth
        rules.add(Rule.of("(?:the\\s+)?(?:final|last)\\s+quarter\\s+of\\s+(?:(" + YEAR + ")|(this|last|next)\\s+year)",
                (m, c) -> Candidate.of(m.start(), m.end(), "DATE", TimexValues.quarter(m.group(1) != null
                        ? Integer.parseInt(m.group(1)) : yearWord(m.group(2), c.reference), 4))));
        rules.add(Rule.of("(?:the\\s+)?(?:(latest|last|past|previous|most\\s+recent|recent|just-ended|current|this|next"
                + "|coming|fiscal)\\s+)?quarter|the\\s+(?:latest|most\\s+recent)\\s+period", DateRules::relativeQuarter));
        rules.add(Rule.of("(?:the\\s+)?(?:(?:comparable|corresponding|same)\\s+)?(?:(?:year-earlier|year-ago|prior-year"
                + "|previous\\s+year's)(?:\\s+(?:quarter|period))?|last\\s+year's\\s+(?:quarter|period))",
                (m, c) -> Candidate.anchored(m.start(), m.end(), -1, 'Y')));
        // "the same period last year", "the quarter a year ago": the period just reported, one year back
        rules.add(Rule.of("the\\s+(?:(?:same|corresponding|comparable|year-earlier)\\s+)?(?:quarter|period)\\s+(?:of\\s+)?"
                + "(?:last\\s+year|a\\s+year\\s+(?:ago|earlier)|the\\s+(?:previous|prior|last)\\s+year|the\\s+year\\s+before)",
                (m, c) -> Candidate.anchored(m.start(), m.end(), -1, 'Y')));
        rules.add(Rule.of("(?:the\\s+)?(?:comparable\\s+)?(?:year-earlier|year-ago|prior-year|previous\\s+year's|last\\s+year's)"
                + "\\s+(?:fiscal\\s+)?(" + ORDINAL_QUARTER + ")[- ](?:fiscal[- ])?quarter", DateRules::yearEarlierQuarter));
        rules.add(Rule.of("the\\s+(" + YEAR + ")\\s+(?:quarter|period)", (m, c) -> Candidate.periodOfYear(m.start(), m.end(),
                Integer.parseInt(m.group(1)))));
        rules.add(Rule.of("(?:the\\s+)?(first|second|last)\\s+half(?:\\s+of\\s+(?:(" + YEAR + ")|(this|last|next)\\s+year))?",
                DateRules::half));
        rules.add(Rule.of("(?:(this\\s+past|this|last|next|the\\s+early|the\\s+late|the|early|late|mid)" + SEP + ")?("
                + SEASON + ")(?:\\s+(?:of\\s+)?(" + YEAR + "))?", DateRules::season));
        HolidayRules.addTo(rules);
    }

    private static Candidate day(Matcher m, TimeContext c, String y, String mo, String d) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
            return Candidate.of(m.start(), m.end(), "DATE", TimexValues.day(date));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Candidate numericDate(Matcher m, TimeContext c) {
        String first = c.dayFirst ? m.group(3) : m.group(1);
        String second = c.dayFirst ? m.group(1) : m.group(3);
        String y = m.group(4);
        if (y.length() == 2) {
            int yy = Integer.parseInt(y);
            y = String.valueOf(yy <= c.reference.getYear() % 100 + 1 ? 2000 + yy : 1900 + yy);
        }
        return day(m, c, y, first, second);
    }

    /** The day of the attacks on New York and Washington, which news names by its date alone ("the Sept. 11 attacks"). */
    static final LocalDate SEPTEMBER_11 = LocalDate.of(2001, 9, 11);
    /** Words after "September 11" that make it the name of those attacks, not a day of the reference year. */
    private static final java.util.regex.Pattern NAMED_ATTACKS = java.util.regex.Pattern.compile(
            "(?:,?\\s+2001)?\\s+(?:terror(?:ist)?\\s+)?(?:attacks?|strikes|hijackings?|hijackers|commission|anniversary|victims)\\b");

    private static Candidate monthDay(Matcher m, TimeContext c, String monthName, String dayNumber, String year) {
        int month = Lexicon.month(monthName);
        int d = Integer.parseInt(dayNumber.replaceAll("\\D", ""));
        if (year != null) {
            return day(m, c, year, String.valueOf(month), String.valueOf(d));
        }
        java.util.regex.Matcher yearWord = YEAR_WORD_AFTER.matcher(
                c.text.substring(m.end(), Math.min(c.text.length(), m.end() + 20)));
        if (yearWord.find()) { // "on June 23 last year": the day of that year
            return day(m, c, String.valueOf(yearWord(yearWord.group(1), c.reference)), String.valueOf(month),
                    String.valueOf(d));
        }
        java.util.regex.Matcher listYear = LIST_YEAR_AFTER.matcher(
                c.text.substring(m.end(), Math.min(c.text.length(), m.end() + 24)));
        if (listYear.lookingAt()) { // "on August 6 and 9, 1945": the year closing the list
            return day(m, c, listYear.group(1), String.valueOf(month), String.valueOf(d));
        }
        String lead = m.group().toLowerCase(Locale.ROOT);
        if (ENDED_BEFORE.matcher(c.text.substring(Math.max(0, m.start() - 10), m.start())).find()) {
            // "the fiscal year ended Jan. 31": a period reported on has ended, on or before the reference date
            LocalDate date = TimexValues.nearestDate(c.reference, month, d, -1);
            date = date != null && date.isAfter(c.reference) ? date.minusYears(1) : date;
            return date == null ? null : Candidate.of(m.start(), m.end(), "DATE", TimexValues.day(date));
        }
        if (month == 9 && d == 11 && c.reference.isAfter(SEPTEMBER_11) && NAMED_ATTACKS.matcher(
                c.text.substring(m.end(), Math.min(c.text.length(), m.end() + 30))).lookingAt()) {
            return Candidate.of(m.start(), m.end(), "DATE", TimexValues.day(SEPTEMBER_11)); // "the Sept. 11 attacks"
        }
        int dir = lead.startsWith("last") ? -1 : lead.startsWith("next") ? 1 : c.direction(m.start(), m.end());
        LocalDate date = TimexValues.nearestDate(c.reference, month, d, dir);
        return date == null ? null : Candidate.of(m.start(), m.end(), "DATE", TimexValues.day(date));
    }

    private static Candidate bareMonth(Matcher m, TimeContext c) {
        String modifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        String name = m.group(2);
        if (name.length() == 3 && !name.equals("May")) {
            return null; // "Jan", "Dec" without a period or a day are more often names
        }
        if (modifier.isEmpty() && RISKY_MONTHS.contains(name.toLowerCase(Locale.ROOT))
                && !MONTH_CUE.matcher(c.text.substring(Math.max(0, m.start() - 12), m.start())).find()) {
            return null;
        }
        int month = Lexicon.month(name);
        java.util.regex.Matcher yearWord = YEAR_WORD_AFTER.matcher(
                c.text.substring(m.end(), Math.min(c.text.length(), m.end() + 20)));
        if (modifier.isEmpty() && yearWord.find()) {
            return Candidate.of(m.start(), m.end(), "DATE", TimexValues.month(yearWord(yearWord.group(1), c.reference),
                    month));
        }
        int year = switch (modifier) {
            case "this" -> c.reference.getYear();
            // "last October" said in November is the October of the year before: the month just past would be "last
            // month" (TimeBank: "last February" on 1998-03-01 is 1997-02)
            case "last" -> TimexValues.yearOfMonth(c.reference.minusMonths(1), month, -1, true);
            case "next" -> TimexValues.yearOfMonth(c.reference, month, 1, true);
            default -> DEADLINE_BEFORE.matcher(c.text.substring(Math.max(0, m.start() - 8), m.start())).find()
                    ? TimexValues.nearestYearOfMonth(c.reference, month, 1)
                    : c.direction(m.start(), m.end()) < 0 && (c.pastVerbBefore(m.start()) || possessive(c, m.end())
                            || c.pastVerbAfterOpening(m.start(), m.end())) // "In January, 107 US soldiers were killed"
                    // "was arrested in January", "the probe of February's killing": the last one
                    ? TimexValues.yearOfMonth(c.reference, month, -1, false)
                    : TimexValues.nearestYearOfMonth(c.reference, month, c.direction(m.start(), m.end()));
        };
        return Candidate.of(m.start(), m.end(), "DATE", TimexValues.month(year, month));
    }

    private static boolean possessive(TimeContext c, int end) {
        String after = c.text.substring(end, Math.min(c.text.length(), end + 2));
        return after.equals("'s") || after.equals("\u2019s");
    }

    private static Candidate year(Matcher m, TimeContext c) {
        if (m.start() > 0 && "$#€£".indexOf(c.text.charAt(m.start() - 1)) >= 0) {
            return null;
        }
        java.util.regex.Matcher half = HALF_OF.matcher(m.group());
        return Candidate.of(m.start(), m.end(), "DATE", m.group(1) + (half.lookingAt()
                ? "-H" + (half.group(1).equalsIgnoreCase("first") ? 1 : 2) : ""));
    }

    /** "nineteen ninety-seven", "the year two thousand"; "two thousand" alone must be a year ("the year ..."). */
    private static Candidate spelledYear(Matcher m, TimeContext c) {
        int year;
        if (m.group(1) != null) {
            double rest = NumberWords.parse(m.group(2));
            if (Double.isNaN(rest) || rest < 10) {
                return null;
            }
            year = (m.group(1).equalsIgnoreCase("nineteen") ? 1900 : 1800) + (int) rest;
        } else {
            if (!m.group().toLowerCase(Locale.ROOT).startsWith("the year")) {
                return null;
            }
            year = 2000 + (m.group(3) == null ? 0 : (int) NumberWords.parse(m.group(3)));
        }
        return Candidate.of(m.start(), m.end(), "DATE", TimexValues.year(year));
    }

    /** The year of a {@link #SPELLED_YEAR} phrase, or -1 when its second part is not 10-99. */
    private static int spelledYear(String phrase) {
        String[] parts = phrase.trim().split("\\s+", 2);
        double rest = NumberWords.parse(parts[1]);
        return Double.isNaN(rest) || rest < 10 ? -1
                : (parts[0].equalsIgnoreCase("nineteen") ? 1900 : 1800) + (int) rest;
    }

    private static Candidate decade(Matcher m, TimeContext c) {
        String value;
        if (m.group(1) != null) {
            value = m.group(1);
        } else {
            int digit = Integer.parseInt(m.group(2));
            int century = c.reference.getYear() / 100;
            value = String.valueOf(digit > c.reference.getYear() / 10 % 10 ? century - 1 : century) + digit;
        }
        return Candidate.of(m.start(), m.end(), "DATE", value);
    }

    private static int yearWord(String word, LocalDate ref) {
        return ref.getYear() + switch (word.toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
    }

    private static Candidate quarter(Matcher m, TimeContext c) {
        int q = Lexicon.quarterNumber(m.group(3));
        int year;
        if (m.group(1) != null || m.group(4) != null) {
            year = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4));
        } else if (m.group(2) != null || m.group(5) != null) {
            year = yearWord(m.group(2) != null ? m.group(2) : m.group(5), c.reference);
        } else {
            // quarters are reported after they end: the latest quarter n that has begun
            year = c.reference.getYear() - (q > TimexValues.quarterOf(c.reference) ? 1 : 0);
        }
        return Candidate.of(m.start(), m.end(), "DATE", TimexValues.quarter(year, q));
    }

    /** "the year-ago third quarter": that quarter of the year before the one {@link #quarter} would give. */
    private static Candidate yearEarlierQuarter(Matcher m, TimeContext c) {
        int q = Lexicon.quarterNumber(m.group(1));
        int year = c.reference.getYear() - (q > TimexValues.quarterOf(c.reference) ? 1 : 0) - 1;
        return Candidate.of(m.start(), m.end(), "DATE", TimexValues.quarter(year, q));
    }

    private static Candidate relativeQuarter(Matcher m, TimeContext c) {
        String mod = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        boolean bare = (mod.isEmpty() || mod.equals("fiscal")) && !m.group().toLowerCase(Locale.ROOT).endsWith("period");
        if (bare && !m.group().toLowerCase(Locale.ROOT).startsWith("the")) {
            return null;
        }
        java.util.regex.Matcher ended = QUARTER_ENDED.matcher(c.text.substring(m.end(),
                Math.min(c.text.length(), m.end() + 30)));
        if (bare && ended.lookingAt()) {
            // "the quarter ended Sept. 30": the (fiscal) quarter last named, else the calendar quarter of that month
            int month = Lexicon.month(ended.group(1));
            int year = TimexValues.yearOfMonth(c.reference, month, -1, false);
            int quarters = (year * 4 + (month - 1) / 3) - (c.reference.getYear() * 4 + TimexValues.quarterOf(c.reference) - 1);
            return Candidate.samePeriod(m.start(), m.end(), quarters);
        }
        int shift = switch (mod) {
            case "current", "this" -> 0;
            case "next", "coming" -> 1;
            case "", "fiscal" -> c.direction(m.start(), m.end()) < 0 ? -1 : 0;
            default -> -1;
        };
        if (mod.matches("|fiscal|latest|most\\s+recent|just-ended")) {
            return Candidate.samePeriod(m.start(), m.end(), shift); // the period the report is about
        }
        return Candidate.of(m.start(), m.end(), "DATE", TimexValues.shiftReference(c.reference, shift, 'Q'));
    }

    private static Candidate half(Matcher m, TimeContext c) {
        int h = m.group(1).equalsIgnoreCase("first") ? 1 : 2;
        int year;
        if (m.group(2) != null) {
            year = Integer.parseInt(m.group(2));
        } else if (m.group(3) != null) {
            year = yearWord(m.group(3), c.reference);
        } else {
            int current = c.reference.getMonthValue() <= 6 ? 1 : 2;
            int dir = c.direction(m.start(), m.end());
            year = c.reference.getYear() + ((dir < 0 ? h > current : h < current) ? dir : 0);
        }
        return Candidate.of(m.start(), m.end(), "DATE", TimexValues.year(year) + "-H" + h);
    }

    private static Candidate season(Matcher m, TimeContext c) {
        String mod = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String code = Lexicon.season(m.group(2));
        if (m.group(3) != null) {
            return Candidate.of(m.start(), m.end(), "DATE", m.group(3) + "-" + code);
        }
        if (mod.isEmpty() || mod.equals("the") && m.group(2).equalsIgnoreCase("fall")) {
            return null;
        }
        int startMonth = switch (code) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
        LocalDate ref = c.reference;
        // a season "of year Y" starts in month startMonth of Y; the current one started at most 2 months ago
        LocalDate start = LocalDate.of(ref.getYear(), Month.of(startMonth), 1);
        while (start.isAfter(ref)) {
            start = start.minusYears(1);
        }
        boolean current = start.plusMonths(3).isAfter(ref);
        int year = start.getYear();
        switch (mod) {
            case "last" -> year -= current ? 1 : 0;
            case "next" -> year += 1;
            case "this", "this past" -> year = code.equals("WI") && ref.getMonthValue() <= 2 ? ref.getYear() - 1
                    : ref.getYear();
            default -> year += !current && c.direction(m.start(), m.end()) > 0 ? 1 : 0;
        }
        return Candidate.of(m.start(), m.end(), "DATE", TimexValues.year(year) + "-" + code);
    }
}
