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
}
