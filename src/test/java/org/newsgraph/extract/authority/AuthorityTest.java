package org.newsgraph.extract.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Lookups on the bundled tables alone (no ../shared needed). */
class AuthorityTest {

    private static final Authority A = Authority.get();

    @Test
    void shortFormsAndPunctuationDoNotMatter() {
        assertEquals("US", A.country("U.S.").orElseThrow().iso2());
        assertEquals("US", A.country("us").orElseThrow().iso2());
        assertEquals("GB", A.country("Britain").orElseThrow().iso2());
        assertEquals("RU", A.country("Russia").orElseThrow().iso2());
        assertEquals("KR", A.country("South Korea").orElseThrow().iso2());
        assertEquals("CZ", A.country("Czech Republic").orElseThrow().iso2());
        assertEquals("CZ", A.country("Czechia").orElseThrow().iso2());
        assertEquals("CI", A.country("Ivory Coast").orElseThrow().iso2());
        assertEquals("CI", A.country("Cote d'Ivoire").orElseThrow().iso2());
    }

    @Test
    void demonymsNameCountries() {
        assertEquals("PL", A.countryByDemonym("Polish").orElseThrow().iso2());
        assertEquals("PL", A.countryByDemonym("Poles").orElseThrow().iso2());
        assertEquals("BY", A.countryByDemonym("Belarusian").orElseThrow().iso2());
        assertEquals("BY", A.countryByDemonym("Belarussian").orElseThrow().iso2());
        assertEquals("US", A.countryByDemonym("Americans").orElseThrow().iso2());
        assertEquals("GB", A.countryByDemonym("British").orElseThrow().iso2());
        assertEquals("CN", A.countryByDemonym("Chinese").orElseThrow().iso2());
    }

    @Test
    void aFormerNameStillNamesTheCountry() {
        assertEquals("CD", A.country("Zaire").orElseThrow().iso2()); // the 1997 wire stories' name of DR Congo
        assertEquals("CD", A.countryByDemonym("Zairean").orElseThrow().iso2());
    }

    @Test
    void citiesAreSortedByPopulation() {
        List<City> paris = A.cities("Paris");
        assertTrue(paris.size() > 1);
        assertEquals(2988507, paris.get(0).geonamesId());
        for (int i = 1; i < paris.size(); i++) {
            assertTrue(paris.get(i - 1).population() >= paris.get(i).population());
        }
        assertEquals(703448, A.cities("Kiev").get(0).geonamesId());
        assertTrue(A.cities("Brussels").get(0).isCapital());
    }

    @Test
    void organisationsByNameOrAbbreviation() {
        assertEquals("Q7184", A.organisation("Nato").orElseThrow().qid());
        assertEquals("Q1065", A.organisation("U.N.").orElseThrow().qid());
        assertEquals("Q458", A.organisation("european union").orElseThrow().qid());
        assertFalse(A.organisation("the bloc").isPresent());
        assertFalse(A.organisation("bloc").isPresent());
    }

    @Test
    void titlesHaveNormalisedLabels() {
        assertEquals("spokesperson", A.title("spokesman").orElseThrow().label());
        assertEquals("defence minister", A.title("Defense Minister").orElseThrow().label());
        assertEquals("secretary-general", A.title("Secretary General").orElseThrow().label());
        assertEquals("deputy foreign minister", A.title("deputy foreign minister").orElseThrow().label());
    }

    @Test
    void countryByIso2IgnoresCase() {
        assertEquals("Q36", A.countryByIso2("pl").orElseThrow().qid());
        assertFalse(A.countryByIso2("ZZ").isPresent());
    }

    @Test
    void ambiguousCityNamesAreKnown() {
        assertTrue(A.isAmbiguousCityName("Reading"));
        assertFalse(A.isAmbiguousCityName("Warsaw"));
    }
}
