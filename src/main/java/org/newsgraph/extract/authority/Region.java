package org.newsgraph.extract.authority;

import java.util.List;

/**
 * A place bigger than a town and smaller than a country (a state, province or UK nation, GeoNames ADM1),
 * a continent (CONT), or a region news names that is no division of the sources ("Darfur", "Middle East": RGN,
 * with no admin1 code and, when it lies in several countries or is disputed, no country).
 *
 * @param geonamesId  GeoNames id, 0 when the bundled sources do not give it (first-level regions)
 * @param altNames    other names, including abbreviations written after a town ("Tenn.", "Calif.")
 * @param countryIso2 ISO 3166-1 alpha-2 code of its country, empty for a continent
 * @param admin1      GeoNames first-level administrative code, the key its towns share
 * @param lat         latitude of a representative point (see tools/gen-authority.py), degrees
 * @param lon         longitude of that point, degrees
 * @param population  the summed population of its towns of 15,000+, used to rank same-named places
 */
public record Region(long geonamesId, String name, List<String> altNames, String countryIso2, String admin1,
        double lat, double lon, String featureCode, long population) implements AuthorityRecord {

    public Region {
        altNames = List.copyOf(altNames);
    }

    public boolean isContinent() {
        return "CONT".equals(featureCode);
    }
}
