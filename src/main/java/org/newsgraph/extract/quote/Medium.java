package org.newsgraph.extract.quote;

/**
 * Where a statement was made: "Twitter", "Polish Radio", "a statement", "a press conference", "reporters".
 *
 * @param label normalised label for the medium resource
 * @param span  the words in the text the label was read from; null when the cue implies the medium ("tweeted")
 */
public record Medium(String label, Span span) {
}
