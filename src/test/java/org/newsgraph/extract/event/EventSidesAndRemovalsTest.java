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
 * Forty-eighth round: two sides that fight each other, wars fought or waged, parties removed by an attack, owners
 * named by "whose", and fire returned at those who attacked first. The rules are tested alone.
 */
class EventSidesAndRemovalsTest {

    @Test
    void twoSidesThatClashFightEachOther() {
        EventMention e = byRules("ASSAULT", "Security forces and guerrillas clashed at Sapsu Khola area of Khotang district.");
        assertEquals(List.of("forces"), actors(e));
        assertEquals("guerrillas", recipient(e));
        // one side named as the subject keeps the other as the one fought
        EventMention one = byRules("ASSAULT", "Rebels fought the army near the town.");
        assertEquals(List.of("Rebels"), actors(one));
        assertEquals("army", recipient(one));
    }

    @Test
    void aWarFoughtOrWagedIsAnAttack() {
        EventMention e = byRules("ASSAULT", "Iran and Iraq fought a lengthy war from 1980 to 1988.");
        assertEquals(List.of("Iran"), actors(e));
        assertEquals("Iraq", recipient(e));
        assertEquals(List.of("PKK"), actors(byRules("ASSAULT", "The PKK has been waging a separatist war in southeastern"
                + " Turkey since 1984.")));
        // not a war of words
        assertTrue(noAssertedByRules("ASSAULT", "The two sides are fighting a war of words."));
    }

    @Test
    void aPartyRemovedByAnAttackIsItsTarget() {
        EventMention e = byRules("ASSAULT", "The insurgency launched after the Taliban were toppled in a US-led offensive in"
                + " late 2001 has been at its fiercest this year.");
        assertEquals(List.of("US"), actors(e));
        assertEquals("Taliban", recipient(e));
        // the owner a "whose" names stands for its regime
        assertEquals("Taliban", recipient(byRules("ASSAULT", "The Taliban, whose regime was toppled in a US-led invasion five"
                + " years ago, have stepped up their fight.")));
    }

    @Test
    void fireIsReturnedAtTheAttackers() {
        assertEquals("attackers", recipient(byRules("ASSAULT", "US troops returned fire and cordoned off the area and searched"
                + " for the attackers, he added.")));
        assertEquals("assailants", recipient(byRules("ASSAULT", "Seriously wounded, he nonetheless returned fire, but"
                + " apparently missed his assailants.")));
    }

    @Test
    void armsRecoveredByAForceAreSeized() {
        EventMention e = byRules("COERCE", "Israeli army forces recovered a handgun, two hunting rifles and ammunition.");
        assertEquals("seize", e.mode());
        assertEquals(List.of("Israeli army"), actors(e));
        // a recovery of anything else seizes nothing
        assertTrue(noAssertedByRules("COERCE", "The economy recovered a little ground in the third quarter."));
    }

    @Test
    void sanctionsNamedByTheirImposerWereImposedByIt() {
        EventMention e = byRules("SANCTION", "Iran's parliament on Wednesday approved a bill in retaliation for Security Council"
                + " sanctions imposed on Tehran.");
        assertEquals(List.of("Security Council"), actors(e));
        assertEquals("Tehran", recipient(e));
    }

    @Test
    void aidNamedByItsGiverIsGiven() {
        assertEquals(List.of("Japan"), actors(byRules("AID", "India replaced China as the top destination for Japan's"
                + " low-interest loans.")));
        assertEquals(List.of("IMF"), actors(byRules("AID", "Turkey is implementing the program with the support of a"
                + " 10-billion-dollar IMF loan.")));
        // aid workers, agencies and a freeze of aid give nothing
        assertTrue(noAssertedByRules("AID", "A British aid worker was shot dead in southern Sudan."));
        assertTrue(noAssertedByRules("AID", "The territories are in crisis because of a Western aid freeze."));
    }

    @Test
    void aWarningOfWhatWillHappenIsAThreat() {
        EventMention e = byRules("THREATEN", "\"This motion will be like Denmark lifting a rock only to drop it on its own head,\""
                + " foreign ministry spokesman Shen Guofang warned earlier Thursday.");
        assertEquals(List.of("Shen Guofang"), actors(e));
        assertEquals("Denmark", recipient(e));
        // what could happen is a forecast
        assertTrue(noAssertedByRules("THREATEN", "\"Any violence in Kosovo could derail the process,\" a senior US diplomat"
                + " warned on Monday."));
    }

