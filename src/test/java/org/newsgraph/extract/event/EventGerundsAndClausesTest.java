package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.noAssertedByRules;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fifty-sixth round (read from the pool's and the read development sets' misses, found by the rule each dropped hit
 * stopped at): a verb joined by "and" past a relative clause it cannot continue, gerunds of refusal and of charge, a deed
 * joined to one charged, visits to a country named by a description, what is done at a party's request, assaults told by
 * their noun, and sport words in their other senses; in its second part, a second gerund joined to a judged one, and
 * gatherings that agreed. The rules are tested alone.
 */
class EventGerundsAndClausesTest {

    @Test
    void aVerbPastARelativeClauseSharesTheMainSubject() {
        EventMention urged = byRules("REQUEST", "The commission also applauded the co-operation and communication that exists at"
                + " provincial and operational levels and urged this interaction to continue, said Mutasa.");
        assertEquals(List.of("commission"), actors(urged));
        // a verb of the clause's own tense continues the clause: the group attacked and killed, not the army
        String army = "The army condemned the group which attacked the town and killed ten people.";
        EventMention killed = EventsOf.allByRules(army).stream()
                .filter(e -> e.category().equals("ASSAULT") && e.trigger().of(army).equals("killed")).findFirst().orElseThrow();
        assertEquals(List.of("group"), actors(killed));
    }

    @Test
    void aRefusalToldByItsGerundIsMade() {
        EventMention rebuffed = byRules("REJECT", "Wilkins said, after earlier rebuffing Prime Minister Paul Martin's criticisms"
                + " of US environmental policies.");
        assertEquals(List.of("Wilkins"), actors(rebuffed));
        byRules("REJECT", "His jab at Australia, whose then-premier Paul Keating dubbed him \"recalcitrant\" for refusing to"
                + " attend a 1993 regional summit, apparently hit the mark.");
        // a gerund that opens the sentence is a subject, an act only thought of
        assertTrue(noAssertedByRules("REJECT", "Rejecting this resolution means that a resolution that is even stricter will be"
                + " passed in two months."));
        // other participles after a noun still tell who someone is
        assertTrue(noAssertedByRules("SUPPORT", "Fighters supporting the government took control of the town."));
    }

    @Test
    void aDeedJoinedToACrimeChargedIsChargedToo() {
        EventMention executed = byRules("ASSAULT", "The 16, including a woman, were charged with taking prisoners from Vukovar's"
                + " hospital and executing them on a farm at Ovcara.");
        assertEquals(List.of("The 16"), actors(executed));
    }

    @Test
    void aSecondGerundJoinedToAJudgedOneIsMadeByTheSameParty() {
        String arrested = "Indonesian police in the Central Java town of Yogyakarta have arrested 24 students for calling for a"
                + " boycott of the May elections and demanding a new president, the Media daily said.";
        EventMention demanded = EventsOf.allByRules(arrested).stream()
                .filter(e -> e.category().equals("REQUEST") && e.trigger().of(arrested).equals("demanding")).findFirst().orElseThrow();
        assertEquals(List.of("students"), actors(demanded));
    }

    @Test
    void aGatheringThatAgreedIsTheAgreementsParty() {
        byRules("AGREE", "A meeting of the party's central council held in Bhaktapur on Wednesday also agreed that the king's"
                + " fate should be decided through a referendum.");
        // one person agreeing that something is so makes no agreement
        assertTrue(noAssertedByRules("AGREE", "The minister agreed that the plan was flawed."));
    }

    @Test
    void aChargeToldByItsGerundIsMade() {
        EventMention charge = byRules("ACCUSE", "Slogans accusing Pamuk of being a \"traitor\" followed him to the courtroom.");
        assertEquals("Pamuk", recipient(charge));
    }

    @Test
    void aVisitToADescribedCountryGoesAbroad() {
        EventMention visit = byRules("CONSULT", "French Defence Minister Michele Alliot-Marie on Sunday stressed Paris's support for"
                + " the government of Lebanese Prime Minister Fuad Siniora during a visit to the crisis-wracked nation.");
        assertEquals(List.of("Michele Alliot-Marie"), actors(visit));
        // arriving in "the country" is no visit by itself: a traveller refused a visa there met no one
        assertTrue(noAssertedByRules("CONSULT", "Oday Adnan Al Tekriti, 38, was initially refused a visa after he arrived in the"
                + " country in 1999."));
    }

    @Test
    void whatIsDoneAtAPartysRequestWasAskedForByIt() {
        EventMention request = byRules("REQUEST", "The Greek government ruled out the withdrawal of its troops stationed in"
                + " Afghanistan, noting that they were there at the request of the United Nations.");
        assertEquals(List.of("United Nations"), actors(request));
        // an invitation is no request
        assertTrue(noAssertedByRules("REQUEST", "Bush arrived here Saturday evening for a three-day visit to China at the"
                + " invitation of Chinese President Hu Jintao."));
    }

    @Test
    void anAssaultToldByItsNounNeedsNoAttacker() {
        String reports = "A Merseyside Police spokesman said a 38-year-old man was arrested following reports of an alleged"
                + " assault outside the Hope Street Hotel.";
        assertEquals("alleged assault", byRules("ASSAULT", reports).trigger().of(reports));
        EventMention cases = byRules("ASSAULT", "China asks Malaysia to probe assault cases against Chinese citizens");
        assertEquals("citizens", recipient(cases));
        // an assault rifle is a weapon
        assertTrue(noAssertedByRules("ASSAULT", "Indonesia bought fighter jets and Kalashnikov assault rifles in 2003."));
    }

    @Test
    void sportWordsInTheirOtherSensesMakeNoSport() {
        // "set" as a verb and the "death penalty" were two weak sport words, which dropped the massacre as a game's move
        byRules("ASSAULT", "Several witnesses are set to appear in the trial of Saddam and seven of his deputies for the massacre"
                + " of 148 people from the Shiite village of Dujail in 1982, for which all the accused could face the death penalty.");
        byRules("AGREE", "Israel and Hamas agreed to a ceasefire after marathon talks in Cairo on Sunday.");
        // a match report is still sport
        assertTrue(noAssertedByRules("ASSAULT", "Chelsea attacked from the start and the striker scored twice in the 3-1 win."));
    }
}
