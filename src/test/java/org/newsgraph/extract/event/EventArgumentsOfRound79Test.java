package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seventy-ninth round, the rules alone: riots and a crowd's demands as protest, the subject of a clause joined after an
 * object, the last member of a list with its article, names that modify a plural noun, an untagged name after a named
 * owner, and a charge made against a pronoun.
 */
class EventArgumentsOfRound79Test {

    @Test
    void riotsToldAsHappenedAreAProtestByNoOneTheClauseNames() {
        EventMention e = EventsOf.byRules("PROTEST", "Cate Blanchett led a ceremony to appeal for calm after race riots this week.");
        assertEquals(List.of(), EventsOf.actors(e));
        assertTrue(EventsOf.noAssertedByRules("PROTEST", "Riot police took control of the slum."));
    }

    @Test
    void aNounBeforeAFiniteVerbAfterAnObjectOpensAClause() {
        assertEquals(List.of("police"), EventsOf.actors(EventsOf.byRules("COERCE",
                "Many died when troops fired on street protesters and police made random mass arrests in Santiago's slums.")));
        assertEquals(List.of("police"), EventsOf.actors(EventsOf.byRules("COERCE",
                "Troops killed two protesters and police arrested ten others.")));
        assertEquals(List.of("Israel"), EventsOf.actors(EventsOf.byRules("CONSULT",
                "The talks between Israel and the Palestinians ended without agreement.")));
    }

    @Test
    void aListsLastMemberWithItsArticleIsNoSubject() {
        assertEquals(List.of("Bush"), EventsOf.actors(EventsOf.byRules("REQUEST", "Bush has contacted the leaders of Saudi"
                + " Arabia, Jordan, Kuwait and the United Arab Emirates and asked them to help Iraq.")));
    }

    @Test
    void aNameThatModifiesAPluralNounIsNoAntecedent() {
        assertEquals(List.of("Iraq"), EventsOf.actors(EventsOf.byRules("ASSAULT",
                "On April 9, Iraq also flouted the UN sanctions in force since its August 1990 invasion of Kuwait.")));
        assertEquals(List.of("EU Commission"), EventsOf.actors(EventsOf.byRules("REQUEST",
                "The EU Commission says it is following the situation closely and called for restraint.")));
    }

    @Test
    void aCrowdsDemandsAsItProtestsAreItsProtest() {
        EventMention e = EventsOf.byRules("PROTEST", "The demonstrators were demanding a 75 percent raise in their daily wage.");
        assertEquals(List.of("demonstrators"), EventsOf.actors(e));
        assertTrue(EventsOf.noAssertedByRules("REQUEST", "The demonstrators were demanding a 75 percent raise in their daily wage."));
        assertTrue(EventsOf.noAssertedByRules("REQUEST",
                "Zimbabwe's top union body has held several protests demanding a solution to the plight of workers."));
    }

    @Test
    void othersCallingForSomethingStillRequestIt() {
        assertEquals(List.of("students"), EventsOf.actors(EventsOf.byRules("REQUEST",
                "Indonesian police have arrested 24 students for calling for a boycott of the elections.")));
    }

    @Test
    void anUntaggedNameAfterANamedOwnerIsTheSubject() {
        assertEquals(List.of("Revolutionary Guards"), EventsOf.actors(EventsOf.byRules("MOBILIZE",
                "Iran's Revolutionary Guards test fired three new models of missiles in the Gulf region.")));
        assertEquals(List.of("Revolutionary Guards"), EventsOf.actors(EventsOf.byRules("ACCUSE",
                "Iran's Revolutionary Guards condemned the attack.")));
    }

    @Test
    void aCallOnSomeoneAfterAPassiveRelativeIsTheMainSubjectsCall() {
        EventMention e = EventsOf.byRules("REQUEST", "Rice condemned a bombing in which five Israelis were killed and called on"
                + " Palestinians to act.");
        assertEquals(List.of("Rice"), EventsOf.actors(e));
        assertEquals("Palestinians", EventsOf.recipient(e));
        assertEquals("Israelis", EventsOf.recipient(EventsOf.byRules("ASSAULT", "Rice condemned a bombing in which five"
                + " Israelis were killed and called on Palestinians to act.")));
    }

    @Test
    void anAttacksOutcomeNeverMakesTheAttackerItsVictim() {
        EventMention e = EventsOf.byRules("ASSAULT", "ISAF fired at two boys, wounding them.");
        assertEquals(List.of("ISAF"), EventsOf.actors(e));
        assertEquals("two boys", EventsOf.recipient(e));
        assertEquals(List.of("soldiers"), EventsOf.actors(EventsOf.byRules("ASSAULT", "The soldiers shot two boys, killing one of them.")));
        assertEquals("civilians", EventsOf.recipient(EventsOf.byRules("ASSAULT",
                "Two bomb blasts occurred at a coffee shop, injuring 11 civilians.")));
    }

    @Test
    void aPersonsArrestWarrantIsForThePerson() {
        EventMention e = EventsOf.byRules("ACCUSE", "Montiglio's arrest warrant was issued two days after Pinochet's birthday.");
        assertEquals(List.of(), EventsOf.actors(e));
        assertEquals("Montiglio", EventsOf.recipient(e));
        EventMention against = EventsOf.byRules("ACCUSE", "Kabila's arrest warrant against Mobutu was issued on Monday.");
        assertEquals(List.of("Kabila"), EventsOf.actors(against));
        assertEquals("Mobutu", EventsOf.recipient(against));
    }

    @Test
    void theDeedAPronounIsChargedWithIsItsAntecedents() {
        assertEquals(List.of("marines"), EventsOf.actors(EventsOf.byRules("ASSAULT",
                "The five US marines were stopped after a Filipino woman accused them of raping her.")));
    }
}
