package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionType;
import org.newsgraph.extract.nlp.CoreNlpAnalyzer;
import org.newsgraph.ingest.Article;
import org.newsgraph.link.Entity;
import org.newsgraph.link.LinkedArticle;
import org.newsgraph.pipeline.ArticleProcessor;

/**
 * Eighty-ninth round: where events happen. The two Palestinian territories are places (not "Bank" or the town of
 * Gaza), "the Iraqi capital" is Baghdad, a day right after a town's name is no part of the name, a town's name after
 * "the capital," is where the event is, a place inside what a party says is not where it says it, a town an assault
 * takes or its noun names is its place, and places are read past another place, a hyphenated adjective or a bearing.
 */
class EventArgumentsOfRound89Test {

    private static final ArticleProcessor PROCESSOR = new ArticleProcessor(CoreNlpAnalyzer.shared());

    private static LinkedArticle linked(String text) {
        return PROCESSOR.link(new Article("t", null, null, "", null, List.of(), null, null, "2006-11-15", null, "en", null,
                -1, 0, text));
    }

    private static String placeOf(String category, String text) {
        Mention place = EventsOf.byRules(category, text).place();
        return place == null ? null : place.text();
    }

    @Test
    void thePalestinianTerritoriesArePlacesOfEvents() {
        assertEquals("West Bank", placeOf("COERCE", "Fifteen Palestinians were arrested overnight in the West Bank by the army."));
        assertEquals("Gaza Strip", placeOf("ASSAULT", "A colonel was shot dead Sunday in the Gaza Strip by Hamas militants."));
        LinkedArticle a = linked("Israeli troops raided a village in the West Bank on Monday.");
        Mention westBank = a.extraction().mentions().stream().filter(m -> m.text().equals("West Bank")).findFirst().orElse(null);
        assertNotNull(westBank, () -> a.extraction().mentions().toString());
        Entity e = a.entityOf(westBank);
        assertNotNull(e);
        assertEquals("West Bank", e.name());
    }

    @Test
    void aNationalitysCapitalIsThatTown() {
        LinkedArticle a = linked("A suicide bomber killed 20 people in the Iraqi capital on Monday.");
        Mention capital = a.extraction().mentions().stream().filter(m -> m.text().equals("Iraqi capital")).findFirst().orElse(null);
        assertNotNull(capital, () -> a.extraction().mentions().toString());
        assertEquals(MentionType.CITY, capital.type());
        assertEquals("Baghdad", a.entityOf(capital).name());
        assertEquals("Iraqi capital", placeOf("ASSAULT", "A suicide bomber killed 20 people in the Iraqi capital on Monday."));
        assertEquals("Lebanese capital", placeOf("ASSAULT", "Gunmen attacked a bank in the Lebanese capital Monday."));
        // the town's own name after it is the town's mention
        assertEquals("Baghdad", placeOf("ASSAULT", "A car bomb exploded in the Iraqi capital Baghdad."));
        // no capital without "the": "Iraqi capital flight" is money
        assertNull(linked("Iraqi capital flight worries the bank.").extraction().mentions().stream()
                .filter(m -> m.type() == MentionType.CITY).findFirst().orElse(null));
    }

    @Test
    void aDayAfterATownsNameIsNoPartOfTheName() {
        assertEquals("Baghdad", placeOf("ASSAULT", "Gunmen attacked a bank in Baghdad Monday."));
        // a longer name still is one: the place is not the town inside it
        assertNull(placeOf("ASSAULT", "Gunmen attacked the Beijing International Hotel on Monday."));
    }

    @Test
    void theTownNamedAfterTheCapitalIsWhereTheEventIs() {
        assertEquals("New Delhi", placeOf("COERCE", "Police arrested 10 people in the capital, New Delhi."));
        assertEquals("New Delhi", placeOf("COERCE", "Police arrested 10 people in the Indian capital, New Delhi."));
    }

    @Test
    void aPlaceInWhatIsSaidIsNotWhereItIsSaid() {
        assertNull(placeOf("ACCUSE", "The EU accused Israel of killing civilians in Gaza."));
        assertNull(placeOf("REQUEST", "The council called for the deployment of 20,000 peacekeepers in Darfur."));
        assertNull(placeOf("SUPPORT", "Germany welcomed the resumption of six-party talks in Beijing."));
        // where a charge is heard is its place
        assertEquals("Berlin", placeOf("ACCUSE", "Five former officers went on trial in Berlin on Friday accused of installing mines."));
        // deeds keep theirs
        assertEquals("Gaza", placeOf("ASSAULT", "Israeli aircraft bombed a house in Gaza."));
    }

    @Test
    void aTownAnAssaultTakesOrANounTriggerNamesIsItsPlace() {
        assertEquals("Mogadishu", placeOf("ASSAULT", "The Islamists seized Mogadishu in June."));
        assertEquals("Bali", placeOf("ASSAULT", "Police arrested a man over the 2002 Bali bombings, which left 202 people dead."));
        // a country attacked is a party, not a place
        assertNull(placeOf("ASSAULT", "Iraq invaded Kuwait in 1990."));
    }

    @Test
    void placesDescribedByAnotherPlaceOrAHyphenatedAdjectiveOrABearing() {
        assertEquals("Sochi", placeOf("CONSULT", "Yeltsin, on holiday in the Black Sea resort of Sochi, met with Kulikov."));
        assertEquals("Lubumbashi", placeOf("CONSULT", "He met Kabila in the rebel-held city of Lubumbashi."));
        assertEquals("Zaire", placeOf("CONSULT", "He met Kabila in southeast Zaire."));
    }

    @Test
    void whatABombDestroysOrDamagesIsItsTarget() {
        assertEquals("two shops", EventsOf.recipient(EventsOf.byRules("ASSAULT", "A car bomb destroyed two shops.")));
        assertEquals("police station", EventsOf.recipient(EventsOf.byRules("ASSAULT", "A car bomb damaged a police station.")));
    }

    @Test
    void regionsNewsNamesAreOnTheMap() {
        LinkedArticle a = linked("Fighting in Darfur and the Middle East killed 20 people on Monday.");
        for (String name : List.of("Darfur", "Middle East")) {
            Mention m = a.extraction().mentions().stream().filter(x -> x.text().equals(name)).findFirst().orElse(null);
            assertNotNull(m, () -> a.extraction().mentions().toString());
            Entity e = a.entityOf(m);
            assertEquals(name, e.name());
            assertNotNull(e.latitude(), e::toString);
        }
        assertEquals("region:darfur", a.entityOf(a.extraction().mentions().stream().filter(x -> x.text().equals("Darfur"))
                .findFirst().orElseThrow()).key());
    }

    @Test
    void theTownOfTheActorOrOfTheStreetsIsThePlace() {
        assertEquals("Istanbul", placeOf("COERCE", "Istanbul police arrested four PKK members."));
        assertEquals("Gaza", placeOf("PROTEST", "Thousands of armed loyalists took to the streets of Gaza."));
        // a capital speaking for its state is no place
        assertNull(placeOf("ACCUSE", "Baghdad accused Washington of lying."));
    }

    @Test
    void theCoastOfAPlaceAndTheTownAPlaceDescribes() {
        assertEquals("Somalia", placeOf("ASSAULT", "Pirates hijacked a ship off the coast of Somalia."));
        assertEquals("Beit Hanoun", placeOf("ASSAULT", "Israeli shells killed 19 people in the Gaza town of Beit Hanoun."));
    }
}
