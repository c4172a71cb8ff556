package org.newsgraph.link.wikidata;

/**
 * The Wikidata item an entity was reconciled to.
 *
 * @param qid the item ("Q42")
 * @param label its English label
 * @param description its English description
 * @param score confidence, 0..1, at least the configured threshold
 */
public record Match(String qid, String label, String description, double score) {
}
