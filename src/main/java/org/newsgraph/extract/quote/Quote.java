package org.newsgraph.extract.quote;

/**
 * A quoted stretch of text as found by {@link QuoteScanner}.
 *
 * @param content      the quoted words without the marks
 * @param openMark     char offset of the opening mark
 * @param closeMark    char offset of the closing mark, or -1 when the paragraph ended first
 * @param continuation true when this quote continues an unclosed quote of the previous paragraph
 */
record Quote(Span content, int openMark, int closeMark, boolean continuation) {

    boolean closed() {
        return closeMark >= 0;
    }

    /** The span including the marks. */
    Span withMarks() {
        return new Span(openMark, closed() ? closeMark + 1 : content.end());
    }
}
