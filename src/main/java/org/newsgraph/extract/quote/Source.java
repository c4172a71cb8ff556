package org.newsgraph.extract.quote;

/**
 * One in-text mention of a speaker.
 *
 * @param span       the words naming the speaker as written ("he", "the minister", "Stoltenberg")
 * @param antecedent for a pronoun or a description, the earlier mention it resolves to; null when the span
 *                   names the speaker itself or no antecedent was found
 */
public record Source(Span span, Span antecedent) {

    /** The span the lead should map to an entity: the antecedent when there is one, else the span. */
    public Span speakerSpan() {
        return antecedent != null ? antecedent : span;
    }
}
