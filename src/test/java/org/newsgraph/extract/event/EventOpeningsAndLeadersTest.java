package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.allByRules;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.noAssertedByRules;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fiftieth round (read from the pool's misses): long opening participles, names glued to "-led" or "-blamed", groups
 * after a hyphenated modifier, stations attacked, aid that came in from a party, and deeds only supposed or promised.
 * The rules are tested alone.
 */
class EventOpeningsAndLeadersTest {

    @Test
    void aLongOpeningParticipleTellsOfTheMainSubject() {
        EventMention e = byRules("ACCUSE", "Accused of fraud and human rights abuses during his 1973-1990 regime, Pinochet was"
                + " first ordered under house arrest in late October.");
        assertEquals("Pinochet", recipient(e));
        // one who arrested is no one arrested
        assertTrue(allByRules("Arrested by then Colonel Mobutu in December, he died two months later.").stream()
                .noneMatch(x -> "Mobutu".equals(recipient(x))));
    }

    @Test
    void aNameGluedToLedOrBlamedDidTheDeed() {
        assertEquals(List.of("Taliban"), actors(byRules("ASSAULT", "There has been an upsurge in Taliban-blamed suicide attacks"
                + " in the past weeks.")));
        EventMention e = byRules("ASSAULT", "Some 4,000 people have died in Taliban-led violence this year alone.");
        assertEquals(List.of("Taliban"), actors(e));
        assertEquals("people", recipient(e));
        assertEquals(List.of("Hezbollah"), actors(byRules("PROTEST", "Thousands joined Hezbollah-led protests in Beirut.")));
    }

    @Test
    void forcesLedByAPartyAreThatParty() {
        EventMention e = byRules("ASSAULT", "US-led forces invaded Iraq in March 2003.");
        assertEquals(List.of("US"), actors(e));
        assertEquals("Iraq", recipient(e));
    }

    @Test
    void aGroupAfterAHyphenatedModifierIsNamedWithoutAStrayHyphen() {
        EventMention e = byRules("MOBILIZE", "Somalia's government plans to impose martial law now that its Ethiopia-backed forces"
                + " have arrived in Mogadishu.");
        assertTrue(actors(e).stream().noneMatch(a -> a.startsWith("-")), actors(e).toString());
        assertEquals(List.of("Government-backed militias"), actors(byRules("ASSAULT", "Government-backed militias attacked the"
                + " village on Monday.")));
    }

    @Test
    void aStationAttackedIsTheTarget() {
        assertEquals("police station", recipient(byRules("ASSAULT", "Gunmen attacked a police station in southern Nigeria.")));
    }

    @Test
    void aidThatCameInFromAPartyIsThatPartys() {
        String text = "Malaysia has promised a plane with 20 tonnes of supplies, aid has come in from Japan and more is expected.";
        assertEquals(List.of("Japan"), actors(byRules("AID", "aid", text)));
        // one-hundred-first round: supplies promised are aid too, the promiser's
        assertEquals(List.of("Malaysia"), actors(byRules("AID", "promised", text)));
    }

    @Test
    void aDeedInAPossibilityRuledOutIsNotTold() {
        assertTrue(noAssertedByRules("ASSAULT", "The Dutch defense ministry has ruled out the possibility that the aircraft was"
                + " shot down by Taliban fighters."));
    }

    @Test
    void theMeansOfAThreatenedActAreStillToCome() {
        assertTrue(noAssertedByRules("REJECT", "Belarus threatens to retaliate by refusing to allow transit of Russian gas."));
        assertTrue(noAssertedByRules("ASSAULT", "The rebels vowed to retaliate by attacking government troops."));
        // means of a deed done are done
        assertEquals("rebel positions", recipient(byRules("ASSAULT", "The army responded by shelling rebel positions.")));
        assertEquals("government officials", recipient(byRules("ASSAULT", "Police believe the attackers were insurgents wishing"
                + " to extend the atmosphere of fear by shooting government officials.")));
    }

    @Test
    void talksAgreedToOrAVisitAheadAreStillToCome() {
        assertTrue(noAssertedByRules("CONSULT", "Rebel leader Laurent Kabila has agreed to historic face-to-face talks with Zaire's"
                + " President Mobutu Sese Seko."));
        assertTrue(noAssertedByRules("CONSULT", "Alistair Darling said in the weekend before his visit to China that trade would"
                + " grow."));
        // talks held before something else are held
        assertEquals(List.of("Abbas"), actors(byRules("CONSULT", "Abbas held talks with Olmert before the summit.")));
    }

    @Test
    void aQuestionTellsNothing() {
        assertTrue(noAssertedByRules("ASSAULT", "\"How can I fight people in military or government uniforms?\" he asked."));
        assertTrue(noAssertedByRules("ASSAULT", "Will Israel attack Iran?"));
        assertEquals("Gaza", recipient(byRules("ASSAULT", "Israel attacked Gaza, he said, asking: \"What is next?\"")));
    }

    @Test
    void attacksKeptOffOrThreatenedAreNotTold() {
        assertTrue(noAssertedByRules("ASSAULT", "The zone was set up to protect Iraqi Kurds from air attack by Baghdad."));
        assertTrue(noAssertedByRules("ASSAULT", "The group is threatening to continue its attacks in Iraq."));
        assertEquals(List.of("rebels"), actors(byRules("ASSAULT", "The rebels continued their attacks on Monday.")));
    }

    @Test
    void whatIsNeededIsNotHad() {
        assertTrue(noAssertedByRules("SUPPORT", "Zhang also pointed out that substantial support from the government is needed if"
                + " emissions were to be cut."));
        assertEquals("Israel", recipient(byRules("SUPPORT", "US support for Israel is strong.")));
    }

    @Test
    void disputesThreatenNoOneAndPetitionsAskForWhatIsNotDone() {
        assertTrue(noAssertedByRules("THREATEN", "Gazprom said the dispute threatens supplies through Ukraine to other European"
                + " countries."));
        assertTrue(noAssertedByRules("COERCE", "We have petitioned that they be arrested and be brought to justice."));
        assertTrue(noAssertedByRules("MOBILIZE", "Albania and Italy agreed Wednesday on the need for the speedy deployment of an"
                + " Italian-led force."));
        assertEquals(List.of("Russia"), actors(byRules("THREATEN", "Russia threatened to cut gas supplies.")));
    }

    @Test
    void howFarAnActGoesOrAnInterestInDoingItTellsNoAct() {
        assertTrue(noAssertedByRules("SUPPORT", "Four years of talks have largely stalled over the degree to which rich countries"
                + " offer financial support to farmers."));
        assertTrue(noAssertedByRules("AGREE", "Spain already showed their interest in signing a deal with Bangladesh."));
    }

    @Test
    void aGovernmentMeetingItselfConsultsNoOne() {
        assertTrue(noAssertedByRules("CONSULT", "China's State Council held an executive meeting Wednesday to approve the draft."));
        assertTrue(noAssertedByRules("CONSULT", "Bush convened a meeting of his top security advisers to find a way to stem the"
                + " bloodshed."));
        assertEquals("Olmert", recipient(byRules("CONSULT", "Abbas held a meeting with Olmert on Saturday.")));
    }

    @Test
    void peopleLetGoAfterObservationOrAnArrestARewardSeeksAreNoEvents() {
        assertTrue(noAssertedByRules("RETREAT", "The other 13 people held for observation were released on Nov. 24, the official"
                + " said."));
        assertTrue(noAssertedByRules("COERCE", "Police offered a reward for information leading to his capture."));
        assertEquals("prisoners", recipient(byRules("RETREAT", "Israel released 13 prisoners on Monday.")));
    }

    @Test
    void aPlayersStrikeInAMatchIsAShot() {
        assertTrue(noAssertedByRules("PROTEST", "His selection of Kanu for Sunday's match paid dividends six minutes after Viduka's"
                + " strike."));
        assertEquals(List.of("Football players"), actors(byRules("PROTEST", "Football players went on strike on Monday over"
                + " unpaid wages.")));
    }

    @Test
    void protestingOnesInnocenceAccusesNoOne() {
        assertTrue(noAssertedByRules("ACCUSE", "\"He is protesting his innocence vehemently at the moment,\" said McClaren."));
        assertEquals(List.of("Students"), actors(byRules("ACCUSE", "Students protested the decision.")));
    }
}
