package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.authority.AuthorityRecord;
import org.newsgraph.extract.authority.Authority;
import org.newsgraph.extract.authority.City;
import org.newsgraph.extract.authority.Country;
import org.newsgraph.extract.authority.Region;

class PlacesTest {

    private final Authority authority = Authority.get();

    private Object choose(Places p, String name, String following) {
        return p.choose(name, p.candidates(name, authority.country(name).orElse(null)), following);
    }

    @Test
    void aStateBeatsASmallTownOfItsName() {
        Region r = assertInstanceOf(Region.class, choose(new Places(authority), "Virginia", " officials said"));
        assertEquals("US", r.countryIso2());
    }

    @Test
    void aQualifierAfterTheTownChoosesItsState() {
        City c = assertInstanceOf(City.class, choose(new Places(authority), "Paris", ", Texas, police said"));
        assertEquals("US", c.countryIso2());
        City ill = assertInstanceOf(City.class, choose(new Places(authority), "Springfield", ", Ill. (AP)"));
        assertEquals("IL", ill.admin1());
    }

    @Test
    void aQualifierNamingAPlaceWithoutSuchTownLeavesItUnresolved() {
        // Paris, Tennessee has fewer than 15,000 people: not in the tables, and not Paris, France either
        assertEquals(null, choose(new Places(authority), "Paris", ", Tenn. (AP)"));
    }

    @Test
    void georgiaIsTheCountryUnlessTheArticleIsAmerican() {
        assertInstanceOf(Country.class, choose(new Places(authority), "Georgia", " and Russia"));
        Places american = new Places(authority);
        american.addCountryContext("US", "U.S.");
        assertInstanceOf(Region.class, choose(american, "Georgia", " lawmakers"));
    }

    @Test
    void continentsAreRegionsWithAGeoNamesId() {
        Region asia = assertInstanceOf(Region.class, choose(new Places(authority), "Asia", " and Europe"));
        assertEquals(6255147L, asia.geonamesId());
    }

    @Test
    void aTownNameStartingACountyNameIsNotTheTown() {
        assertTrue(PlaceCues.isPartOfLongerName(" County Judge Danny Pierce"));
        assertTrue(PlaceCues.isPartOfLongerName(" Twp. trustees"));
        assertTrue(PlaceCues.isPartOfLongerName(" Park residents"));
        assertFalse(PlaceCues.isPartOfLongerName(", Texas"));
        assertFalse(PlaceCues.isPartOfLongerName(" Parkinson said"));
    }

    @Test
    void aTownBeforeACountryWithoutSuchTownIsLeftUnresolved() {
        assertNull(choose(new Places(authority), "Surrey", ", UK has been"));
    }

    @Test
    void aCountryNameInsideALongerNameIsNoQualifier() {
        City c = assertInstanceOf(City.class, choose(new Places(authority), "Pensacola", ", Panama City and Gainesville"));
        assertEquals("US", c.countryIso2());
    }

    @Test
    void aLoneNameBorneByTownsInSeveralCountriesIsLeftUnresolved() {
        assertNull(choose(new Places(authority), "Richmond", " police said"));
    }

    @Test
    void aLoneNameOfAFarBiggerTownIsThatTown() {
        City c = assertInstanceOf(City.class, choose(new Places(authority), "Los Angeles", " police said"));
        assertEquals("US", c.countryIso2());
    }

    @Test
    void aForeignReadingInALocalStoryWithANamesakeAtHomeIsLeftUnresolved() {
        Places local = new Places(authority);
        local.addCountryContext("US", "U.S.");
        local.addCountryContext("US", "American");
        assertNull(choose(local, "Palestine", " officials said"));
    }

    @Test
    void aForeignTownBearingTheNameOfARegionAtHomeIsNotRead() {
        Places british = new Places(authority);
        british.addCountryContext("GB", "UK");
        british.addCountryContext("GB", "British");
        assertNull(choose(british, "Suffolk", " farm"));
    }

