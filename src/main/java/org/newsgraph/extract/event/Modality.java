package org.newsgraph.extract.event;

/**
 * Whether the text reports an event as having happened. Only {@link #ASSERTED} events are facts; the others
 * are kept so that a reader (or the graph, at a lower confidence) can tell "attacked" from "did not attack"
 * and "could attack".
 */
public enum Modality {
    /** Reported as happening or having happened: "shelled", "has deployed", "are protesting". */
    ASSERTED,
    /** Reported as not having happened: "did not attack", "never signed", "refused to withdraw". */
    NEGATED,
    /** Future, intended, conditional or possible: "will impose", "threatened to quit", "could be deployed", "if ... attacks". */
    HYPOTHETICAL
}
