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
 * Fifty-second round (read from the pool's misses and false events): an attack blamed on someone, one act told by two
 * verbs, stances that describe a noun, things still wanted or planned, a number of a group, participles before a
 * subject. The rules are tested alone.
 */
class EventBlameAndStancesTest {

    private static boolean none(String category, String text) {
        return allByRules(text).stream().noneMatch(e -> e.category().equals(category) && e.modality() == Modality.ASSERTED);
    }

    private static long count(String category, String text) {
        return allByRules(text).stream().filter(e -> e.category().equals(category)).count();
    }

    @Test
    void anAttackBlamedOnSomeoneIsTheBlamesNotATarget() {
        String text = "Police blamed the attack on Tamil rebels.";
        assertTrue(none("ASSAULT", text));
        EventMention blame = byRules("ACCUSE", text);
        assertEquals(List.of("Police"), actors(blame));
        assertEquals("rebels", recipient(blame));
        // blamed for an attack on a target: the target stays the attack's
        assertEquals("settlement", recipient(byRules("ASSAULT", "Police blamed Hamas for the attack on the settlement.")));
    }

    @Test
    void twoVerbsJoinedByAndTellOneAct() {
        assertEquals(1, count("COERCE", "Eleven people, including four lawmakers, have been arrested and jailed."));
        assertEquals(1, count("ACCUSE", "Police condemned and criticised the attack."));
        // taking someone and what is done to them after stay two acts
        assertEquals(2, count("ASSAULT", "Rebels kidnapped and killed two aid workers."));
    }

    @Test
    void thingsBlastedAwayAreNoCriticism() {
        assertTrue(none("ACCUSE", "Police said the car bomb blew up near his vehicle, blasting it off the road into a ravine."));
        assertEquals("government", recipient(byRules("ACCUSE", "The opposition blasted the government for its failure.")));
    }

    @Test
    void aPossibleAttackPastItsModifiersIsNoAttack() {
        assertTrue(none("ASSAULT", "Security forces mapped out measures to counter the possible airborne and sea-based terror"
                + " attacks during the summit."));
    }

    @Test
    void aNounBackingSomeoneDescribesTheNoun() {
        assertTrue(none("SUPPORT", "Fighters backing the government took control of the international airport."));
        assertTrue(none("SUPPORT", "The consulate was besieged by protesters backing Chinese claims to the islands."));
        assertEquals("Somalia", recipient(byRules("SUPPORT", "Ethiopia is supporting Somalia against the Islamists.")));
    }

    @Test
    void visitsCalledForAndMeetingsPlannedHaveNotTakenPlace() {
        assertTrue(none("CONSULT", "The report called for high-level visits to Hong Kong."));
        assertTrue(none("CONSULT", "The conference called for exchanging visits with China."));
        assertTrue(none("CONSULT", "A meeting of the five permanent members is planned for Tuesday."));
    }

    @Test
    void aNumberOfAGroupIsTheGroup() {
        assertEquals("soldiers", recipient(byRules("RETREAT", "Thirteen of the soldiers have been released.")));
    }

    @Test
    void rearrestsAreArrests() {
        assertEquals("suspect", recipient(byRules("COERCE", "Police re-arrested the suspect on Monday.")));
    }

    @Test
    void forcesDeployedPastALongerSubject() {
        assertEquals(1, count("MOBILIZE", "Army troops and dozens of armored vehicles were heavily deployed around government"
                + " offices in central Beirut."));
    }

    @Test
    void aParticipleOpeningTheSentenceBelongsToItsSubject() {
        EventMention e = byRules("REQUEST", "Duped investors called for the resignation of President Berisha.");
        assertEquals(List.of("investors"), actors(e));
        assertEquals("Berisha", recipient(e));
    }

    @Test
    void whoAfterADescribedPartyStandsForIt() {
        assertEquals("prominent advocate", recipient(byRules("ASSAULT", "Kiyingi was arrested after the funeral of his wife, a"
                + " prominent advocate, who was shot several times in her car.")));
    }

    @Test
    void workingInCooperationWithSomeoneTellsHowAnotherActWasDone() {
        assertTrue(none("COOPERATE", "Bulgaria, in partnership with the European Union, created an international fund to help"
                + " Libya combat AIDS."));
    }

    @Test
    void callsJoinedAndSupportSoughtAreRequests() {
        assertEquals(List.of("United States"), actors(byRules("REQUEST", "The United States has led calls for the ailing Mobutu"
                + " to give way to democratic rule.")));
        assertEquals("Japanese", recipient(byRules("REQUEST", "Singh sought Japanese financing for a proposed railway.")));
        assertEquals("Armed Forces Development Command", recipient(byRules("REQUEST", "The prime minister instructed the Armed"
                + " Forces Development Command (AFDC) to apply its engineering expertise to the project.")));
        // remarks that led to calls are not the callers
        assertEquals(List.of("Jewish groups"), actors(byRules("REQUEST", "The remarks led to calls from Jewish groups for his"
                + " resignation.")));
    }

    @Test
    void aResignationCalledForByAGroupHasNotHappened() {
        assertTrue(none("CONCEDE", "The remarks led to calls from Jewish groups for his resignation."));
    }

    @Test
    void trainingAnothersForcesIsMilitaryAid() {
        EventMention e = byRules("AID", "US troops are clashing with insurgents and training local forces to take over.");
        assertEquals("military", e.mode());
        assertEquals(List.of("US troops"), actors(e));
        assertEquals("local forces", recipient(e));
        assertEquals("Iraqi police recruits", recipient(byRules("AID", "The minister criticised the training of Iraqi police"
                + " recruits by German experts in the United Arab Emirates.")));
        assertTrue(none("AID", "The attack hit an army training camp for police."));
    }

    @Test
    void apologiesForcedOrWonAndConfessionsConcede() {
        assertEquals(1, count("CONCEDE", "He also won a public apology over the beating."));
        assertEquals(List.of("woman suicide bomber"), actors(byRules("CONCEDE", "The woman suicide bomber confessed that she"
                + " was told to carry out the bombing.")));
    }

    @Test
    void aNumberOfAGroupAfterByIsTheGroup() {
        assertEquals(List.of("other European nations"), actors(byRules("SUPPORT", "France was supported by at least four of"
                + " other European nations.")));
    }

    @Test
    void aShortQuoteAfterAVerbOfExpressingIsAPhrase() {
        assertEquals(List.of("UN General Assembly"), actors(byRules("SUPPORT", "The UN General Assembly on Monday expressed"
                + " \"strong support\" for the Kimberley process.")));
    }

    @Test
    void cooperationBetweenTwoSidesToldAsHavingGrownIsCooperation() {
        EventMention e = byRules("COOPERATE", "The friendly exchange and cooperation between China and Japan witnessed sound"
                + " progress.");
        assertEquals(List.of("China"), actors(e));
        assertEquals("Japan", recipient(e));
        assertTrue(none("COOPERATE", "Khan would meet his counterpart to discuss military cooperation between the two"
                + " countries."));
        assertEquals(1, count("THREATEN", "The tense countdown to Russia's threatened cutting of gas supplies to Belarus"
                + " entered its final hours."));
    }

    @Test
    void aSourceAskedToCommentIsNotRequested() {
        assertTrue(none("REQUEST", "When asked to comment on President Bush's remarks in Kyoto Tuesday, Liu said that China"
                + " pursues a path of peaceful development."));
        assertEquals("residents", recipient(byRules("REQUEST", "Police asked residents to stay indoors.")));
    }

    @Test
    void anImminentAttackHasNotHappened() {
        assertTrue(none("ASSAULT", "Tensions in Mbuji Mayi have been high in expectation of an imminent rebel attack."));
    }

    @Test
    void theVerbAfterARelativeClauseIsThePredicate() {
        EventMention e = byRules("ACCUSE", "Sison, who lives in exile in the Netherlands where he is seeking political asylum,"
                + " accused President Gloria Arroyo's government of implicating the CPP-NPA in terrorism.");
        assertEquals(List.of("Sison"), actors(e));
    }

    @Test
    void workersWhoRemainOnStrikeStrike() {
        assertEquals(1, count("PROTEST", "The employees of at least 20 other government ministries remain on strike."));
    }
}