    @Test
    void aForeignCapitalNamedWithItsCountryStaysResolved() {
        Places p = new Places(authority);
        p.addCountryContext("US", "U.S.");
        p.addCountryContext("US", "American");
        p.addCountryContext("FR", "France");
        City c = assertInstanceOf(City.class, choose(p, "Paris", " talks"));
        assertEquals("FR", c.countryIso2());
    }

    @Test
    void aCountryNameUsedAsATownsIsTheTownOfThatName() {
        Places local = new Places(authority);
        local.addCountryContext("US", "U.S.");
        List<AuthorityRecord> candidates = local.candidates("Palestine", authority.country("Palestine").orElse(null));
        City c = assertInstanceOf(City.class, local.choose("Palestine", candidates, "A 36-year-old ", " man who eluded"));
        assertEquals("TX", c.admin1());
        assertInstanceOf(Country.class, local.choose("Palestine", candidates, "talks on ", " and Israel"));
    }

    @Test
    void townUsageIsResidentsCouncilsAddressesAndAges() {
        assertTrue(PlaceCues.isTownUsage("", " City Council voted"));
        assertTrue(PlaceCues.isTownUsage("", "'s city manager"));
        assertTrue(PlaceCues.isTownUsage("400 S. Locust St., ", "."));
        assertTrue(PlaceCues.isTownUsage("Joyce Glover, 22, ", ", date of"));
        assertFalse(PlaceCues.isTownUsage("the president of ", " said"));
        assertFalse(PlaceCues.isTownUsage("", "'s government"));
    }

    @Test
    void aLoneNameUsedAsATownsAnywhereInTheStoryIsNotTheFamousCity() {
        assertInstanceOf(City.class, choose(new Places(authority), "Paris", " talks"));
        Places local = new Places(authority);
        local.addTownUsage("Paris");
        assertNull(choose(local, "Paris", " talks"));
    }

    @Test
    void washingtonStateIsTheState() {
        Region r = assertInstanceOf(Region.class, choose(new Places(authority), "Washington", " state farm"));
        assertEquals("WA", r.admin1());
        Places p = new Places(authority);
        Region s = assertInstanceOf(Region.class, p.choose("Washington",
                p.candidates("Washington", null), "in the state of ", ". Officials"));
        assertEquals("WA", s.admin1());
    }

    @Test
    void aNameInAListOfStatesIsTheState() {
        Places p = new Places(authority);
        Region r = assertInstanceOf(Region.class, p.choose("Washington",
                p.candidates("Washington", null), "Tennessee, Utah, ", " and Wisconsin."));
        assertEquals("WA", r.admin1());
    }

    @Test
    void washingtonDcIsTheCityEvenAfterAState() {
        Places p = new Places(authority);
        City c = assertInstanceOf(City.class, p.choose("Washington",
                p.candidates("Washington", null), "Texas and ", ", D.C., said"));
        assertEquals("US", c.countryIso2());
    }

    @Test
    void aNameThatIsForemostARegionIsTheRegionThoughATownInAContextStateBearsIt() {
        Places p = new Places(authority);
        p.addPlaceContext("Ohio");
        p.addCountryContext("US", "U.S.");
        assertInstanceOf(Region.class, choose(p, "Oregon", " and Ohio"));
    }

    @Test
    void aTownNameBorneByTownsOfComparableSizeInSeveralStatesIsLeftUnresolvedWithoutItsState() {
        Places american = new Places(authority);
        american.addCountryContext("US", "U.S.");
        american.addCountryContext("US", "American");
        assertNull(choose(american, "Springfield", " police said"));
        Places illinois = new Places(authority);
        illinois.addPlaceContext("Illinois");
        City c = assertInstanceOf(City.class, choose(illinois, "Springfield", " police said"));
        assertEquals("IL", c.admin1());
    }

    @Test
    void aDottedAbbreviationIsTheRegionOnlyWithItsDotsInPlace() {
        Places p = new Places(authority);
        assertTrue(p.candidates("L.A.", null).stream().noneMatch(r -> r instanceof Region));
        assertTrue(p.candidates("La.", null).stream().anyMatch(r -> r instanceof Region g && g.admin1().equals("LA")));
        assertTrue(p.candidates("W. Va.", null).stream().anyMatch(r -> r instanceof Region g && g.admin1().equals("WV")));
        assertTrue(p.candidates("W.Va", null).stream().anyMatch(r -> r instanceof Region g && g.admin1().equals("WV")));
    }

