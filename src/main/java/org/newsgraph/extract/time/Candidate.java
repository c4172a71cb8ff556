package org.newsgraph.extract.time;

/**
 * A rule's proposal before overlaps are resolved. Either {@code value} is final, or it is null and the value is
 * {@code shift} units of {@code unit} from a preceding calendar mention (the anchor), falling back to the
 * reference date ("a year earlier" after "the third quarter" is the year-earlier quarter). With
 * {@code periodAnchorOnly} only a quarter or half-year may anchor ("a year ago" is relative to the publication
 * date unless it compares a reporting period). With {@code atUnit} the result is written at the granularity of
 * {@code unit} ("the following year" after "May 22, 1995" is "1996", not "1996-05-22").
 */
record Candidate(int begin, int end, String type, String value, int shift, char unit, boolean periodAnchorOnly,
                 boolean atUnit) {

    static Candidate of(int begin, int end, String type, String value) {
        return value == null ? null : new Candidate(begin, end, type, value, 0, ' ', false, false);
    }

    static Candidate anchored(int begin, int end, int shift, char unit) {
        return new Candidate(begin, end, "DATE", null, shift, unit, false, false);
    }

    /** Like {@link #anchored} but the value names a whole unit: "that year", "the following month". */
    static Candidate anchoredUnit(int begin, int end, int shift, char unit) {
        return new Candidate(begin, end, "DATE", null, shift, unit, false, true);
    }

    static Candidate anchoredToPeriod(int begin, int end, int shift, char unit) {
        return new Candidate(begin, end, "DATE", null, shift, unit, true, false);
    }

    /** "the 1988 quarter": the preceding reporting period moved into {@code year}, else the year itself. */
    static Candidate periodOfYear(int begin, int end, int year) {
        return new Candidate(begin, end, "DATE", null, year, PERIOD_OF_YEAR, true, false);
    }

    /** The {@code unit} of {@link #periodOfYear} candidates, whose {@code shift} holds the year. */
    static final char PERIOD_OF_YEAR = 'R';

    /**
     * "the quarter", "the latest period": the reporting period last named (within the anchor window), else the
     * quarter {@code shift} quarters from the reference date.
     */
    static Candidate samePeriod(int begin, int end, int shift) {
        return new Candidate(begin, end, "DATE", null, shift, SAME_PERIOD, true, false);
    }

    /** The {@code unit} of {@link #samePeriod} candidates, whose {@code shift} counts quarters. */
    static final char SAME_PERIOD = 'A';

    int length() {
        return end - begin;
    }
}
