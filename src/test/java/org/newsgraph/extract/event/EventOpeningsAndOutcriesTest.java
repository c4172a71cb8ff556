package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.noAssertedByRules;
import static org.newsgraph.extract.event.EventsOf.recipient;

import org.junit.jupiter.api.Test;

/**
 * Forty-sixth round: participles that open a sentence, outcries an act drew, protests lodged with a party, warrants,
 * partitive and paired subjects, and modifiers the tokenizer split at a hyphen. The rules are tested alone.
 */
class EventOpeningsAndOutcriesTest {

    @Test
    void thePartOfAGroupThatSufferedAPassiveNamesTheGroup() {
        EventMention e = byRules("ASSAULT", "The army also said that 20 of its troops were wounded during the fighting.");
        assertEquals("troops", recipient(e));
        assertEquals("bodyguards", recipient(byRules("ASSAULT", "One of Haniya's bodyguards was killed on Thursday.")));
    }

    @Test
    void anOutcryAnActDrewIsAnAccusationOfItsDoer() {
        EventMention e = byRules("ACCUSE", "Iranian President Mahmoud Ahmadinejad caused an international backlash in"
                + " October when he called for the Jewish state to be wiped off the map.");
        assertTrue(e.asserted());
        assertEquals("Mahmoud Ahmadinejad", recipient(e));
        assertTrue(actors(e).isEmpty());
        assertTrue(noAssertedByRules("ACCUSE", "India will send troops to Bihar because of fears of a backlash."));
    }

    @Test
    void aWarrantIsOutForWhomItNames() {
        assertEquals("Charles Taylor", recipient(byRules("ACCUSE", "The court issued a warrant for the arrest of Charles"
                + " Taylor.")));
        assertTrue(recipient(byRules("ACCUSE", "An arrest warrant has been issued for the former minister."))
                .endsWith("minister"));
    }

    @Test
    void bothSidesAreTheSubjectOfTheirAgreementButNoReceiverOfTalks() {
        assertEquals("Both sides", actors(byRules("AGREE", "Both sides agreed to take active measures to enhance trade"
                + " cooperation.")).get(0));
        assertNull(recipient(byRules("CONSULT", "Prakash's comments came after final peace talks between the two sides"
                + " failed Thursday.")));
    }

    @Test
    void aParticipleOpeningASentenceIsTheActOfItsMainSubject() {
        EventMention e = byRules("ACCUSE", "Slamming the council for its passivity in tackling the issue, the Chinese"
                + " ambassador said that the powerful body should act.");
        assertTrue(e.asserted());
        assertTrue(actors(e).get(0).endsWith("ambassador"));
        assertEquals("council", recipient(e));
        assertTrue(noAssertedByRules("CONSULT", "Visiting former Malaysian prime minister, Mahathir Mohamad, said on"
                + " Tuesday world safety has worsened."));
    }

    @Test
    void anOpeningPassiveParticipleTellsWhatTheMainSubjectUnderwent() {
        EventMention e = byRules("ACCUSE", "Accused of fraud and human rights abuses during his regime, Pinochet was first"
                + " ordered under house arrest in late October.");
        assertEquals("Pinochet", recipient(e));
        EventMention arrest = byRules("COERCE", "Arrested by then Colonel Mobutu in December, he died two months later.");
        assertTrue(actors(arrest).get(0).endsWith("Mobutu"));
    }

    @Test
    void aProtestLodgedWithAPartyOrThroughDiplomacyIsVerbal() {
        assertTrue(byRules("ACCUSE", "The party has strongly protested \"the discriminatory attitude\" of the television"
                + " channel.").asserted());
        assertTrue(noAssertedByRules("PROTEST", "The party has strongly protested \"the discriminatory attitude\" of the"
                + " television channel."));
        assertEquals("judge", recipient(byRules("ACCUSE", "He carried files and papers, after his protests to the judge"
                + " Monday that he had been forced to take notes on his hands.")));
        assertTrue(byRules("ACCUSE", "The Department of Foreign Affairs sent a diplomatic protest to Beijing.").asserted());
    }