    @Test
    void aNameUsedAsATownsInAStoryNamingAnotherCountryIsNotTheFamousCity() {
        Places p = new Places(authority);
        p.addCountryContext("US", "Tennessee");
        assertInstanceOf(City.class, choose(p, "Paris", " talks"));
        p.addTownUsage("Paris");
        assertNull(choose(p, "Paris", " talks"));
    }

    @Test
    void aTownAfterADirectionIsOutOfPlaceOnlyWhereTheStoryNamesAnotherCountry() {
        assertTrue(PlaceCues.isInsideLongerName("settlements in the West ", " and Jerusalem"));
        assertTrue(PlaceCues.isInsideLongerName("in ", " Bay, New Zealand"));
        assertTrue(PlaceCues.isInsideLongerName("in Bab", " el-Oued, Algiers"));
        assertFalse(PlaceCues.isInsideLongerName("settlements in the ", ", Israel"));
        assertFalse(PlaceCues.isInsideLongerName("said. ", " police"));
        assertFalse(PlaceCues.isInsideLongerName("Metro ", " officials"));
        City bank = authority.cities("Bank").get(0);
        Places israel = new Places(authority);
        israel.addCountryContext("IL", "Israel");
        assertTrue(israel.isOutOfPlace(bank, "Bank"));
        Places india = new Places(authority);
        india.addCountryContext("IN", "India");
        assertFalse(india.isOutOfPlace(bank, "Bank"));
    }

    @Test
    void aTownBeforeItsStateStaysResolvedWhenTheStoryAlsoNamesThatState() {
        // regression: the qualifier test compared two float scores for a difference of exactly 20
        Places p = new Places(authority);
        p.addPlaceContext("Atlanta");
        p.addChosenContext("Georgia", authority.regions("Georgia").get(0));
        City c = assertInstanceOf(City.class, choose(p, "Atlanta", ", Georgia. \"The"));
        assertEquals("GA", c.admin1());
    }

    @Test
    void aCountryNameReadAsAStateCountsAsThatStateForTheOtherTowns() {
        Places p = new Places(authority);
        p.addChosenContext("Georgia", authority.regions("Georgia").get(0));
        p.addChosenContext("Harrisburg", authority.cities("Harrisburg").get(0));
        City c = assertInstanceOf(City.class, choose(p, "Gainesville", " police said"));
        assertEquals("GA", c.admin1());
    }

    @Test
    void aTownsForeignAlternateNameDoesNotBeatThePlaceThatBearsTheName() {
        // Albany, New York lists "Albania" and Frankfort, Kentucky "Frankfurt" among their alternate names
        Places american = new Places(authority);
        american.addCountryContext("US", "US");
        assertInstanceOf(Country.class, choose(american, "Albania", " -- where the collapse"));
        City frankfurt = assertInstanceOf(City.class, choose(american, "Frankfurt", ", meanwhile, most"));
        assertEquals("DE", frankfurt.countryIso2());
        // a town's own name still wins at home
        City kentucky = assertInstanceOf(City.class, choose(american, "Frankfort", ", Ky., the state capital"));
        assertEquals("KY", kentucky.admin1());
    }

    @Test
    void aCountryNamingPeopleOrAListGoingOnQualifiesNoTown() {
        City kinshasa = assertInstanceOf(City.class, choose(new Places(authority), "Kinshasa", ", US officials said the Mobutu"));
        assertEquals("CD", kinshasa.countryIso2());
        City bangkok = assertInstanceOf(City.class, choose(new Places(authority), "Bangkok", ", Dhaka, Hyderabad, Karachi"));
        assertEquals("TH", bangkok.countryIso2());
        // a real qualifier still qualifies
        assertNull(choose(new Places(authority), "Paris", ", Tenn. (AP)"));
    }
}
