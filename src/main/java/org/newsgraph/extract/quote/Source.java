package org.newsgraph.extract.quote;

/**
 * One in-text mention of a speaker.
 *
 * @param span       the words naming the speaker as written ("he", "the minister", "Stoltenberg")
 * @param antecedent the person or organisation mention the span stands for: for a pronoun or a description
 *                   ("he", "the minister") the earlier mention it resolves to; for a title with a name or a bare
 *                   surname ("Deputy Foreign Minister Piotr Wawrzyk", "Stoltenberg") the fullest mention of that
 *                   name; for a relative "who" the phrase before it. Null when the span is itself the name
 *                   ("NATO chief", "Poland") or nothing fitted
 */
public record Source(Span span, Span antecedent) {

    /** The span the lead should map to an entity: the antecedent when there is one, else the span. */
    public Span speakerSpan() {
        return antecedent != null ? antecedent : span;
    }
}
