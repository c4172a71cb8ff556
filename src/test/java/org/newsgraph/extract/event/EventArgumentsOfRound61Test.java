package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.noAssertedByRules;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sixty-first round, the rules alone. A charge set off with its object or near a place is an attack, a controlled
 * detonation is not. A party's call or appeal told bare is a request. A hyphenated word is one word of the reach in
 * which an object is looked for ("a high-ranking Malaysian politician"). Those accused stand for the party an inverted
 * copula names after them ("Among those accused of murder are Staff Sergeant Frank Wuterich"). A visit "to the country"
 * is to the country the sentence named before, not the visitor's own; a visit to a country and a meeting with its leader
 * are one event. What one threatens to impose "on" a party is aimed at it. Done at a party's insistence or behest is done at
 * its request. A criticised thing that names no party is the party's whom an aside judging it names ("condemned the
 * decision, calling it part of an Israeli design"). Aircraft that strike, pound or bomb attack, and so does striking positions. A match that opens with its
 * subject after a determiner or a number ("the two leaders discussed") takes it, not the subject of a reporting verb
 * before. What a denial rejects ("denied that US troops had killed civilians") is not asserted. A
 * protest lodged "with" or sent "to" a party is aimed at it. Who
 * reacts or responds to an act did not do it ("Moscow reacted angrily to the expulsion of its diplomats"). A weapon
 * thrown or fired in the passive is aimed at what its preposition names ("grenades were thrown into a crowd"). A gathering named with a
 * phrase after it, then a relative clause, speaks in the main verb ("A synod on Lebanon, which met ..., called for"). Praise
 * poured on, showered on or reserved for a party is support of it. A
 * gerund a verb of seeing or spending time has its object do is done ("saw him meeting President Robert Mugabe"). What a
 * text put to a vote says is said only once the text is adopted ("vetoed a draft resolution criticising Israel"). A
 * match that opens with a past verb is no bare infinitive, named subject or not ("Thousands marched to protest").
 */
class EventArgumentsOfRound61Test {

    @Test
    void aChargeSetOffIsAnAttackUnlessControlled() {
        EventMention bomb = byRules("ASSAULT", "Militants detonated a bomb near the police station on Monday.");
        assertEquals(List.of("Militants"), actors(bomb));
        byRules("ASSAULT", "Explosives strapped to a donkey were detonated near a German aid agency's vehicle in northern"
                + " Afghanistan.");
        assertTrue(noAssertedByRules("ASSAULT", "Police detonated the bomb in a controlled explosion."));
    }

    @Test
    void aPartysBareCallIsARequest() {
        EventMention call = byRules("REQUEST", "Abbas's call came after a week of rising tensions in Gaza.");
        assertEquals(List.of("Abbas"), actors(call));
        assertTrue(noAssertedByRules("REQUEST", "The tribunal rejected Saddam's appeal against his death sentence."));
    }

    @Test
    void aHyphenatedWordIsOneWordOfTheReach() {
        EventMention call = byRules("REQUEST", "The leader called for the resignation of a high-ranking Malaysian politician.");
        assertEquals("politician", EventsOf.recipient(call));
        EventMention blamed = byRules("ACCUSE", "The attack was blamed on the al-Qaeda-linked Jemaah Islamiyah regional network.");
        assertEquals("Jemaah Islamiyah", EventsOf.recipient(blamed));
    }

    @Test
    void thoseAccusedAreThePartyTheCopulaNames() {
        EventMention accused = byRules("ACCUSE", "Others accused of murder are Sergeant Sanick Dela Cruz and two other marines.");
        assertEquals("Sanick Dela Cruz", EventsOf.recipient(accused));
        EventMention released = byRules("ACCUSE", "Those accused of the killings were released on bail.");
        assertEquals(null, EventsOf.recipient(released));
    }

    @Test
    void aVisitToTheCountryIsToTheOneNamedBefore() {
        EventMention visit = byRules("CONSULT", "China and Mongolia established a partnership of mutual trust in 2003 when"
                + " Chinese President Hu Jintao paid a state visit to the country.");
        assertEquals("Mongolia", EventsOf.recipient(visit));
        EventMention own = byRules("CONSULT", "He said this while addressing a Chinese delegation from Jiangxi Province which"
                + " is on a five-day visit to the country.");
        assertEquals(null, EventsOf.recipient(own));
        EventMention met = byRules("CONSULT", "US House Speaker Newt Gingrich met Taiwanese President Lee Teng-hui Wednesday"
                + " at the start of a whirlwind visit to the nationalist island.");
        assertEquals("Lee Teng-hui", EventsOf.recipient(met));
    }

    @Test
    void aThreatToImposeOnAPartyIsAimedAtIt() {
        EventMention threat = byRules("THREATEN", "The EU threatened to impose sanctions on Belarus.");
        assertEquals("Belarus", EventsOf.recipient(threat));
    }

