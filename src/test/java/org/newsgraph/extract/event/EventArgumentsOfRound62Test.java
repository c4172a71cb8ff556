package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Sixty-second round, the rules alone. A capitalised force between a country and a title is of the portfolio ("Papua New
 * Guinea Defence Force Brigadier General Jerry Singirok": the person). A quotation inside the trigger does not end the
 * clause in which its preposition's object is looked for ("expressed "strong support" for"). Who fights alongside a party
 * cooperates with it. "They" stands for a people named in the plural ("the Serbs
 * voted in a referendum in which they called for"). A title keeps the prefix of a past office glued to it ("the
 * ex-minister"). Those detained, arrested or killed stand for the party an inverted copula names ("Among those detained
 * was Htin Gyaw"). A ban of a party's deed is aimed at the party ("banned the rally by Ndura Wairunge"); a sentence handed
 * down "for" or "to" a party punishes it. Coordinated nouns of a party are the party's ("praised the courage and
 * commitment of her armed forces"). A place asked to act is found past where it lies ("urged Guangxi Zhuang Autonomous
 * Region in south China to"). Every name of a list after "by" acts ("supported by Germany, Italy and Spain"); the
 * possessor of a thing supported, rejected or criticised in the passive is its party ("France's stance is supported"). A flag or
 * effigy burnt stands for its party; the one provided "with" aid receives it. A border is closed "with" a party;
 * tear gas is fired "at" one. "Any" act is none done ("against any attack"). The message of a call, a letter
 * or a summons that took place is sent ("telephoned several news organizations to warn of retaliation"), to the one called. What a
 * charge, claim or report says happened is alleged, not told as done ("charges that British troops raped"), unlike what
 * a report did ("a US report that urged Washington"). A petition signed against a
 * measure is a protest. Up to three descriptors lead to a person's name ("war crimes suspect Ante Gotovina"). A state's
 * own body after "its" or "their" stands for the state the pronoun names ("urged its leaders"). Who continues, begins or wages an
 * offensive or a round of clashes carries it out; of two sides that clash, each fights the other. The visit "of" a party "to"
 * another is the first's to the second. The second of a pair is found past the first's acronym ("between the Seven Party
 * Alliance (SPA) and guerrillas").
 */
class EventArgumentsOfRound62Test {

    @Test
    void aForceBetweenACountryAndATitleIsOfThePortfolio() {
        EventMention condemned = EventsOf.byRules("ACCUSE", "The minister condemned Papua New Guinea Defence Force Brigadier General"
                + " Jerry Singirok on Monday.");
        assertEquals("Jerry Singirok", EventsOf.recipient(condemned));
        condemned = EventsOf.byRules("ACCUSE", "The minister condemned Israeli Defense Forces Chief of Staff Dan Halutz on Monday.");
        assertEquals("Dan Halutz", EventsOf.recipient(condemned));
    }

    @Test
    void aQuotationInTheTriggerDoesNotEndTheClause() {
        EventMention support = EventsOf.byRules("SUPPORT", "The UN General Assembly on Monday expressed \"strong support\" for Kenya.");
        assertEquals("Kenya", EventsOf.recipient(support));
    }

    @Test
    void fightingAlongside() {
        EventMention alongside = EventsOf.byRules("COOPERATE", "Its blue helmets, fighting alongside the National Army Force,"
                + " entered the town.");
        assertEquals("National Army Force", EventsOf.recipient(alongside));
    }

    @Test
    void theyStandsForAPeopleNamedInThePlural() {
        EventMention call = EventsOf.byRules("REQUEST", "The Serbs voted in a referendum in which they called for independence.");
        assertEquals(java.util.List.of("Serbs"), EventsOf.actors(call));
    }

    @Test
    void aTitleKeepsItsPastPrefix() {
        EventMention criticised = EventsOf.byRules("ACCUSE", "The ex-minister also criticised France on Monday.");
        assertEquals(java.util.List.of("ex-minister"), EventsOf.actors(criticised));
    }

    @Test
    void thoseDetainedAreThePartyTheCopulaNames() {
        EventMention detained = EventsOf.byRules("COERCE", "Among those detained was Htin Gyaw, one of the NLD candidates.");
        assertEquals("Htin Gyaw", EventsOf.recipient(detained));
    }

    @Test
    void aBanOfAPartysDeedAndASentenceForAParty() {
        EventMention banned = EventsOf.byRules("COERCE", "Police had banned the rally by opposition leader Ndura Wairunge.");
        assertEquals("Ndura Wairunge", EventsOf.recipient(banned));
        EventMention sentenced = EventsOf.byRules("COERCE", "The court handed down a life sentence to Ahmed Omar on Monday.");
        assertEquals("Ahmed Omar", EventsOf.recipient(sentenced));
    }

    @Test
    void coordinatedNounsOfAParty() {
        EventMention praised = EventsOf.byRules("SUPPORT", "The queen praised the courage and commitment of her armed forces on Monday.");
        assertEquals("armed forces", EventsOf.recipient(praised));
    }

    @Test
    void aPlaceAskedToActPastWhereItLies() {
        EventMention urged = EventsOf.byRules("REQUEST", "Chinese Premier Wen Jiabao urged Guangxi Zhuang Autonomous Region in south"
                + " China to expand cooperation with ASEAN.");
        assertEquals("Guangxi Zhuang Autonomous Region", EventsOf.recipient(urged));
    }

    @Test
    void everyNameOfAListAfterBy() {
        EventMention supported = EventsOf.byRules("SUPPORT", "France's stance is supported by Germany, Italy and Spain.");
        assertEquals(java.util.List.of("Germany", "Italy", "Spain"), EventsOf.actors(supported));
        assertEquals("France", EventsOf.recipient(supported));
    }

    @Test
    void aBurntFlagOrEffigyStandsForItsParty() {
        EventMention flag = EventsOf.byRules("PROTEST", "Protesters in Tehran burned Denmark's flag outside the embassy.");
        assertEquals("Denmark", EventsOf.recipient(flag));
        EventMention of = EventsOf.byRules("PROTEST", "They also burned the flag of the European Union on Friday.");
        assertEquals("European Union", EventsOf.recipient(of));
        EventMention effigy = EventsOf.byRules("PROTEST", "Students burned an effigy of Bush outside the embassy.");
        assertEquals("Bush", EventsOf.recipient(effigy));
    }

    @Test
    void theOneProvidedWithAid() {
        EventMention aid = EventsOf.byRules("AID", "Japan provided Indonesia with emergency aid after the quake.");
        assertEquals("Indonesia", EventsOf.recipient(aid));
    }

    @Test
    void aBorderClosedWithAPartyAndTearGasFiredAtIt() {
        EventMention border = EventsOf.byRules("COERCE", "Syria closed its border with Lebanon on Tuesday.");
        assertEquals("Lebanon", EventsOf.recipient(border));
        EventMention gas = EventsOf.byRules("COERCE", "Police fired tear gas at opposition supporters in Nairobi.");
        assertEquals("opposition supporters", EventsOf.recipient(gas));
    }

    @Test
    void anyActIsNoneDone() {
        org.junit.jupiter.api.Assertions.assertTrue(EventsOf.noAssertedByRules("ASSAULT",
                "Iran warned the United States against any attack on its nuclear sites."));
    }

    @Test
    void theMessageOfACallIsSent() {
        EventMention warned = EventsOf.byRules("THREATEN", "Callers who claimed to speak for the MRTA telephoned several news"
                + " organizations to warn of retaliation.");
        assertEquals(java.util.List.of("Callers"), EventsOf.actors(warned));
        EventMention urged = EventsOf.byRules("REQUEST", "Bush telephoned Olmert on Monday to urge restraint.");
        assertEquals("Olmert", EventsOf.recipient(urged));
        org.junit.jupiter.api.Assertions.assertTrue(EventsOf.noAssertedByRules("REQUEST", "Bush will telephone Olmert to urge restraint."));
    }

    @Test
    void whatIsAllegedIsNotDone() {
        org.junit.jupiter.api.Assertions.assertTrue(EventsOf.noAssertedByRules("ASSAULT", "A military probe has found insufficient"
                + " proof to back charges that British troops raped hundreds of Kenyan women."));
        EventMention urged = EventsOf.byRules("REQUEST", "The trip comes after a US report that urged Washington to boost its efforts.");
        assertEquals("Washington", EventsOf.recipient(urged));
    }

    @Test
    void aPetitionSignedAgainstAMeasureIsAProtest() {
        EventMention petition = EventsOf.byRules("PROTEST", "Days after the announcement, 10,000 local residents signed a petition"
                + " against the cull.");
        assertEquals(java.util.List.of("local residents"), EventsOf.actors(petition));
    }

    @Test
    void descriptorsBeforeAPersonsName() {
        EventMention jailing = EventsOf.byRules("COERCE", "The court ordered the jailing of war crimes suspect Ante Gotovina.");
        assertEquals("Ante Gotovina", EventsOf.recipient(jailing));
    }

    @Test
    void aStatesOwnBodyNamedByItsPronoun() {
        EventMention urged = EventsOf.byRules("REQUEST", "China criticised Japan and urged its leaders to face history.");
        assertEquals("Japan", EventsOf.recipient(urged));
    }

    @Test
    void whoContinuesAnOffensiveWagesIt() {
        EventMention offensive = EventsOf.byRules("ASSAULT", "Iraqi forces continued a major offensive in western Iraq.");
        assertEquals(java.util.List.of("Iraqi forces"), EventsOf.actors(offensive));
        EventMention clashes = EventsOf.byRules("ASSAULT", "The rebels and the army began a new round of clashes.");
        assertEquals(java.util.List.of("rebels"), EventsOf.actors(clashes));
        assertEquals("army", EventsOf.recipient(clashes));
    }

    @Test
    void theVisitOfAPartyToAnother() {
        EventMention visit = EventsOf.byRules("CONSULT", "The visit of the Chinese premier to India was a success.");
        assertEquals(java.util.List.of("Chinese premier"), EventsOf.actors(visit));
        assertEquals("India", EventsOf.recipient(visit));
    }

    @Test
    void aPairPastAnAcronym() {
        EventMention agreement = EventsOf.byRules("AGREE", "They studied the latest six-point agreement between the Seven Party"
                + " Alliance (SPA) and guerrillas.");
        assertEquals(java.util.List.of("Seven Party Alliance"), EventsOf.actors(agreement));
        assertEquals("guerrillas", EventsOf.recipient(agreement));
    }
}
