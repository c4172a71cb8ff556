package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Sixty-third round, the rules alone. The one who acts at another's request, or following it, is the one the request
 * was made of ("deployed the ships at the request of the Philippine government"). Who caves in or bends to a demand or to
 * pressure was the one pressed, also as the doer of a refusal to bend ("the Islamists' refusal to bend to Western
 * demands"). Harm told in the passive in a fight "with" another side was done by that side ("was killed and two others
 * injured Monday in a clash with Taliban fighters"), and of two sides of a fight "between" them, the one the harmed belong
 * to was attacked by the other ("three policemen were killed in a clash between the Indian police and Maoist rebels").
 * Those inside a building stormed or raided are its target ("stormed a house where Hamas commander Amjan Hannawi was
 * hiding"); a place named after its possessor is the place ("urged China's major coal-producing province of Shanxi").
 * An age between a name and its description does not hide the name from the verb ("Ahmed Ali, 30, a member of Hamas,
 * was arrested"). Criticism amid or under which one acts, or whose target one is, is of that one, not by it ("resigned
 * amid criticism of his performance", "has been a target of criticism"). A participle between commas right after a name,
 * the main verb after them, tells what was done to the name, even when the tagger reads a past tense ("Jacques Attali,
 * criticized for his lavish spending, resigned"). Who comes under fire or attack suffers it, from the party after
 * "from" or "by"; fire or attack from a body "for" or "over" what one did is criticism ("came under fire from opposition
 * lawmakers over the deal"). A verb of charging the tagger reads as a participle is active when a noun phrase stands
 * between it and its preposition ("The rebels accused/VBN government troops of killing"), and is no modifier of a group.
 * The possessor of an act done to someone is its doer when the one it was done to follows "of" ("Israel's killing of three
 * militants"), its sufferer otherwise ("the suspects' arrest"). A relative clause opened by "whose" is passed on the way
 * back to a verb's subject, as one opened by "who" or "which" ("Abbas, whose Fatah party lost the election, called for").
 */
class EventArgumentsOfRound63Test {

    @Test
    void whoActsAtARequestWasAsked() {
        EventMention request = EventsOf.byRules("REQUEST", "Washington deployed the ships at the request of the Philippine government.");
        assertEquals("Washington", EventsOf.recipient(request));
        request = EventsOf.byRules("REQUEST", "The army sent engineers to the province following a request from the regional governor.");
        assertEquals("army", EventsOf.recipient(request));
    }

    @Test
    void aRequestHeldAtInThePassiveNamesNoOneAsked() {
        EventMention request = EventsOf.byRules("REQUEST", "The talks were arranged at Seoul's request.");
        org.junit.jupiter.api.Assertions.assertNull(EventsOf.recipient(request));
    }

    @Test
    void whoCavesInOrBendsWasPressed() {
        EventMention pressure = EventsOf.byRules("REQUEST", "The prime minister caved in to pressure from the unions on Monday.");
        assertEquals("prime minister", EventsOf.recipient(pressure));
        EventMention demands = EventsOf.byRules("REQUEST", "The Islamists' refusal to bend to Western demands angered Brussels.");
        assertEquals("Islamists", EventsOf.recipient(demands));
    }

    @Test
    void harmInAFightWithASideWasDoneByIt() {
        EventMention killed = EventsOf.byRules("ASSAULT", "A soldier was killed and two others injured Monday in a clash with Taliban"
                + " fighters.");
        assertEquals(java.util.List.of("Taliban"), EventsOf.actors(killed));
        assertEquals("soldier", EventsOf.recipient(killed));
        killed = EventsOf.byRules("ASSAULT", "Two soldiers were killed in an encounter with militants on Sunday.");
        assertEquals(java.util.List.of("militants"), EventsOf.actors(killed));
    }

    @Test
    void theSideOfTheHarmedInAFightBetweenTwoWasAttacked() {
        EventMention clash = EventsOf.byRules("ASSAULT", "Three policemen were killed in a clash between the Indian police and Maoist"
                + " rebels.");
        assertEquals(java.util.List.of("rebels"), EventsOf.actors(clash));
        assertEquals("Indian police", EventsOf.recipient(clash));
    }

    @Test
    void theOccupantsOfABuildingStormedAreItsTarget() {
        EventMention stormed = EventsOf.byRules("ASSAULT", "Israeli soldiers stormed a house where Hamas commander Amjan Hannawi was"
                + " hiding.");
        assertEquals("Amjan Hannawi", EventsOf.recipient(stormed));
        stormed = EventsOf.byRules("ASSAULT", "About 100 troops stormed the building where Marxist rebels had holed up for four months.");
        assertEquals("rebels", EventsOf.recipient(stormed));
    }

    @Test
    void aPlaceNamedAfterItsPossessorIsThePlace() {
        EventMention urged = EventsOf.byRules("REQUEST", "The vice-premier urged China's major coal-producing province of Shanxi to"
                + " turn its economy to a sustainable track.");
        assertEquals("Shanxi", EventsOf.recipient(urged));
    }

    @Test
    void anAgeBetweenANameAndItsDescriptionKeepsTheName() {
        EventMention arrested = EventsOf.byRules("COERCE", "Ahmed Ali, 30, a member of Hamas, was arrested on Monday.");
        assertEquals("Ahmed Ali", EventsOf.recipient(arrested));
    }

    @Test
    void criticismAmidWhichOrUnderWhichOneActsIsOfIt() {
        EventMention criticism = EventsOf.byRules("ACCUSE", "The general resigned amid criticism of his performance during the war.");
        assertEquals(java.util.List.of(), EventsOf.actors(criticism));
        assertEquals("general", EventsOf.recipient(criticism));
        criticism = EventsOf.byRules("ACCUSE", "Rumsfeld has been a target of criticism over the conduct of the war.");
        assertEquals("Rumsfeld", EventsOf.recipient(criticism));
    }

    @Test
    void aParticipleBetweenCommasAfterANameWasDoneToIt() {
        EventMention criticised = EventsOf.byRules("ACCUSE", "Jacques Attali, criticized for his lavish spending, resigned in 1993.");
        assertEquals(java.util.List.of(), EventsOf.actors(criticised));
        assertEquals("Jacques Attali", EventsOf.recipient(criticised));
    }

    @Test
    void whoComesUnderFireSuffersItFromTheOtherSide() {
        EventMention attack = EventsOf.byRules("ASSAULT", "The convoy came under attack from insurgents near Baghdad.");
        assertEquals(java.util.List.of("insurgents"), EventsOf.actors(attack));
        assertEquals("convoy", EventsOf.recipient(attack));
        EventMention criticism = EventsOf.byRules("ACCUSE", "The minister came under fire from opposition lawmakers over the deal.");
        assertEquals(java.util.List.of("opposition lawmakers"), EventsOf.actors(criticism));
        assertEquals("minister", EventsOf.recipient(criticism));
    }

    @Test
    void aChargeWithItsObjectBeforeThePrepositionIsActive() {
        EventMention accused = EventsOf.byRules("ACCUSE", "The rebels accused government troops of killing civilians, a charge the"
                + " army denied.");
        assertEquals(java.util.List.of("rebels"), EventsOf.actors(accused));
        assertEquals("government troops", EventsOf.recipient(accused));
    }

    @Test
    void aPossessorBeforeAnActOfWithItsPatientDidIt() {
        EventMention killing = EventsOf.byRules("ASSAULT", "The army's killing of three protesters angered the opposition.");
        assertEquals(java.util.List.of("army"), EventsOf.actors(killing));
        assertEquals("protesters", EventsOf.recipient(killing));
    }

    @Test
    void aWhoseClauseIsPassedOnTheWayToTheSubject() {
        EventMention call = EventsOf.byRules("REQUEST", "Abbas, whose Fatah party lost the election, called for early polls.");
        assertEquals(java.util.List.of("Abbas"), EventsOf.actors(call));
    }
}