    @Test
    void doneAtAPartysInsistenceIsDoneAtItsRequest() {
        EventMention insistence = byRules("REQUEST", "But at Washington's insistence, the draft drops the clause.");
        assertEquals(List.of("Washington"), actors(insistence));
        EventMention behest = byRules("REQUEST", "The talks were held at the behest of the United States.");
        assertEquals(List.of("United States"), actors(behest));
    }

    @Test
    void anAsideJudgingTheThingNamesTheParty() {
        EventMention condemned = byRules("ACCUSE", "Saeb Erakat \"strongly condemned\" the decision, calling it part of an"
                + " Israeli design to sabotage the whole election.");
        assertEquals("Israeli", EventsOf.recipient(condemned));
        EventMention outraged = byRules("ACCUSE", "Emile Lahoud condemned the killing, describing Tueni as Lebanon's symbol of"
                + " freedom.");
        assertEquals(null, EventsOf.recipient(outraged));
    }

    @Test
    void aircraftThatStrikeAttack() {
        EventMention struck = byRules("ASSAULT", "The ministry said Israeli warplanes struck a Hezbollah position overnight.");
        assertEquals(List.of("warplanes"), actors(struck));
        byRules("ASSAULT", "The Mujahedeen succeeded in striking the positions of the crusader forces.");
        assertTrue(noAssertedByRules("ASSAULT", "The two sides struck a balance between growth and stability."));
    }

    @Test
    void aMatchOpeningWithItsSubjectTakesIt() {
        EventMention discussed = byRules("CONSULT", "The agency reported that the two leaders discussed bilateral relations.");
        assertEquals(List.of("leaders"), actors(discussed));
    }

    @Test
    void whatADenialRejectsIsNotAsserted() {
        assertTrue(noAssertedByRules("ASSAULT", "The Pentagon denied that US troops had killed civilians."));
        assertTrue(noAssertedByRules("ASSAULT", "Iran flatly denied reports that its forces had shelled Kurdish villages."));
        byRules("ASSAULT", "Police said US troops had killed civilians.");
    }

    @Test
    void aProtestLodgedWithAPartyIsAimedAtIt() {
        EventMention protest = byRules("ACCUSE", "Seoul lodged a formal protest with Tokyo over the textbooks.");
        assertEquals("Tokyo", EventsOf.recipient(protest));
    }

    @Test
    void whoReactsToAnActDidNotDoIt() {
        EventMention expulsion = byRules("SANCTION", "Moscow reacted angrily to the expulsion of its diplomats.");
        assertTrue(actors(expulsion).isEmpty());
    }

    @Test
    void aWeaponThrownInThePassiveIsAimedAtItsPrepositionsObject() {
        EventMention thrown = byRules("ASSAULT", "Several grenades were thrown into a crowd of about 200 demonstrators.");
        assertEquals("crowd", EventsOf.recipient(thrown));
    }

    @Test
    void aGatheringPastItsPhraseAndRelativeClauseCalls() {
        byRules("REQUEST", "A synod on Lebanon, which met in November 1995 in Rome, called for the end of the Israeli"
                + " occupation.");
    }

    @Test
    void praisePouredOnAPartyIsSupport() {
        EventMention poured = byRules("SUPPORT", "Bush used a news conference to pour special praise on Siniora.");
        assertEquals("Siniora", EventsOf.recipient(poured));
        EventMention showered = byRules("SUPPORT", "Fujimori was showered with international praise after the raid.");
        assertEquals("Fujimori", EventsOf.recipient(showered));
    }

    @Test
    void aDeedSeenOrSpentTimeOnIsDone() {
        EventMention met = byRules("CONSULT", "Mahathir was in Zimbabwe last week, which saw him meeting President Robert Mugabe.");
        assertEquals("Robert Mugabe", EventsOf.recipient(met));
        EventMention urged = byRules("REQUEST", "The media spent Saturday urging people to go to the polls.");
        assertEquals("people", EventsOf.recipient(urged));
    }

    @Test
    void whatATextSaysIsSaidOnceAdopted() {
        assertTrue(noAssertedByRules("ACCUSE", "The United States vetoed a draft resolution criticising Israel."));
        assertTrue(noAssertedByRules("ACCUSE", "Denmark announced plans to sponsor a motion condemning Beijing."));
        EventMention urged = byRules("REQUEST", "The Security Council adopted a resolution urging Tehran to freeze enrichment.");
        assertEquals("Tehran", EventsOf.recipient(urged));
    }

    @Test
    void aMatchOpeningWithAPastVerbIsNoBareInfinitive() {
        EventMention marched = byRules("PROTEST", "Thousands marched to protest the arrest of the opposition leader.");
        assertTrue(marched.asserted());
    }
}
