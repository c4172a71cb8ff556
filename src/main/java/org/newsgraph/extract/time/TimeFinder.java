package org.newsgraph.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds time expressions in a text and normalises them to TIMEX3 values against a reference (publication) date,
 * with regular-expression rules in the style of the TimeBank annotation (a bare weekday is the nearest such day in
 * the direction of tense, news defaulting to the past; "a year earlier" moves the preceding calendar mention).
 * <p>
 * Thread-safe and reusable: the rules are compiled once and hold no per-call state. Offsets are UTF-16 char
 * indices into the text, end exclusive.
 */
public final class TimeFinder {

    private static final List<Rule> RULES = buildRules();
    /** Values a relative expression ("a year earlier") may be anchored to. */
    private static final Pattern CALENDAR = Pattern.compile("\\d{4}(?:-.*)?");
    /** Reporting periods, the preferred anchors of "a year earlier". */
    private static final Pattern PERIOD = Pattern.compile("\\d{4}-[QH]\\d");
    /** How far back (chars) an anchor for "a year earlier" may be. */
    private static final int ANCHOR_WINDOW = 400;

    private static List<Rule> buildRules() {
        List<Rule> rules = new ArrayList<>();
        DateRules.addTo(rules);
        TimeOfDayRules.addTo(rules);
        RelativeRules.addTo(rules);
        AnaphoricRules.addTo(rules);
        DurationRules.addTo(rules);
        return List.copyOf(rules);
    }

    /**
     * Time expressions of {@code text} in text order, none overlapping.
     *
     * @param reference the date the text was published; relative expressions are resolved against it
     * @param dayFirst  whether numeric dates like 09.11.2021 or 09/11/2021 put the day first (month first otherwise)
     */
    public List<TimeMention> find(String text, LocalDate reference, boolean dayFirst) {
        TimeContext ctx = new TimeContext(text, reference, dayFirst);
        List<Candidate> candidates = new ArrayList<>();
        for (Rule rule : RULES) {
            rule.collect(ctx, candidates);
        }
        return resolve(text, reference, select(candidates));
    }

    /** Longest candidates first (earlier rules win ties), dropping any that overlap one already taken. */
    private static List<Candidate> select(List<Candidate> candidates) {
        List<Candidate> byLength = new ArrayList<>(candidates);
        byLength.sort(Comparator.comparingInt(Candidate::length).reversed());
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : byLength) {
            if (chosen.stream().noneMatch(o -> o.begin() < c.end() && c.begin() < o.end())) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::begin));
        return chosen;
    }

    /**
     * Gives anchored candidates their value from the nearest preceding calendar value, in text order; a reporting
     * period ("the third quarter", "the quarter" resolved to it) is the preferred anchor of year-earlier comparisons.
     */
    private static List<TimeMention> resolve(String text, LocalDate reference, List<Candidate> chosen) {
        List<TimeMention> out = new ArrayList<>(chosen.size());
        Candidate anchor = null;
        Candidate period = null;
        for (Candidate c : chosen) {
            String value = c.value();
            if (value == null && c.unit() == Candidate.PERIOD_OF_YEAR) {
                value = TimexValues.year(c.shift()) + (period != null && c.begin() - period.end() <= ANCHOR_WINDOW
                        ? period.value().substring(4) : "");
            } else if (value == null && c.unit() == Candidate.SAME_PERIOD) {
                // a period already reported on; an outlook ("the fourth quarter" in October) is no anchor
                value = period != null && c.begin() - period.end() <= ANCHOR_WINDOW
                        && TimexValues.periodEndsBefore(period.value(), reference) ? period.value()
                        : TimexValues.shiftReference(reference, c.shift(), 'Q');
                anchor = Candidate.of(c.begin(), c.end(), "DATE", value); // it anchors what follows, as a named one would
                period = anchor;
            } else if (value == null) {
                String shifted = shiftFrom(period, c);
                if (shifted == null && !c.periodAnchorOnly()) {
                    shifted = shiftFrom(anchor, c);
                }
                value = shifted != null ? shifted : TimexValues.shiftReference(reference, c.shift(), c.unit());
                if (c.atUnit()) {
                    value = TimexValues.atGranularity(value, c.unit());
                }
            } else if (CALENDAR.matcher(value).matches() && c.type().equals("DATE")) {
                anchor = c;
                period = PERIOD.matcher(value).matches() ? c : period;
            }
            out.add(new TimeMention(c.begin(), c.end(), text.substring(c.begin(), c.end()), c.type(), value));
        }
        return out;
    }

    private static String shiftFrom(Candidate anchor, Candidate relative) {
        return anchor == null || relative.begin() - anchor.end() > ANCHOR_WINDOW ? null
                : TimexValues.shift(anchor.value(), relative.shift(), relative.unit());
    }
}
