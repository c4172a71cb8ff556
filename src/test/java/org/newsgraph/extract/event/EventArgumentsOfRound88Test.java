package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Eighty-eighth round, the rules alone: fighting between two sides that the tagger reads as a gerund; people who died
 * during a clash or of wounds from enemy action; forces asked for are not the ones asked; armed groups in the
 * spellings of wire copy; the ally glued to a group's name; a party said to be to blame; troops pulled out past their
 * adjectives; exercises and war games; suicide bombers with a vehicle, vehicles rammed into a target; a deal broken
 * or a crime committed, reported; money earmarked for a region; places described at length, by a bearing or inside
 * a country.
 */
class EventArgumentsOfRound88Test {

    @Test
    void fightingBetweenTwoSidesIsAnAssaultWhereverItStands() {
        EventMention opening = EventsOf.byRules("ASSAULT", "Fighting between government troops and rebels erupted on Monday.");
        assertEquals(List.of("government troops"), EventsOf.actors(opening));
        assertEquals("rebels", EventsOf.recipient(opening));
        EventMention existential = EventsOf.byRules("ASSAULT", "There was fighting between the army and the rebels.");
        assertEquals(List.of("army"), EventsOf.actors(existential));
        assertEquals("rebels", EventsOf.recipient(existential));
    }

    @Test
    void theOneWhoDiedDuringAClashIsItsVictim() {
        assertEquals("Saad al-Qardahi", EventsOf.recipient(EventsOf.byRules("ASSAULT",
                "In Maarib, independent candidate Saad al-Qardahi died during a clash, police said.")));
        assertEquals("soldier", EventsOf.recipient(EventsOf.byRules("ASSAULT", "A soldier died in a clash with rebels on Monday.")));
    }

    @Test
    void theOneWhoDiedOfWoundsFromEnemyActionIsItsVictim() {
        assertEquals("marine", EventsOf.recipient(EventsOf.byRules("ASSAULT", "One marine, assigned to Regimental Combat Team 5, "
                + "died Saturday from wounds sustained due to enemy action while operating in Anbar province.")));
    }

    @Test
    void forcesAskedForAreNotTheOnesAsked() {
        assertNull(EventsOf.recipient(EventsOf.byRules("REQUEST", "The UN appealed for more troops for Darfur.")));
        assertNull(EventsOf.recipient(EventsOf.byRules("REQUEST", "NATO asked for 5,000 soldiers.")));
        assertNull(EventsOf.recipient(EventsOf.byRules("REQUEST", "Annan appealed for more peacekeepers to be sent to Darfur.")));
        assertEquals("Netanyahu", EventsOf.recipient(EventsOf.byRules("REQUEST", "Peres called for Netanyahu to resign.")));
        assertEquals("member states", EventsOf.recipient(EventsOf.byRules("REQUEST", "The UN appealed to member states for more troops.")));
    }

    @Test
    void armedGroupsInTheSpellingsOfWireCopyAreParties() {
        assertEquals("al-Qaida commander", EventsOf.recipient(EventsOf.byRules("COERCE", "Police arrested a senior al-Qaida commander.")));
        assertEquals("Abu Sayyaf commander", EventsOf.recipient(EventsOf.byRules("COERCE",
                "Police arrested a senior Abu Sayyaf commander.")));
    }

    @Test
    void theAllyGluedToAGroupsNameIsNotTheGroup() {
        assertEquals("Jemaah Islamiyah", EventsOf.recipient(EventsOf.byRules("ACCUSE",
                "The attacks were blamed on the Al Qaeda-linked Jemaah Islamiyah network.")));
    }

