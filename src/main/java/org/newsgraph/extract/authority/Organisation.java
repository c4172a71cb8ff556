package org.newsgraph.extract.authority;

import java.util.List;

/**
 * An international organisation.
 *
 * @param qid           Wikidata id, empty when the source has none
 * @param abbreviations abbreviations as written, compared case-exactly by the gazetteer ("NATO", "Nato")
 * @param otherNames    other English names and spellings
 */
public record Organisation(String qid, String name, List<String> abbreviations, List<String> otherNames)
        implements AuthorityRecord {

    public Organisation {
        abbreviations = List.copyOf(abbreviations);
        otherNames = List.copyOf(otherNames);
    }
}
