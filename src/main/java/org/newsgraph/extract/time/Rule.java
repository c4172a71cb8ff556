package org.newsgraph.extract.time;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A pattern and the function that turns one of its matches into a candidate (or null to reject it). */
record Rule(Pattern pattern, Handler handler) {

    @FunctionalInterface
    interface Handler {
        Candidate apply(Matcher m, TimeContext ctx);
    }

    /** Compiles {@code regex} case-insensitively; use {@code (?-i:...)} for parts that must be capitalised. */
    static Rule of(String regex, Handler handler) {
        return new Rule(Pattern.compile("(?<![\\w'])(?:" + regex + ")(?![\\w])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), handler);
    }

    void collect(TimeContext ctx, List<Candidate> out) {
        Matcher m = pattern.matcher(ctx.text);
        while (m.find()) {
            Candidate c = handler.apply(m, ctx);
            if (c != null) {
                out.add(c);
            }
        }
    }
}