    @Test
    void aPartyTheSpeakerSaysIsToBlameIsAccused() {
        EventMention e = EventsOf.byRules("ACCUSE", "Israel said Hezbollah was to blame for the violence.");
        assertEquals(List.of("Israel"), EventsOf.actors(e));
        assertEquals("Hezbollah", EventsOf.recipient(e));
        assertTrue(EventsOf.allByRules("Hosny said neither Israel nor Syria was to blame for the attack.").stream()
                .noneMatch(x -> x.category().equals("ACCUSE")));
        assertTrue(EventsOf.allByRules("Hosny said neither Israel nor Syria was behind the attack.").stream()
                .noneMatch(x -> x.category().equals("ACCUSE")));
    }

    @Test
    void troopsPulledOutPastTheirAdjectives() {
        assertEquals(List.of("Syria"), EventsOf.actors(EventsOf.byRules("RETREAT", "Syria pulled its last troops out of Lebanon.")));
        assertEquals(List.of("Syria"), EventsOf.actors(EventsOf.byRules("RETREAT",
                "Syria pulled its remaining 5,000 troops out of Lebanon.")));
    }

    @Test
    void aStatesOwnExercisesAreAShowOfForceJointOnesCooperation() {
        assertEquals(List.of("Iran"), EventsOf.actors(EventsOf.byRules("MOBILIZE", "Iran began military exercises in the Gulf on Sunday.")));
        assertEquals(List.of("Iran"), EventsOf.actors(EventsOf.byRules("MOBILIZE", "Iran held war games in the Gulf.")));
        EventsOf.byRules("COOPERATE", "The two countries began joint war games on Monday.");
        assertTrue(EventsOf.noAssertedByRules("MOBILIZE", "The two countries began joint war games on Monday."));
    }

    @Test
    void aSuicideBomberWithAVehicleAndAVehicleRammedIntoATarget() {
        assertEquals("suicide-bombing", EventsOf.byRules("ASSAULT", "A suicide car bomber rammed a police checkpoint.").mode());
        assertEquals("suicide-bombing", EventsOf.byRules("ASSAULT", "A suicide car bomber struck a police checkpoint in Baghdad.").mode());
        assertEquals(List.of("Militants"), EventsOf.actors(EventsOf.byRules("ASSAULT",
                "Militants rammed a car laden with explosives into a US convoy.")));
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "The government rammed the bill through parliament."));
    }

    @Test
    void aDealBrokenOrACrimeCommittedThatASpeakerReportsIsACharge() {
        EventMention broken = EventsOf.byRules("ACCUSE", "The rebels said government troops had broken the truce.");
        assertEquals(List.of("rebels"), EventsOf.actors(broken));
        assertEquals("government troops", EventsOf.recipient(broken));
        assertEquals("army", EventsOf.recipient(EventsOf.byRules("ACCUSE", "The report said the army had committed war crimes.")));
        assertTrue(EventsOf.noAssertedByRules("ACCUSE", "He said the team had broken the record."));
        assertTrue(EventsOf.noAssertedByRules("ACCUSE", "The US military has denied that its soldiers committed any crimes."));
        assertTrue(EventsOf.noAssertedByRules("ACCUSE", "Pakistan denied that it had violated the ceasefire."));
    }

    @Test
    void moneyEarmarkedForARegionIsAidABudgetIsNot() {
        assertEquals(List.of("EU"), EventsOf.actors(EventsOf.byRules("AID", "The EU earmarked 50 million euros for Darfur.")));
        assertTrue(EventsOf.noAssertedByRules("AID", "The government has allocated 198 billion kwacha for the implementation of the plan."));
    }

    @Test
    void placesDescribedAtLengthOrByABearingOrInsideACountry() {
        assertEquals("Basra", EventsOf.byRules("ASSAULT", "A bomb killed five people in the southern city of Basra.").place().text());
        assertEquals("Goma", EventsOf.byRules("ASSAULT", "Rebels attacked a village 50 kilometres north of Goma.").place().text());
        assertEquals("Anbar province", EventsOf.byRules("ASSAULT", "US troops killed 10 insurgents in Iraq's Anbar province.")
                .place().text());
        assertEquals("Guangdong province", EventsOf.byRules("COERCE",
                "Police arrested three men in China's southern Guangdong province.").place().text());
    }
}
