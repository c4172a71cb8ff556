package org.newsgraph.extract.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Token;
import org.newsgraph.extract.authority.GazetteerMatch.Kind;

class GazetteerTest {

    private static final Gazetteer G = Gazetteer.get();

    /** Matches as "surface:KIND:id" where id is the QID, GeoNames id or title label. */
    private static List<String> find(String text, String... nerTags) {
        List<Token> tokens = SimpleTokens.of(text, List.of(nerTags));
        return G.find(tokens).stream().map(m -> text.substring(m.begin(), m.end()) + ":" + m.kind() + ":" + id(m))
                .collect(Collectors.toList());
    }

    private static String id(GazetteerMatch m) {
        AuthorityRecord r = m.record();
        if (r instanceof Country c) {
            return c.qid();
        }
        if (r instanceof City c) {
            return Long.toString(c.geonamesId());
        }
        if (r instanceof Organisation o) {
            return o.qid();
        }
        return ((Title) r).label();
    }

    @Test
    void findsNationalityTitleOrganisationAndCity() {
        assertEquals(List.of("Polish:NATIONALITY:Q36", "President:TITLE:president", "NATO:ORGANISATION:Q7184",
                "Secretary-General:TITLE:secretary-general", "Brussels:CITY:2800866"),
                find("Polish President Andrzej Duda spoke with NATO Secretary-General Jens Stoltenberg in Brussels."));
    }

    @Test
    void aForeignAlternateNameEndingInALowerCaseWordIsNoMatch() {
        // GeoNames lists "Kuwait by" and "Mexico by" (Scandinavian "city") and "London osh": "by" is an English word
        assertEquals(List.of("Kuwait:COUNTRY:Q817", "Iraq:COUNTRY:Q796"), find("the invasion of Kuwait by Iraq"));
        assertEquals(List.of("Mexico:COUNTRY:Q96"), find("a loan to Mexico by the bank"));
    }

    @Test
    void formerStatesAreCountriesOfWikidata() {
        assertEquals(List.of("Soviet Union:COUNTRY:Q15180", "Afghanistan:COUNTRY:Q889"),
                find("The Soviet Union invaded Afghanistan in 1979."));
        assertEquals(List.of("Soviet:NATIONALITY:Q15180", "Yugoslav:NATIONALITY:Q36704", "East German:NATIONALITY:Q16957",
                "Czechoslovakia:COUNTRY:Q33946"), find("Soviet, Yugoslav and East German troops entered Czechoslovakia."));
        assertEquals(List.of("USSR:COUNTRY:Q15180"), find("the USSR collapsed"));
    }

    @Test
    void anAdjectiveOfWhatAPlaceOnceBelongedToIsNoNationality() {
        assertEquals(List.of("Georgia:COUNTRY:Q230", "Russia:COUNTRY:Q159"),
                find("The former Soviet republic of Georgia accused Russia."));
        assertEquals(List.of("Britain:COUNTRY:Q145"), find("the ex-British colony accused Britain"));
        assertEquals(List.of("Soviet:NATIONALITY:Q15180"), find("former Soviet troops"));
    }

    @Test
    void matchOffsetsAndTokenRangeCoverTheName() {
        String text = "Talks in New York City ended.";
        List<Token> tokens = SimpleTokens.of(text);
        GazetteerMatch m = G.find(tokens).get(0);
        assertEquals("New York City", text.substring(m.begin(), m.end()));
        assertEquals(2, m.firstToken());
        assertEquals(5, m.endToken());
        assertEquals(Kind.CITY, m.kind());
    }

    @Test
    void prefersTheLongestName() {
        assertEquals(List.of("Deputy Foreign Minister:TITLE:deputy foreign minister"),
                find("Deputy Foreign Minister Sergei Ryabkov"));
        assertEquals(List.of("European Union:ORGANISATION:Q458"), find("the European Union agreed"));
    }

    @Test
    void abbreviationsMatchCaseExactly() {
        assertEquals(List.of("EU:ORGANISATION:Q458", "UN:ORGANISATION:Q1065", "Nato:ORGANISATION:Q7184"),
                find("The EU and the UN asked Nato to act."));
        assertEquals(List.of(), find("Eu un nato us who"));
    }

    @Test
    void dottedShortFormsNameTheCountry() {
        assertEquals(List.of("U.S.:COUNTRY:Q30", "UK:COUNTRY:Q145", "Britain:COUNTRY:Q145"),
                find("The U.S. and the UK, or Britain, agreed."));
    }

    @Test
    void partOfAHyphenatedWordMatches() {
        assertEquals(List.of("Russian:NATIONALITY:Q159", "U.S.:COUNTRY:Q30"), find("Russian-backed forces and U.S.-led troops"));
    }

    @Test
    void peopleNounsNameTheNationality() {
        assertEquals(List.of("Poles:NATIONALITY:Q36", "Americans:NATIONALITY:Q30", "Belarussian:NATIONALITY:Q184"),
                find("Poles and Americans met a Belarussian official."));
    }

