package org.newsgraph.extract.authority;

import java.util.List;

/**
 * A country or territory with an ISO 3166-1 code.
 *
 * @param qid              Wikidata id, e.g. "Q36"
 * @param geonamesId       GeoNames id of the country
 * @param altNames         other names and short forms ("UK", "Britain"), each naming this country only
 * @param demonyms         adjectives and people nouns, main adjective first ("Polish", "Pole", "Poles")
 * @param capitalGeonamesId GeoNames id of the capital, 0 when unknown
 * @param capitalLat       latitude of the capital in degrees, NaN when unknown
 * @param capitalLon       longitude of the capital in degrees, NaN when unknown
 * @param capitalQid       Wikidata id of the capital, empty when unknown
 * @param population       GeoNames population, used to rank ambiguous names
 * @param lat              latitude of the country's representative point (its geographic centre), NaN when unknown
 * @param lon              longitude of that point, NaN when unknown
 */
public record Country(String iso2, String iso3, String qid, long geonamesId, String name, List<String> altNames,
        List<String> demonyms, String capital, long capitalGeonamesId, double capitalLat, double capitalLon,
        String capitalQid, long population, double lat, double lon) implements AuthorityRecord {

    public Country {
        altNames = List.copyOf(altNames);
        demonyms = List.copyOf(demonyms);
    }

    public boolean hasCoordinates() {
        return !Double.isNaN(lat) && !Double.isNaN(lon);
    }
}
