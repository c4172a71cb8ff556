package org.newsgraph.extract.time;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * What rules need to normalise one text: the text, its reference (publication) date, the numeric date order,
 * and the tense direction around a span. One instance per {@link TimeFinder#find} call; not shared.
 */
final class TimeContext {

    /** Words that put the clause before a time expression into the future. */
    private static final Pattern FUTURE_BEFORE = Pattern.compile(
            "\\b(?:will|won't|wo n't|shall|'ll|going to|plans? to|planned|planning|scheduled|expects? to|expected to"
                    + "|set to|is to|are to|would|upcoming|as early as|as soon as|should|might|(?-i:may))\\b"
                    + "(?!\\s+(?:not\\s+)?have\\b)",
            Pattern.CASE_INSENSITIVE);
    /**
     * A past participle right before the span dates a past act even after a future cue: "will monitor the deal clinched
     * on Tuesday" (not "will be signed on Tuesday").
     */
    private static final Pattern PARTICIPLE_RIGHT_BEFORE = Pattern.compile(
            "(?<!\\bbe\\s)(?<!\\bbeen\\s)(?<!\\bbeing\\s)\\b\\p{L}{3,}ed\\s+(?:on\\s+)?$");
    /** A clause of condition or plan around such a participle: "as soon as trading opened Monday", "as planned". */
    private static final Pattern CONDITION_BEFORE = Pattern.compile(
            "\\b(?:as soon as|once|when|if|unless|planned|scheduled)\\b[^,;]{0,30}$", Pattern.CASE_INSENSITIVE);
    /** Past reporting right before the span overrides an earlier future cue ("will ..., he said Friday"). */
    private static final Pattern PAST_RIGHT_BEFORE = Pattern.compile(
            "\\b(?:said|says|told|announced|reported|added|was|were|had|did|last|since|ago)\\b[^.;,]{0,12}$",
            Pattern.CASE_INSENSITIVE);
    /** A deadline right before the span points forward: "until Tuesday", "until 9 a.m. Tuesday". */
    private static final Pattern DEADLINE_BEFORE = Pattern.compile(
            "\\b(?:until|till)\\s+(?:(?:about\\s+)?\\d{1,2}(?::\\d\\d)?\\s*[ap]\\.?m\\.?\\s+(?:[A-Z]{3}\\s+)?)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FUTURE_AFTER = Pattern.compile(
            "^(?![^.;]{0,25}?,\\s+(?:saying|adding|noting|according)\\b)[^.;]{0,25}?\\b(?:will|'ll|is scheduled|are scheduled"
                    + "|is expected|are expected|is due|are due)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A verb in the past tense: a form of "be", "have" or "do", a word in "-ed" ("followed", "was arrested"), or a common
     * irregular past that is no other word's form ("Ethiopia withdrew its troops from Somalia in January").
     */
    private static final Pattern PAST_VERB = Pattern.compile("\\b(?:was|were|had|did|\\p{L}{3,}ed|withdrew|overthrew|took|began"
            + "|held|fought|struck|fled|sent|came|went|gave|made|broke|fell|rose|threw|brought|caught|built|chose|drew|flew|froze"
            + "|grew|kept|paid|ran|sought|spoke|spent|stood|stole|swore|thought|tore|wrote|became|arose|blew|dealt|fed|found|hung"
            + "|met|led|won|lost|shot|left|sold|seized|stormed)\\b");
    /** Words that keep a clause out of the past whatever its "-ed" words ("is expected", "are scheduled"). */
    private static final Pattern NOT_PAST = Pattern.compile(
            "\\b(?:is|are|am|will|would|shall|should|could|can|may|might|must|be|expected|due|scheduled|planned|slated"
                    + "|set|next|coming|to)\\b", Pattern.CASE_INSENSITIVE);

    final String text;
    final LocalDate reference;
    final boolean dayFirst;

    TimeContext(String text, LocalDate reference, boolean dayFirst) {
        this.text = text;
        this.reference = reference;
        this.dayFirst = dayFirst;
    }

    /**
     * -1 when the span [begin, end) refers to the past of the reference date (the news default), +1 when a
     * future cue ("will", "is scheduled to", ...) in the same clause points forward.
     */
    int direction(int begin, int end) {
        int from = clauseStart(begin);
        String before = text.substring(from, begin);
        if (DEADLINE_BEFORE.matcher(before).find()) {
            return 1;
        }
        if (PAST_RIGHT_BEFORE.matcher(before).find()
                || PARTICIPLE_RIGHT_BEFORE.matcher(before).find() && !CONDITION_BEFORE.matcher(before).find()) {
            return -1;
        }
        if (FUTURE_BEFORE.matcher(before).find()) {
            return 1;
        }
        String after = text.substring(end, Math.min(text.length(), end + 40));
        java.util.regex.Matcher future = FUTURE_AFTER.matcher(after);
        if (!future.find()) {
            return -1;
        }
        // "arrived in Kabul on Monday, where he will hold talks", "that killed 19 US servicemen in June, Washington will
        // respond": the plan is another clause's, behind a comma; the span's own clause is past
        return after.substring(0, future.end()).contains(",") && pastVerbBefore(begin) ? -1 : 1;
    }

    /**
     * Whether the clause before the span [begin, end) tells of the past in a verb ("The ordinance followed the seizure
     * of power in February", "He was arrested in January") with nothing present, future or scheduled after it.
     */
    boolean pastVerbBefore(int begin) {
        String before = text.substring(clauseStart(begin), begin);
        java.util.regex.Matcher past = PAST_VERB.matcher(before);
        int after = -1;
        while (past.find()) {
            if (!NOT_PAST.matcher(past.group()).matches()) {
                after = past.end();
            }
        }
        // what follows the last past verb decides: "a bomb attack that killed 19 servicemen in June" (though "if Iran is
        // behind" came first), not "announced an agreement to acquire the company in January"
        return after >= 0 && !NOT_PAST.matcher(before.substring(after)).find();
    }

    /** A clause opened by a preposition of time alone, before the span: "In ", "During ". */
    private static final Pattern OPENING_IN = Pattern.compile("^\\s*(?:[Ii]n|[Dd]uring|[Bb]y the end of)\\s+$");

    /**
     * Whether the span [begin, end) opens its clause after a preposition of time and the clause goes on in the past
     * ("In January, 107 US soldiers were killed"): the month is the last one, not the next.
     */
    boolean pastVerbAfterOpening(int begin, int end) {
        if (!OPENING_IN.matcher(text.substring(clauseStart(begin), begin)).matches()) {
            return false;
        }
        String after = text.substring(end, Math.min(text.length(), end + 60));
        int stop = after.length();
        for (int i = 0; i < after.length(); i++) {
            if (after.charAt(i) == '.' || after.charAt(i) == ';') {
                stop = i;
                break;
            }
        }
        after = after.substring(0, stop);
        java.util.regex.Matcher past = PAST_VERB.matcher(after);
        java.util.regex.Matcher notPast = NOT_PAST.matcher(after);
        if (!past.find()) {
            return false;
        }
        return !notPast.find() || notPast.start() > past.start();
    }

    /** Start of the clause holding {@code pos}: after the last sentence end or newline, at most 80 chars back. */
    private int clauseStart(int pos) {
        int limit = Math.max(0, pos - 80);
        for (int i = pos - 1; i >= limit; i--) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '.' || c == '!' || c == '?' || c == ';') && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        return limit;
    }
}