    @Test
    void aRevoltToldAsOneOccurrenceIsAProtest() {
        EventMention e = byRules("PROTEST", "Eight countries have committed troops to Operation Alba in the wake of an armed"
                + " uprising against President Sali Berisha.");
        assertEquals("Sali Berisha", recipient(e));
        assertTrue(actors(e).isEmpty(), () -> actors(e).toString()); // not the clause's subject
        assertEquals(List.of("people"), actors(byRules("PROTEST", "He seized power in a coup in March 1982 but was ousted by a"
                + " people's revolt in 1990.")));
        // a years-long insurgency is not coded
        assertTrue(noAssertedByRules("PROTEST", "Hamas has been behind most attacks over the course of the five-year"
                + " uprising."));
    }

    @Test
    void whatOneWillNotDoOrHasNoMindToIsARefusal() {
        EventMention e = byRules("REJECT", "Ugandan President Yoweri Museveni will not answer a call by rebels for talks.");
        assertEquals(List.of("Yoweri Museveni"), actors(e));
        assertEquals("rebels", recipient(e));
        assertEquals(List.of("Israel"), actors(byRules("REJECT", "Israel has no intention of allowing the passage of convoys"
                + " between Gaza and the West Bank.")));
        assertEquals(List.of("Iran"), actors(byRules("REJECT", "Iran was not ready to give in to demands to limit its work.")));
        // what one would not do is mostly a condition or a hope
        assertTrue(noAssertedByRules("REJECT", "Israel is interested in quiet, but would not accept attacks on its citizens."));
    }

    @Test
    void aPlaceCapturedIsTakenByForce() {
        EventMention e = byRules("ASSAULT", "Kabila was due to hold a meeting in Lubumbashi, Zaire's second city and its economic"
                + " hub, which was captured by the rebels 10 days ago.");
        assertEquals(List.of("rebels"), actors(e));
        assertEquals("Lubumbashi", recipient(e));
        assertEquals("Eastern Slavonia", recipient(byRules("ASSAULT", "The vote is a key step in returning Eastern Slavonia,"
                + " captured by Serbs in 1991, to Croatian rule.")));
        // a person captured is arrested
        assertEquals("COERCE", byRules("COERCE", "The leader, who was captured by police in Jakarta, will be tried.").category());
    }

    @Test
    void aChargeToldByWhatItSaysAccusesWhomItIsAbout() {
        // (the probe itself is the military's investigation, an accusation of its own)
        List<EventMention> charged = allByRules("A British military probe has found insufficient proof to back charges that"
                + " British troops raped hundreds of Kenyan women.").stream().filter(e -> "allege".equals(e.mode())).toList();
        assertEquals(1, charged.size(), () -> "charges " + charged);
        assertEquals("British troops", recipient(charged.get(0)));
        assertEquals("Priebke", recipient(byRules("ACCUSE", "Priebke has already been tried once before in connection with the"
                + " killings.")));
        // trying to do something is no trial
        assertTrue(noAssertedByRules("ACCUSE", "He has tried for years to win the seat."));
    }

    @Test
    void aRelativeClauseAfterTwoPartiesStandsForBoth() {
        EventMention e = allByRules("President Pervez Musharraf and Indian Prime Minister Manmohan Singh, who met in Havana,"
                + " had directed their officials to meet.").stream().filter(EventMention::asserted).findFirst().orElseThrow();
        assertEquals(List.of("Pervez Musharraf", "Manmohan Singh"), actors(e));
        assertEquals("Manmohan Singh", recipient(e));
    }

    @Test
    void giftsOfTheBodyAndPartyFundingAreNoAid() {
        assertTrue(noAssertedByRules("AID", "A father from Shenzhen has donated all of his dying son's organs to a hospital."));
        assertTrue(noAssertedByRules("AID", "The law does not cover political donations from Hong Kong residents to parties"
                + " overseas."));
        assertEquals("Red Cross", recipient(byRules("AID", "Japan donated 10 million dollars to the Red Cross.")));
    }

    @Test
    void aPartysDecisionOrInsistenceTellsWhoActs() {
        assertEquals(List.of("government"), actors(byRules("REQUEST", "Five Shiite ministers were protesting a government decision"
                + " to call for an international probe into the attacks.")));
        assertEquals(List.of("US"), actors(byRules("SUPPORT", "The Crisis Group criticised the US insistence on supporting"
                + " Prime Minister Nuri al-Maliki's coalition government.")));
    }

    @Test
    void aPairNamedElsewhereInTheSentenceStandsForTheTwo() {
        EventMention e = byRules("AGREE", "The two leaders agreed on the schedule the day after Abe took office.");
        assertEquals(List.of("Abe"), actors(e));
        // no names, no change
        assertEquals(List.of("two sides"), actors(byRules("AGREE", "The two sides have agreed to open up a hotline.")));
    }
}
