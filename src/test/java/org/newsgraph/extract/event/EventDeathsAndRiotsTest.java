package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.allByRules;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.noAssertedByRules;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forty-ninth round: beatings by armed men, poisonings, places taken control of, regimes overthrown, violence people
 * died in, the victims of an attack told past a participle, criticism an act drew, unrest it set off, clashes told
 * beside a protest, raids by armed men and officials who gathered. The rules are tested alone.
 */
class EventDeathsAndRiotsTest {

    @Test
    void aBeatingByArmedMenIsAnAttack() {
        EventMention e = byRules("ASSAULT", "UN officials said the men were beaten by their Serb captors.");
        assertEquals(List.of("captors"), actors(e));
        assertEquals("men", recipient(e));
        // a team beaten in a final is no attack
        assertTrue(noAssertedByRules("ASSAULT", "Federer has been beaten by no man since June."));
    }

    @Test
    void aPoisoningIsAnAttackOnItsVictim() {
        assertEquals("Litvinenko", recipient(byRules("ASSAULT", "Detectives were trying to unravel the mystery poisoning of"
                + " Litvinenko, a former Russian agent.")));
        assertEquals("Litvinenko", recipient(byRules("ASSAULT", "The dissident named a serving FSB colonel as a key figure"
                + " in Litvinenko's poisoning.")));
        // food poisoning is none
        assertTrue(noAssertedByRules("ASSAULT", "Zhou called for measures to eliminate risks involving food poisoning."));
    }

    @Test
    void aPlaceTakenControlOfOrARegimeOverthrownIsAnAttack() {
        assertEquals(List.of("Islamic forces"), actors(byRules("ASSAULT", "Islamic forces said they had taken control of"
                + " Dinsoor, about 270 kilometres west of the capital.")));
        EventMention e = byRules("ASSAULT", "US forces overthrew the Taliban regime in late 2001.");
        assertEquals(List.of("US forces"), actors(e));
        assertEquals("Taliban", recipient(e));
        // control of a chamber won in an election is no attack
        assertTrue(noAssertedByRules("ASSAULT", "The Democrats took control of the House in the elections."));
    }

    @Test
    void violencePeopleDiedInIsAnAttackOnThem() {
        EventMention e = byRules("ASSAULT", "More than 1,000 people have died since January last year in near-daily attacks"
                + " in the strip.");
        assertEquals("people", recipient(e));
        assertTrue(actors(e).isEmpty());
    }

    @Test
    void theVictimsOfAnAttackAreTheObjectOfTheVerbItLeads() {
        EventMention e = allByRules("Israel's 17-day offensive, launched to stamp out Hezbollah rocket attacks on northern"
                + " Israel, killed 175 people and injured 350 others.").stream()
                .filter(x -> x.category().equals("ASSAULT") && actors(x).equals(List.of("Israel"))).findFirst().orElseThrow();
        assertEquals("people", recipient(e));
        // a trigger that only modifies the noun that acted names no victims
        EventMention bomb = allByRules("Gunmen killed six soldiers in an ambush before a car bomb explosion hit the convoy"
                + " in Baghdad.").stream().filter(x -> x.category().equals("ASSAULT") && x.actors().isEmpty())
                .findFirst().orElse(null);
        assertTrue(bomb == null || !"convoy".equals(recipient(bomb)));
    }

    @Test
    void criticismAnActDrewIsAnAccusation() {
        assertTrue(allByRules("He sacked the government, but earned international censure.").stream()
                .anyMatch(x -> x.category().equals("ACCUSE")));
        assertTrue(allByRules("It is a multi-billion dollar project that has drawn wide criticism the past two years.").stream()
                .anyMatch(x -> x.category().equals("ACCUSE")));
    }

    @Test
    void unrestAnActSetOffIsAProtest() {
        assertTrue(allByRules("The influx of refugees, who have been put up in 40 reception centres, has sparked protests.")
                .stream().anyMatch(x -> x.category().equals("PROTEST")));
        // unrest a party seeks to provoke has not happened
        assertTrue(noAssertedByRules("PROTEST", "Officials said the Islamists were seeking to provoke new unrest in the"
                + " country."));
    }

    @Test
    void aClashToldBesideAProtestIsARiot() {
        EventMention e = byRules("PROTEST", "The demolition sparked clashes with troops during which two villagers were"
                + " shot.");
        assertEquals("riot", e.mode());
        // soldiers and rebels clash as armed sides
        assertTrue(noAssertedByRules("PROTEST", "Soldiers clashed with rebels near the border on Monday."));
    }

    @Test
    void aRaidByArmedMenIsAnAttack() {
        EventMention e = byRules("ASSAULT", "A group of suspected Muslim separatists raided two houses in the district on"
                + " Wednesday.");
        assertEquals(List.of("separatists"), actors(e));
        assertTrue(noAssertedByRules("COERCE", "A group of suspected Muslim separatists raided two houses in the district on"
                + " Wednesday."));
    }

    @Test
    void officialsWhoGatheredMet() {
        String met = "Over 1,100 representatives from leading multi-national corporations of the region gathered in Hanoi"
                + " Friday.";
        assertTrue(byRules("CONSULT", met).trigger().of(met).contains("gathered"));
        // a crowd that gathered is no meeting
        assertTrue(noAssertedByRules("CONSULT", "About 500 demonstrators gathered at the city hall."));
    }

    @Test
    void anAppealMadeIsARequestAndProtestsUnderWayAreProtests() {
        assertEquals(List.of("Crvenkovski"), actors(byRules("REQUEST", "Crvenkovski made the appeal ahead of a summit"
                + " Thursday of EU leaders in Brussels.")));
        EventMention p = byRules("PROTEST", "Demonstrations were also underway in the south and the north of the coastal"
                + " strip.");
        assertNull(p.actor());
    }
}