    @Test
    void aModifierSplitAtAHyphenStaysInThePhrase() {
        assertEquals("high-ranking official", recipient(byRules("COERCE", "Police arrested a high-ranking official.")));
        assertEquals("well-known journalist", recipient(byRules("ASSAULT", "Gunmen killed a well-known journalist.")));
    }

    @Test
    void insistingThatAnotherActsOrAdvisingItIsARequest() {
        EventMention e = byRules("REQUEST", "Wu Yi accepted the need for greater flexibility, but insisted that the WTO"
                + " members take into account China's current level of economic development.");
        assertEquals("Wu Yi", actors(e).get(0));
        assertTrue(noAssertedByRules("REQUEST", "The rebels insist that they control the town."));
        assertTrue(noAssertedByRules("REQUEST", "They insisted that the charges are false."));
        EventMention advice = byRules("REQUEST", "Praful C Patel, vice president of World Bank, recently advised the"
                + " government of Bangladesh to nab the bomb attackers at any cost.");
        assertEquals("Bangladesh", recipient(advice));
        assertTrue(noAssertedByRules("REQUEST", "Though Mahathir was advised to rest, he has already started receiving"
                + " visitors."));
    }

    @Test
    void removalsFromAPostOrAContestAndTalksWalkedOutOfAreSanctions() {
        assertEquals("Kenya", recipient(byRules("SANCTION", "The world's soccer governing body indefinitely suspended Kenya"
                + " from international competition on October 24.")));
        assertEquals("Qiu Xiaohua", recipient(byRules("SANCTION", "China's central bank has removed the country's former"
                + " statistics chief Qiu Xiaohua from its monetary policy consulting body.")));
        assertEquals("Canada", actors(byRules("SANCTION", "Canada walked away from the bargaining table in August to protest"
                + " Washington's handling of the issue.")).get(0));
        assertTrue(noAssertedByRules("SANCTION", "Doctors removed a tumour from his body."));
    }

    @Test
    void peopleSnatchedAreKidnappedButNotAVictoryOrADemocracy() {
        EventMention e = byRules("ASSAULT", "Three days ago gunmen wearing military uniforms snatched dozens of businessmen"
                + " from a commercial street in Baghdad.");
        assertEquals("gunmen", actors(e).get(0));
        assertTrue(recipient(e).endsWith("businessmen"));
        assertTrue(noAssertedByRules("ASSAULT", "Federer snatched victory in the final set."));
        assertTrue(noAssertedByRules("ASSAULT", "She urged the world to restore the democracy snatched away by the ruling"
                + " military junta."));
    }

    @Test
    void talksToldByThePartiesTheyInvolve() {
        EventMention e = byRules("CONSULT", "The talks involve China, the Democratic People's Republic of Korea, the United"
                + " States, Republic of Korea, Russia and Japan.");
        assertEquals(6, actors(e).size());
        assertEquals("China", actors(e).get(0));
        assertTrue(noAssertedByRules("CONSULT", "The talks included a dinner."));
    }

    @Test
    void supportHeldOfAPartyIsGivenByIt() {
        EventMention e = byRules("SUPPORT", "The rebel troops also benefitted from the active support of the local"
                + " population, in Kipushi.");
        assertTrue(actors(e).get(0).endsWith("population"));
        assertTrue(recipient(e).endsWith("rebel troops"));
        assertTrue(noAssertedByRules("SUPPORT", "He won the support of the Liberal Democrats."));
    }

    @Test
    void menSentToHelpAnotherAreAidNotAShowOfForce() {
        EventMention e = byRules("AID", "Italy sent a contingent afterwards to help reconstruction.");
        assertEquals("Italy", actors(e).get(0));
        assertTrue(noAssertedByRules("MOBILIZE", "The Islamists say Ethiopia has sent thousands of troops across the border"
                + " to protect the weak Somali interim government."));
        assertTrue(noAssertedByRules("AID", "The army sent troops to crush the rebellion."));
    }

    @Test
    void aTitleAfterACommonNounIsTheWholeDescription() {
        assertEquals("party leader", actors(byRules("REQUEST", "The party leader called for new elections.")).get(0));
        assertEquals("opposition leader", actors(byRules("REQUEST", "The opposition leader demanded early elections."))
                .get(0));
    }
}
