package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.asserted;
import static org.newsgraph.extract.event.EventsOf.events;
import static org.newsgraph.extract.event.EventsOf.only;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Twenty-third round: parties that the name rules missed (states, "the West", counted people, a relative pronoun, a
 * town before a title, a hyphenated modifier, a country visited), documents that speak, and event words of their own
 * (resignations, sackings, nuclear tests, defiance, aid freezes), with the look-alikes they bring (a month named March,
 * support for a thing, a named summit).
 */
class EventPartyFamiliesTest {

    @Test
    void statesAreTheOnesCalledOn() {
        EventMention e = only("REQUEST", "UN Secretary General Kofi Annan called on states on Friday to take strong action"
                + " to eliminate violence against women.");
        assertEquals("states", recipient(e));
    }

    @Test
    void countedOthersAfterAVerbAreItsObject() {
        EventMention e = only("COERCE", "Troops of Afghanistan National Army killed one suspected militant and arrested six"
                + " others in the restive southern region.");
        assertEquals("others", recipient(e));
    }

    @Test
    void theSubjectOfADemandsThatClauseIsTheOneAsked() {
        EventMention e = only("REQUEST", "Washington said the car bomb highlighted the need to enforce UN demands that Syria"
                + " stop interfering in Lebanon.");
        assertEquals("Syria", recipient(e));
    }

    @Test
    void aRelativePronounIsTheObjectOfItsClause() {
        EventMention e = only("ACCUSE", "Shortly after the audience began, the court, which defence lawyers have accused of"
                + " being chaotic, cut the audio feed.");
        assertEquals("court", recipient(e));
    }

    @Test
    void aStatementSpeaksForAuthorsItNeedNotName() {
        String s = "The statement called for peace and security to be restored.";
        assertFalse(asserted("REQUEST", s).isEmpty(), () -> events(s).toString());
    }

    @Test
    void aTownBeforeATitleSaysWhoseOfficialButACapitalBeforeAGovernmentNamesIt() {
        EventMention e = only("REQUEST", "She called on the Moscow mayor to launch a program of sterilization for animals.");
        assertEquals("mayor", recipient(e));
        EventMention f = only("SUPPORT", "Alliot-Marie also stressed Paris's backing for the Beirut government.");
        assertTrue(recipient(f) != null && recipient(f).contains("Beirut"), f::toString);
    }

    @Test
    void aHyphenatedModifierLeadsToTheName() {
        EventMention e = only("REQUEST", "It again called on the Hamas-led Palestinian Authority to accept the three principles.");
        assertEquals("Palestinian Authority", recipient(e));
    }

    @Test
    void aDemandWithAnInfinitiveIsMadeOfItsObject() {
        EventMention e = only("REQUEST", "Abu Rudeineh, meanwhile, demanded the Israeli government to stop its policies.");
        assertEquals("Israeli government", recipient(e));
    }

    @Test
    void aMonthIsNoMarch() {
        String s = "The company was declared bankrupt in March by a Moscow court.";
        assertTrue(asserted("PROTEST", s).isEmpty(), () -> events(s).toString());
    }

    @Test
    void aNumberAfterTheStandsForPeople() {
        EventMention e = only("COERCE", "The trial of the seven, who were arrested in May last year, was unconstitutional.");
        assertEquals("the seven", recipient(e));
    }

    @Test
    void aVisitIsToTheCountryNotTheTownArrivedIn() {
        EventMention e = only("CONSULT", "UN Secretary General Kofi Annan arrived in Cairo on a three-day visit to Egypt.");
        assertEquals("Egypt", recipient(e));
    }

    @Test
    void herBeforeAPrepositionIsAnObject() {
        EventMention e = only("SUPPORT", "During his meeting with designated chancellor Angela Merkel, Hu Jintao congratulated"
                + " her on becoming the first woman chancellor.");
        assertEquals("Angela Merkel", recipient(e));
    }

    @Test
    void theWestIsAPartyAndCriticismDrawnIsAimedAtTheSubject() {
        EventMention e = only("ACCUSE", "Lukashenko has earned stinging criticism from the West for suppressing liberties.");
        assertTrue(actors(e).size() == 1 && actors(e).get(0).endsWith("West"), e::toString);
        assertEquals("Lukashenko", recipient(e));
    }

    @Test
    void aResignationIsConcededByThoseOfItsOfPhrase() {
        EventMention e = only("CONCEDE", "Berri said the cabinet meeting was unconstitutional after the resignation of all"
                + " Shiite ministers last week.");
        assertTrue(actors(e).size() == 1 && actors(e).get(0).endsWith("ministers"), e::toString);
        String s = "Duped investors called for the resignation of President Berisha.";
        assertTrue(asserted("CONCEDE", s).isEmpty(), () -> events(s).toString());
    }

    @Test
    void sackingAnOfficialIsASanction() {
        EventMention e = only("SANCTION", "Mbeki sacked Zuma as the country's deputy president in June.");
        assertEquals(List.of("Mbeki"), actors(e));
        assertEquals("Zuma", recipient(e));
    }

    @Test
    void nuclearTestsDefianceAndAidFreezes() {
        String s = "The DPRK nuclear test early last month sparked U.N. condemnations and sanctions.";
        assertFalse(asserted("MOBILIZE", s).isEmpty(), () -> events(s).toString());
        EventMention e = only("REJECT", "Sudanese President Omar Hassan al-Bashir left Libya by air Sunday in defiance of UN"
                + " sanctions against Tripoli.");
        assertEquals("UN", recipient(e));
        String t = "The Palestinian territories have been plunged into their deepest ever financial crisis because of a"
                + " Western aid freeze.";
        assertFalse(asserted("SANCTION", t).isEmpty(), () -> events(t).toString());
    }

    @Test
    void supportingAThingIsNoEventButSupportingAPartysEffortsIs() {
        String s = "An industrial policy guideline issued by the government in 2004 supported the development of vehicles"
                + " using clean energies.";
        assertTrue(asserted("SUPPORT", s).isEmpty(), () -> events(s).toString());
        EventMention e = only("SUPPORT", "The United States supports the efforts of the Zajedno coalition.");
        assertTrue(recipient(e) != null && recipient(e).endsWith("coalition"), e::toString);
    }

    @Test
    void aNamedSummitIsASetting() {
        String s = "Arms were seized in the outskirts of Mar del Plata ahead of the 4th Summit of the Americas.";
        assertTrue(asserted("CONSULT", s).isEmpty(), () -> events(s).toString());
    }

    @Test
    void militiamenAreAGroup() { // twenty-fourth round
        EventMention e = only("ASSAULT", "Pro-government militiamen attacked the village.");
        assertEquals(List.of("Pro-government militiamen"), actors(e));
    }
}
