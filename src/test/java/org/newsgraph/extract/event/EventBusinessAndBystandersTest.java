package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.allByRules;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fifty-first round (read from the pool's misses and false events): a title after "the then", one of "our" fighters,
 * a body's own business meetings, companies' merger talks, calls listened in on and patients taken in. The rules are
 * tested alone.
 */
class EventBusinessAndBystandersTest {

    private static boolean none(String category, String text) {
        return allByRules(text).stream().noneMatch(e -> e.category().equals(category));
    }

    @Test
    void aTitleAfterTheThenIsTheParty() {
        EventMention e = byRules("ASSAULT", "Anwar was famously beaten up by the then-police chief after his arrest.");
        assertEquals(List.of("then-police chief"), actors(e));
        assertEquals("Anwar", recipient(e));
        assertEquals(List.of("commander"), actors(byRules("ASSAULT", "Anwar was beaten up by the then commander.")));
    }

    @Test
    void oneOfOurFightersIsOneOfTheFighters() {
        assertEquals(List.of("fighters"), actors(byRules("ASSAULT", "The attack was carried out by one of our fighters.")));
    }

    @Test
    void aBodysOwnBusinessMeetingConsultsNoOne() {
        assertTrue(none("CONSULT", "We held the disciplinary meeting in his absence because he disregarded it."));
        assertTrue(none("CONSULT", "The association announced the strike after holding an emergency general meeting at the"
                + " Supreme Court on Tuesday."));
        assertTrue(none("CONSULT", "The company decided on the action at a board meeting on Friday morning."));
    }

    @Test
    void mergerTalksAreBusiness() {
        assertTrue(none("CONSULT", "Japan's NTT DoCoMo said Wednesday it was in talks with Fuji Television Network for a"
                + " possible tie-up."));
        // talks between governments stay talks
        assertEquals("China", recipient(byRules("CONSULT", "Japan held talks with China on Wednesday.")));
    }

    @Test
    void callsListenedInOnAndPatientsTakenInAreNoMeetings() {
        assertTrue(none("CONSULT", "Police said Dar was arrested after the army intercepted his telephone conversations."));
        assertTrue(none("CONSULT", "Hospital officials said they had received Palestinians with wounds from live ammunition."));
        assertEquals("Japanese foreign minister", recipient(byRules("CONSULT", "Hu received the visiting Japanese foreign"
                + " minister.")));
    }

    @Test
    void refusingToGoOrEatAnswersNoParty() {
        assertTrue(none("REJECT", "She recalled a 10-year-old boy who refused to go to school."));
        assertTrue(none("REJECT", "\"I refuse to present my candidacy in such circumstances,\" he added."));
        assertEquals(List.of("Iran"), actors(byRules("REJECT", "Iran refused to go ahead with the talks.")));
    }

    @Test
    void aReputeWithNoOnePraisingIsNoPraise() {
        assertTrue(none("SUPPORT", "Southwest China's Yunnan Province, praised as a flora paradise, sold abroad 9.16 million"
                + " dollars worth of flowers."));
        assertEquals(List.of("Washington"), actors(byRules("SUPPORT", "Washington hailed the deal as a breakthrough.")));
        assertTrue(allByRules("The deal, hailed as a breakthrough by Washington, was signed on Monday.").stream()
                .anyMatch(e -> e.category().equals("SUPPORT")));
    }

    @Test
    void aPriceDemandedIsASellersTerms() {
        assertTrue(none("REQUEST", "Kupriyanov noted that the price demanded was lower than that now being paid by other"
                + " republics."));
        assertTrue(none("REQUEST", "This was just part of the money he was demanding, the spokesman said."));
        assertEquals(List.of("kidnappers"), actors(byRules("REQUEST", "The kidnappers demanded money from the family.")));
    }

    @Test
    void aRecordSeizedIsWonNotTaken() {
        assertTrue(none("COERCE", "LaDainian Tomlinson seized the National Football League single-season record for"
                + " touchdowns on Sunday."));
        assertEquals(List.of("Police"), actors(byRules("COERCE", "Police seized three tons of cocaine.")));
    }

    @Test
    void itsAfterACapitalStandsForItsGovernment() {
        EventMention e = allByRules("German Foreign Minister Klaus Kinkel has blasted Ankara for its fierce criticism of"
                + " Germany.").stream().filter(x -> "Germany".equals(recipient(x)))
                .findFirst().orElseThrow();
        assertEquals(List.of("Ankara"), actors(e));
        // a capital is no "they": "released north of Baghdad shortly after they were taken hostage by gunmen"
        assertTrue(allByRules("Two pilgrims were released north of Baghdad shortly after they were taken hostage by gunmen"
                + " on Monday night.").stream().noneMatch(x -> "Baghdad".equals(recipient(x))));
    }

    @Test
    void coordinatedModifiersLeadToTheParty() {
        assertEquals("regional governments", recipient(byRules("REQUEST", "He called for more cooperation from national and"
                + " regional governments in improving budget spending.")));
        assertEquals("former employees", recipient(byRules("ACCUSE", "A number of arrest warrants were issued against seven"
                + " current and former employees.")));
    }

    @Test
    void aBombingOfATargetIsAnAttackOnIt() {
        assertEquals("three hotels", recipient(byRules("ASSAULT", "Moeller condemned the bombings against three hotels in"
                + " Amman.")));
        assertEquals("railway station", recipient(byRules("ASSAULT", "Kulikov commented on Monday's bombing of a railway"
                + " station in Pyatigorsk.")));
        // the bombing and the killing its relative clause tells are one attack, though the town was taken for a subject
        assertEquals(1, allByRules("The court issued a warrant for Khabir, accused of masterminding the August 23 bombing of"
                + " the UN headquarters in Baghdad that killed 22 people.").stream().filter(e -> e.category().equals("ASSAULT"))
                .count());
    }

    @Test
    void anAttackAnsweredIsAnAttackOfItsOwn() {
        List<EventMention> found = allByRules("Israeli forces have stepped up raids and hunts for Palestinian militants after a"
                + " deadly suicide bomb attack killed six Israelis last month.").stream()
                .filter(e -> e.category().equals("ASSAULT")).toList();
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.stream().anyMatch(e -> actors(e).equals(List.of("Israeli forces"))));
        assertTrue(found.stream().anyMatch(e -> "Israelis".equals(recipient(e)) && actors(e).isEmpty()));
        assertEquals(List.of("rebels"), actors(byRules("ASSAULT", "The raid was perpetrated by the rebels from the National"
                + " Redemption Front.")));
    }

    @Test
    void aCrisisThatBlewUpBlewUpNothing() {
        assertTrue(none("ASSAULT", "Lebanon saw a political crisis blew up in full force following the resignation of six"
                + " ministers."));
        assertEquals(List.of("Militants"), actors(byRules("ASSAULT", "Militants blew up a bridge.")));
    }

    @Test
    void aSeriesOfAttacksIsNoSingleAct() {
        List<EventMention> found = allByRules("Azhari Husin, the mastermind of major suicide bombings in the country, was shot"
                + " dead on Nov. 9.").stream().filter(e -> e.category().equals("ASSAULT")).toList();
        assertEquals(2, found.size(), found.toString());
        // a series' own toll stays one attack
        assertEquals(1, allByRules("Noordin is the suspected brains behind a series of bombings that killed more than 230"
                + " people since 2002.").stream().filter(e -> e.category().equals("ASSAULT")).count());
    }
}
