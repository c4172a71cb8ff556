package org.newsgraph.extract;

/**
 * A description that denotes what another mention names: "the bloc" -> "EU", "NATO chief" -> "Jens
 * Stoltenberg", "the alliance" -> "NATO".
 */
public record Reference(Mention description, Mention antecedent) {
}