    @Test
    void lowerCaseCommonWordsAreNotPlaces() {
        assertEquals(List.of(), find("polish the car, turkey for dinner, china plates and a nice reading"));
    }

    @Test
    void ambiguousCityNamesNeedEvidence() {
        assertEquals(List.of(), find("Nice work. Reading is fun. Florence Smith came in March."));
        assertEquals(List.of("Nice:CITY:2990440", "France:COUNTRY:Q142"), find("He lives in Nice, France."));
        assertEquals(List.of("Reading:CITY:2639577"), find("He lives in Reading.", "Reading=LOCATION"));
    }

    @Test
    void personTaggedNamesAreNotPlaces() {
        assertEquals(List.of(), find("Jordan scored.", "Jordan=PERSON"));
        assertEquals(List.of("Jordan:COUNTRY:Q810"), find("Jordan closed its border."));
    }

    @Test
    void allCapsPlacesOnlyInDatelines() {
        assertEquals(List.of("WARSAW:CITY:756135", "Poland:COUNTRY:Q36"), find("WARSAW, Poland (Reuters) - Talks began."));
        assertEquals(List.of(), find("Talks in POLAND AND WARSAW began"));
    }

    @Test
    void titlesMatchInLowerCaseUnlessCommonWords() {
        assertEquals(List.of("NATO:ORGANISATION:Q7184", "chief:TITLE:chief", "spokeswoman:TITLE:spokesperson"),
                find("the NATO chief and a spokeswoman"));
        assertEquals(List.of(), find("a general election and a head injury"));
        assertEquals(List.of("Gen:TITLE:general"), find("Gen. Smith"));
    }

    @Test
    void groupingsAddedByHandAreFound() {
        assertEquals(List.of("G7:ORGANISATION:Q1764511", "G20:ORGANISATION:Q19771", "BRICS:ORGANISATION:Q243630"),
                find("The G7, the G20 and BRICS"));
    }

    @Test
    void theBlocIsNotAName() {
        assertEquals(List.of(), find("the bloc said"));
    }

    @Test
    void possessiveCliticJoinsTheName() {
        assertEquals(List.of("People's Republic of China:COUNTRY:Q148"), find("the People's Republic of China"));
    }

    @Test
    void possessiveEndsBeforeTheClitic() {
        assertEquals(List.of("Peru:COUNTRY:Q419", "envoy:TITLE:ambassador", "Brussels:CITY:2800866"), find("Peru's envoy went to Brussels's centre"));
    }

    @Test
    void translatedAlternateNamesAreNotCities() {
        assertEquals(List.of(), find("The White House said"));
    }

    @Test
    void surnamesThatAreTownsAreNotCities() {
        assertEquals(List.of("President:TITLE:president"), find("President Bush and Richardson met"));
    }

    @Test
    void oneWordCityAfterAGivenNameIsASurname() {
        assertEquals(List.of(), find("They read Jack London and met Mr. Denver yesterday."));
        assertEquals(List.of("Paris:CITY:2988507"), find("They met in Paris yesterday."));
        assertEquals(List.of("Paris:CITY:2988507"), find("Talks began. Later Paris agreed."));
    }

    @Test
    void aDayOrAMonthBeforeATownIsNoGivenName() {
        assertEquals(List.of("Beijing:CITY:1816670"), find("On Monday Beijing rejected the proposal."));
        assertEquals(List.of("Damascus:CITY:170654"), find("Talks ended and in April Damascus pulled out."));
    }

    @Test
    void possessiveOfAnUnknownWordIsNoCity() {
        assertEquals(List.of(), find("Tueni's car"));
    }

    @Test
    void demonymSpelledAlternatesAreNationalities() {
        assertEquals(List.of("Thai:NATIONALITY:Q869", "Saudi:NATIONALITY:Q851"), find("Thai and Saudi officials"));
    }

    @Test
    void parentAbbreviationPrefixesOrganisationNames() {
        assertEquals(List.of("UN Security Council:ORGANISATION:Q37470"), find("the UN Security Council voted"));
    }

    @Test
    void regionNamesAreNotTowns() {
        assertEquals(List.of(), find("Floods hit Virginia and Ontario"));
        assertEquals(List.of("Virginia"), Authority.get().cities("Virginia").stream().map(City::name).distinct()
                .filter("Virginia"::equals).collect(Collectors.toList()));
    }

    @Test
    void countryBeatsCityOfTheSameName() {
        assertEquals(List.of("Singapore:COUNTRY:Q334"), find("Singapore said"));
    }

    @Test
    void aNameOpeningWithTheArabicArticleInLowerCaseIsAName() {
        assertEquals(List.of("al-Qaida:ORGANISATION:"), find("three al-Qaida fighters were killed"));
        assertEquals(List.of("al Qaeda:ORGANISATION:"), find("an al Qaeda cell"));
        assertEquals(List.of(), find("the al fresco dinner"));
    }
}
