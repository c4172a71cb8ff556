package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sixty-fourth round, the rules alone. Who has turned down, or will not agree to, a request or a demand "for" something
 * was the one asked ("will not agree to the UN request for free access"). A participle that closes the sentence after a
 * name set off by commas tells what was done to the name ("..., Jacques Attali, criticized for his lavish spending."), and
 * a headline's participle of harm tells what its subject suffered ("Three policemen killed in bomb attack"). An
 * indefinite description after an opening phrase's last name describes that name, not the main subject ("Speaking on a
 * visit to Japan, a key donor to the region, Abdullah"). What one agreed to do names the other party by its object or its
 * "to", "from" or "with" phrase ("agreed to meet US officials", "agreed to buy a satellite from China"). Support for a
 * people's thing ("the Zairean peace talks") or for an act told by a gerund ("supported sending more troops") names no
 * recipient. A list of passive participles shares its auxiliary and its "by" agent ("was beaten up, intimidated and
 * threatened with death by rebels"), and "he" in the report of a sentence opened by a group noun is that group ("The
 * former British soldier told a news conference that he was"). A protest held to demand a party's resignation is aimed
 * at that party. Threats or criticism despite which, or in the face of which, one acts are aimed at one, also when they
 * open the sentence ("Despite criticism from rights groups, the government went ahead"), and a list of sources after
 * "from" ends at the main clause's subject. A participle before a quoted group noun modifies it ("arrested 10 suspected
 * "terrorists""). An age that heads its noun phrase is a person ("the 28-year-old was arrested"). An attack on a
 * thing a possessive pronoun gives an owner is aimed at the owner ("attacked their checkpoint"). A text voted for or
 * adopted, whose relative clause asks, speaks for those who passed it ("voted for the document which urged"). Who reacts
 * to or throws out a demand or a plea, or acts after pressure, was the one asked. A noun's "of" after a weekday still
 * names its target ("renewed its condemnation on Wednesday of"), and a verb's particle comes before its object ("vowed
 * to hunt down the attackers"). Who were "among those killed" suffered it.
 */
class EventArgumentsOfRound64Test {

    @Test
    void whoTurnsDownARequestWasAsked() {
        EventMention demand = EventsOf.byRules("REQUEST", "The government has flatly rejected the union's demands.");
        assertEquals("government", EventsOf.recipient(demand));
        EventMention request = EventsOf.byRules("REQUEST", "The United States will not agree to the UN request for free access to"
                + " the detainees.");
        assertEquals("United States", EventsOf.recipient(request));
    }

    @Test
    void aClosingAppositionsParticipleIsPassive() {
        EventMention criticized = EventsOf.byRules("ACCUSE", "The scandal forced the resignation of the bank's first president,"
                + " Jacques Attali, criticized for his lavish spending.");
        assertEquals("Jacques Attali", EventsOf.recipient(criticized));
        assertEquals(List.of(), EventsOf.actors(criticized));
    }

    @Test
    void aHeadlinesParticipleOfHarmIsPassive() {
        EventMention killed = EventsOf.byRules("ASSAULT", "Three policemen killed in bomb attack in southern Thailand.");
        assertEquals("policemen", EventsOf.recipient(killed));
        assertEquals(List.of(), EventsOf.actors(killed));
        EventMention attacks = EventsOf.byRules("ASSAULT", "The attacks killed at least 57 people, mostly Jordanians, and wounded"
                + " over 110 others.");
        assertEquals("people", EventsOf.recipient(attacks)); // a number after the preposition: the object of an active verb
    }

    @Test
    void anIndefiniteDescriptionAfterAnOpeningPhraseIsAnApposition() {
        EventMention visit = EventsOf.byRules("CONSULT", "Speaking on a visit to Japan, a key donor to the region, Abdullah made an"
                + " impassioned call for calm.");
        assertEquals(List.of("Abdullah"), EventsOf.actors(visit));
        assertEquals("Japan", EventsOf.recipient(visit));
    }

    @Test
    void anActAgreedToNamesTheOtherParty() {
        EventMention meet = EventsOf.byRules("AGREE", "North Korea has agreed to meet US officials in New York next week.");
        assertEquals("US officials", EventsOf.recipient(meet));
        EventMention buy = EventsOf.byRules("AGREE", "Venezuela agreed to purchase a satellite from China.");
        assertEquals("China", EventsOf.recipient(buy));
    }

    @Test
    void supportForAPeoplesThingOrAnActNamesNoRecipient() {
        EventMention hailed = EventsOf.byRules("SUPPORT", "The White House hailed the Zairean peace talks announced"
                + " Wednesday as major progress.");
        assertNull(EventsOf.recipient(hailed));
        EventMention supported = EventsOf.byRules("SUPPORT", "The opposition party supported sending more troops.");
        assertNull(EventsOf.recipient(supported));
    }

    @Test
    void aListOfPassiveParticiplesSharesItsAgent() {
        String text = "The former British soldier told a news conference that he was beaten up, intimidated and threatened with"
                + " death by rebels.";
        EventMention beaten = EventsOf.byRules("ASSAULT", text);
        assertEquals(List.of("rebels"), EventsOf.actors(beaten));
        assertEquals("soldier", EventsOf.recipient(beaten));
        EventMention threatened = EventsOf.byRules("THREATEN", text);
        assertEquals(List.of("rebels"), EventsOf.actors(threatened));
    }
    @Test
    void aProtestToDemandAPartysResignationIsAimedAtIt() {
        EventMention protests = EventsOf.byRules("PROTEST", "The opposition has been holding mass protests since Friday to demand the"
                + " government's resignation.");
        assertEquals("government", EventsOf.recipient(protests));
    }

    @Test
    void threatsOrCriticismDespiteWhichOneActsAreAimedAtOne() {
        EventMention threats = EventsOf.byRules("THREATEN", "Denmark will fight to the last for its draft resolution despite threats"
                + " from Beijing, diplomats said.");
        assertEquals("Denmark", EventsOf.recipient(threats));
        EventMention criticism = EventsOf.byRules("ACCUSE", "Despite criticism from rights groups, the government went ahead with"
                + " the executions.");
        assertEquals(List.of("groups"), EventsOf.actors(criticism)); // the list of sources ends at the main clause's subject
        assertEquals("government", EventsOf.recipient(criticism));
    }

    @Test
    void aParticipleBeforeAQuotedGroupNounModifiesIt() {
        EventMention arrested = EventsOf.byRules("COERCE", "Troops arrested 10 suspected \"terrorists\" in separate raids.");
        assertEquals("terrorists", EventsOf.recipient(arrested));
    }
    @Test
    void anAgeThatHeadsItsPhraseNamesAPerson() {
        EventMention arrested = EventsOf.byRules("COERCE", "Police said the 28-year-old was arrested on Monday.");
        assertEquals("28-year-old", EventsOf.recipient(arrested));
    }

    @Test
    void anAttackOnAThingAPronounGivesAnOwnerIsAimedAtTheOwner() {
        EventMention attacked = EventsOf.byRules("ASSAULT", "Four soldiers were killed when a suicide car bomber attacked their"
                + " checkpoint along a road south of Baghdad.");
        assertEquals("soldiers", EventsOf.recipient(attacked));
    }

    @Test
    void aTextVotedForSpeaksForThoseWhoPassedIt() {
        EventMention urged = EventsOf.byRules("REQUEST", "Some 182 countries voted for the document which urged the United States"
                + " to end the embargo on Cuba.");
        assertEquals(List.of("countries"), EventsOf.actors(urged));
        assertEquals("United States", EventsOf.recipient(urged));
    }

    @Test
    void whoReactsToADemandOrActsAfterPressureWasAsked() {
        EventMention demands = EventsOf.byRules("REQUEST", "Azerbaijan has reacted to Gazprom's demands by threatening to cut"
                + " exports.");
        assertEquals("Azerbaijan", EventsOf.recipient(demands));
        EventMention pressure = EventsOf.byRules("REQUEST", "Clinton agreed to the Lee meeting after pressure from the"
                + " Republican-led Congress.");
        assertEquals("Clinton", EventsOf.recipient(pressure));
    }

    @Test
    void aNounsOfAfterAWeekdayNamesItsTarget() {
        EventMention condemnation = EventsOf.byRules("ACCUSE", "The European Union renewed its condemnation on Wednesday of"
                + " President Mahmoud Ahmadinejad's remarks.");
        assertEquals("Mahmoud Ahmadinejad", EventsOf.recipient(condemnation));
    }
    @Test
    void aVerbsParticleComesBeforeItsObject() {
        EventMention vowed = EventsOf.byRules("THREATEN", "Jordan has vowed to hunt down the attackers and those behind the blasts.");
        assertEquals("attackers", EventsOf.recipient(vowed));
    }
    @Test
    void thoseAmongWhomOneWasKilledSufferedIt() {
        EventMention killed = EventsOf.byRules("ASSAULT", "Two journalists were among those killed in the attack on Monday.");
        assertEquals("journalists", EventsOf.recipient(killed));
        assertEquals(List.of(), EventsOf.actors(killed));
    }
}
