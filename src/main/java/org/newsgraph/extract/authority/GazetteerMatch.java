package org.newsgraph.extract.authority;

import java.util.List;

/**
 * A dictionary match in a token sequence.
 *
 * @param firstToken {@code Token.index()} of the first token touched by the match
 * @param endToken   {@code Token.index()} of the last token touched, plus one
 * @param begin      UTF-16 char offset of the match in the body text, inclusive; may lie inside a token
 *                   ("Polish" in "Polish-born")
 * @param end        UTF-16 char offset, exclusive
 * @param candidates the matched records, best first (for cities: most populous first); never empty
 */
public record GazetteerMatch(int firstToken, int endToken, int begin, int end, Kind kind,
        List<? extends AuthorityRecord> candidates) {

    /** What a match names. */
    public enum Kind {
        COUNTRY, NATIONALITY, ORGANISATION, TITLE, CITY
    }

    public GazetteerMatch {
        candidates = List.copyOf(candidates);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("a match needs a record");
        }
    }

    /** The best record: a {@link Country} for COUNTRY and NATIONALITY, a {@link City}, {@link Organisation} or {@link Title}. */
    public AuthorityRecord record() {
        return candidates.get(0);
    }
}
