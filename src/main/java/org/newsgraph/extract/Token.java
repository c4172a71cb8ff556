package org.newsgraph.extract;

/**
 * A token of the body text. Offsets are UTF-16 char indices into the article body, end exclusive.
 *
 * @param ner coarse named-entity tag from the statistical tagger (PERSON, ORGANIZATION, LOCATION, MISC) or "O"
 */
public record Token(int index, int begin, int end, String word, String pos, String lemma, String ner) {
}
