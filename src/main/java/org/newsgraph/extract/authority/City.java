package org.newsgraph.extract.authority;

import java.util.List;

/**
 * A populated place from GeoNames cities15000.
 *
 * @param altNames    Latin-script alternate names (exonyms and spellings), no codes
 * @param countryIso2 ISO 3166-1 alpha-2 code of its country
 * @param admin1      GeoNames first-level administrative code within the country
 * @param featureCode GeoNames feature code (PPLC = national capital, PPLA = first-level seat, ...)
 */
public record City(long geonamesId, String name, String asciiName, List<String> altNames, double lat, double lon,
        String countryIso2, String admin1, String featureCode, long population) implements AuthorityRecord {

    public City {
        altNames = List.copyOf(altNames);
    }

    /** Whether GeoNames marks it as the seat of a national government. */
    public boolean isCapital() {
        return featureCode.startsWith("PPLC");
    }
}
