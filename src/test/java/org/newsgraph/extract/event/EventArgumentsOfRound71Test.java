package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seventy-first round, the rules alone. A threat to end ties or to wage war "with" a party is aimed at that party ("the
 * truce with Israel"); one threat told both by the verb of warning and by the attack it promises is one event; a test or a
 * deployment that dates a clause ("after the missile test") was not made by the clause's subject; a navy that sinks boats
 * attacks them; a leader who tells a visiting leader something has met them; a meeting or an agreement in a "with whom"
 * clause is with the clause's antecedent ("Kovac, with whom Chernomyrdin met"). Look-alikes read on fresh wire text: shock
 * at a tragedy is sympathy, deaths from a gas spill are an accident, fire drawn "for" a policy is criticism, the summit
 * of a mountain is no meeting, a golfer's score and a filmed documentary are no shooting, and whoever refutes
 * allegations against him is their target. A participle after a noun that follows a perfect ("Police have discovered nine
 * bodies of civilians shot dead") tells what the noun suffered, as after a past tense. More look-alikes: a project
 * executed, a player wanted by a club "to" replace another, a player's shooting from the field, a public relations
 * offensive, power stations closed after a fire, a manager sacked by a club; a role or a policy that comes under fire
 * is criticised, and the one whose it is is the target ("Norway's role"); to encourage or tell someone to act takes
 * someone who does it ("low prices have encouraged traffickers"), and an interview "to be broadcast" orders no one; what
 * is "critical to ensure" is no criticism; deaths when a volcano erupted are a disaster.
 */
class EventArgumentsOfRound71Test {

    @Test
    void aThreatToEndATruceWithAPartyIsAimedAtIt() {
        EventMention e = EventsOf.byRules("THREATEN", "Hamas threatened to end the truce with Israel.");
        assertEquals(List.of("Hamas"), EventsOf.actors(e));
        assertEquals("Israel", EventsOf.recipient(e));
    }

    @Test
    void aLongWarVowedWithAPartyIsAThreatToIt() {
        EventMention e = EventsOf.byRules("THREATEN", "The Islamists acknowledged that they had been forced to withdraw from many"
                + " front-line positions but vowed to dig in for a long war with Ethiopia.");
        assertEquals("Ethiopia", EventsOf.recipient(e));
    }

    @Test
    void aThreatToStopCooperatingWithABodyIsAimedAtIt() {
        EventMention e = EventsOf.byRules("THREATEN", "Iran threatened to stop cooperating with the IAEA.");
        assertEquals("IAEA", EventsOf.recipient(e));
    }

    @Test
    void aThreatWithoutATieNamesNoOneByWith() {
        EventMention e = EventsOf.byRules("THREATEN", "The rebels threatened to fight with all their strength.");
        assertNull(e.recipient());
    }

    @Test
    void aThreatToldByItsWarningAndItsAttackIsOneEvent() {
        List<EventMention> threats = EventsOf.allByRules("The rebels warned that they would attack the capital unless the"
                + " president resigned.").stream().filter(x -> x.category().equals("THREATEN")).toList();
        assertEquals(1, threats.size());
        assertEquals(List.of("rebels"), EventsOf.actors(threats.get(0)));
    }

    @Test
    void aTestThatDatesTheClauseIsNotTheSubjects() {
        List<EventMention> tests = EventsOf.allByRules("Japan suspended its food aid to North Korea after the missile test.")
                .stream().filter(x -> x.category().equals("MOBILIZE")).toList();
        assertTrue(tests.stream().allMatch(x -> x.actors().stream().noneMatch(a -> a.text().equals("Japan"))));
    }

    @Test
    void aTestWithItsOwnerBeforeItKeepsTheOwner() {
        List<EventMention> tests = EventsOf.allByRules("Japan imposed sanctions on North Korea following its nuclear test.")
                .stream().filter(x -> x.category().equals("MOBILIZE")).toList();
        assertTrue(tests.stream().allMatch(x -> x.actors().stream().noneMatch(a -> a.text().equals("Japan"))));
    }

    @Test
    void aNavyThatSinksBoatsAttacksThem() {
        EventMention e = EventsOf.byRules("ASSAULT", "The Sri Lankan navy sank three rebel boats off the northeast coast, the"
                + " military said.");
        assertTrue(EventsOf.actors(e).stream().anyMatch(a -> a.contains("navy")));
    }

    @Test
    void aBoatThatSankIsNoAttack() {
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "A refugee boat sank after colliding with an Italian warship."));
    }

    @Test
    void tellingAVisitingLeaderIsMeetingThem() {
        EventMention e = EventsOf.byRules("CONSULT", "China will encourage more tourists to Kenya, President Hu Jintao told visiting"
                + " Kenyan President Mwai Kibaki Friday.");
        assertEquals(List.of("Hu Jintao"), EventsOf.actors(e));
        assertEquals("Mwai Kibaki", EventsOf.recipient(e));
    }

    @Test
    void tellingVisitingReportersIsNoMeeting() {
        assertTrue(EventsOf.noAssertedByRules("CONSULT", "He told visiting reporters that the economy was growing."));
    }

    @Test
    void aMeetingWithWhomIsWithTheAntecedent() {
        EventMention e = EventsOf.byRules("CONSULT", "According to the spokesman of Slovakian President Michal Kovac, with whom"
                + " Chernomyrdin met, the Russian premier said NATO expansion was risky.");
        assertEquals(List.of("Chernomyrdin"), EventsOf.actors(e));
        assertEquals("Michal Kovac", EventsOf.recipient(e));
    }

    @Test
    void aTreatySignedWithWhichIsWithTheAntecedent() {
        EventMention e = EventsOf.byRules("AGREE", "The minister thanked Egypt, with which Israel signed a peace treaty in 1979.");
        assertEquals(List.of("Israel"), EventsOf.actors(e));
        assertEquals("Egypt", EventsOf.recipient(e));
    }

    @Test
    void aMeetingPastACommaAfterWithWhomKeepsItsOwnParties() {
        EventMention e = EventsOf.byRules("CONSULT", "Rice, with whom he has often disagreed, met Olmert in Jerusalem.");
        assertEquals("Olmert", EventsOf.recipient(e));
    }

    @Test
    void shockAtATragedyIsNoCensure() {
        assertTrue(EventsOf.noAssertedByRules("ACCUSE", "Prime Minister Nawaz Sharif said he was shocked to learn of the tragedy."));
    }

    @Test
    void shockAtAnAttackIsStillCensure() {
        EventsOf.byRules("ACCUSE", "Rice said she was shocked by the attack on the embassy.");
    }

    @Test
    void deathsFromAGasSpillAreAnAccident() {
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "They said the workers were injecting water into the pipeline to exhaust"
                + " gas and were suffocated by an obvious gas spill."));
    }

    @Test
    void fireDrawnForAPolicyIsCriticism() {
        EventMention e = EventsOf.byRules("ACCUSE", "The government has come under fire for delays in rolling out lifesaving"
                + " antiretroviral drugs.");
        assertEquals("government", EventsOf.recipient(e));
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "The government has come under fire for delays in rolling out lifesaving"
                + " antiretroviral drugs."));
    }

    @Test
    void fireOnAConvoyIsStillAnAttack() {
        EventsOf.byRules("ASSAULT", "The convoy came under fire near Kandahar.");
    }

    @Test
    void theSummitOfAMountainIsNoMeeting() {
        assertTrue(EventsOf.noAssertedByRules("CONSULT", "The man was climbing with a friend near the summit of 4,406-foot Ben"
                + " Nevis in Scotland when he fell."));
    }

    @Test
    void aGolfersScoreAndAFilmAreNoShooting() {
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "The 16-year-old Ryu shot six-under-par 67 to finish the 72-hole event."));
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "The documentary, shot by CCTV over a year, will trace Sun's activities"
                + " in Japan."));
        EventsOf.byRules("ASSAULT", "Israeli troops shot dead 17-year-old Bilal Ashaar in the southern Gaza Strip.");
    }

    @Test
    void whoeverRefutesAllegationsIsTheirTarget() {
        EventMention e = EventsOf.byRules("ACCUSE", "Semionov refuted the allegations against him.");
        assertTrue(e.actors().isEmpty());
        assertEquals("Semionov", EventsOf.recipient(e));
    }

    @Test
    void aParticipleAfterAPerfectsObjectHasNoActorFromTheSubject() {
        EventMention e = EventsOf.byRules("ASSAULT", "Police have discovered nine bodies of Iraqi civilians shot dead near"
                + " Mussayab, police said Tuesday.");
        assertTrue(e.actors().isEmpty());
        assertEquals("civilians", EventsOf.recipient(e));
    }

    @Test
    void aProjectExecutedIsNoKilling() {
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "With the total cost of 16 million rupees, the project was executed by"
                + " Central Electronics Limited."));
        EventsOf.byRules("ASSAULT", "Iraq executed three men convicted of murder.");
    }

    @Test
    void wantedByAClubToReplaceIsNoWarrant() {
        assertTrue(EventsOf.noAssertedByRules("ACCUSE", "Barthez is wanted by Nantes to replace Serb keeper Vladamir Stojkovic."));
        EventsOf.byRules("ACCUSE", "Barthez is wanted by French police for fraud.");
    }

    @Test
    void shootingFromTheFieldIsNoShooting() {
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "Bryant shot 22-of-45 from the field and 10-of-12 from the line."));
    }

    @Test
    void aPublicRelationsOffensiveIsNoAttack() {
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "The remarks were to cap a public relations offensive by Bush."));
        EventsOf.byRules("ASSAULT", "The army launched an offensive against the rebels.");
    }

    @Test
    void powerStationsClosedAfterAFireAreNoRestriction() {
        assertTrue(EventsOf.noAssertedByRules("COERCE", "A fire in an electrical transformer forced the closure of Brazil's Angra I"
                + " and Angra II nuclear power stations."));
        EventsOf.byRules("COERCE", "Israel ordered the closure of the Gaza crossings.");
    }

    @Test
    void aRoleThatComesUnderFireIsCriticised() {
        EventMention e = EventsOf.byRules("ACCUSE", "Norway's role in Sri Lanka has come under fire during the nation's election"
                + " campaign.");
        assertEquals("Norway", EventsOf.recipient(e));
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "Norway's role in Sri Lanka has come under fire during the nation's"
                + " election campaign."));
    }

    @Test
    void aManagerSackedByAClubIsNoSanction() {
        assertTrue(EventsOf.noAssertedByRules("SANCTION", "Hull on Monday sacked manager Phil Parkinson."));
        EventMention e = EventsOf.byRules("SANCTION", "Mbeki sacked Zuma as deputy president.");
        assertEquals("Zuma", EventsOf.recipient(e));
    }

    @Test
    void encouragementNeedsSomeoneWhoGivesIt() {
        assertTrue(EventsOf.noAssertedByRules("REQUEST", "Low prices and the high purity of the heroin have also encouraged drug"
                + " traffickers to move into the region."));
        EventMention e = EventsOf.byRules("REQUEST", "The UN encouraged the parties to resume talks.");
        assertEquals(List.of("UN"), EventsOf.actors(e));
    }

    @Test
    void anInterviewToBeBroadcastOrdersNoOne() {
        assertTrue(EventsOf.noAssertedByRules("REQUEST", "The unrest in Iraq is \"much worse\" than a civil war, Kofi Annan told"
                + " the BBC in an interview to be broadcast on Monday."));
    }

    @Test
    void aWeeklyToBePublishedIsNotOrdered() {
        assertTrue(EventsOf.noAssertedByRules("REQUEST", "Kinkel told the weekly Welt am Sonntag to be published Sunday that"
                + " megaphone diplomacy could only harm relations."));
    }

    @Test
    void criticalToEnsureIsNoCriticism() {
        assertTrue(EventsOf.noAssertedByRules("ACCUSE", "\"They agreed it was critical to ensure that APEC was prepared,\" the"
                + " statement said."));
        EventsOf.byRules("ACCUSE", "King Hussein has been highly critical of Netanyahu's policies.");
    }

    @Test
    void deathsInAnEruptionAreADisaster() {
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "About 1,300 people were killed when it erupted in 1930."));
        EventsOf.byRules("ASSAULT", "Five people were killed when fighting erupted in the town.");
    }
}
