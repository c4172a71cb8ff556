package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One-hundredth round: constructions of wire copy the rules read wrongly, found by running short sentences written anew
 * for each (a party's role in a deed, a deed in an opening phrase, "in protest at", aid appealed for, ages the tokenizer
 * splits, rapes, acronyms in a list, a noun's participle with its agent, "anti-government", invitations, a name before
 * "who", a side named inside an attack's noun, a document's
 * author, a spokesman's body). Every test failed on the code before the round; the look-alikes inside them guard what the rules must leave alone.
 */
class EventArgumentsOfRound100Test {

    @Test
    void aPartysRoleInADeedMakesItTheDoer() {
        EventMention e = EventsOf.byRules("ASSAULT", "Samudra was sentenced to death for his role in the Bali bombings.");
        assertEquals(List.of("Samudra"), EventsOf.actors(e));
        EventMention implicated = EventsOf.byRules("ASSAULT", "The commander implicated senior officers of the army in a deadly"
                + " air strike on French forces.");
        assertEquals(List.of("senior officers"), EventsOf.actors(implicated));
    }

    @Test
    void anArrestInAnOpeningPhraseIsNotTheMainSubjects() {
        EventMention e = EventsOf.byRules("COERCE", "Following the arrest of the opposition leader, thousands of supporters took"
                + " to the streets of Dhaka.");
        assertEquals(List.of(), EventsOf.actors(e));
        assertEquals("opposition leader", EventsOf.recipient(e));
    }

    @Test
    void aProtestDoneInProtestIsTheSubjects() {
        EventMention e = EventsOf.byRules("PROTEST", "Turkey recalled its ambassador to France in protest at the genocide bill.");
        assertEquals(List.of("Turkey"), EventsOf.actors(e));
    }

    @Test
    void aidAppealedForIsNotGiven() {
        assertTrue(EventsOf.noAssertedByRules("AID", "The UN appealed for 50 million dollars in aid for flood victims in Kenya."));
        EventMention sentencing = EventsOf.byRules("COERCE", "He said that the NLD would appeal against the sentencing of Than Aung"
                + " to the high court.");
        assertTrue(sentencing.asserted(), "a sentence appealed against was passed");
    }

    @Test
    void anAgeSplitByTheTokenizerStaysInsideTheParty() {
        assertEquals("12-year-old girl", EventsOf.recipient(EventsOf.byRules("ASSAULT", "Soldiers raped a 12-year-old girl.")));
        assertEquals("35-year-old man", EventsOf.recipient(EventsOf.byRules("COERCE", "Police arrested a 35-year-old man in Leeds.")));
    }

    @Test
    void aRapeOfSomeoneBySomeoneElse() {
        EventMention e = EventsOf.byRules("ASSAULT", "The rape of a 12-year-old girl by soldiers angered residents.");
        assertEquals(List.of("soldiers"), EventsOf.actors(e));
        assertEquals("12-year-old girl", EventsOf.recipient(e));
    }

    @Test
    void aListMemberBeforeItsAcronym() {
        EventMention e = EventsOf.byRules("AGREE", "The Asian Development Bank (ADB) and Japan signed a loan agreement.");
        assertEquals(List.of("Asian Development Bank", "Japan"), EventsOf.actors(e));
        EventMention apposition = EventsOf.byRules("REQUEST", "The President of the Cabinda Forum for Dialogue (FCD), Antonio Bento"
                + " Bembe has called for the adhesion to the peace process.");
        assertEquals(List.of("Antonio Bento Bembe"), EventsOf.actors(apposition), "an apposition, not a list");
    }

    @Test
    void aNounsParticipleWithItsAgentAfterAComma() {
        EventMention e = EventsOf.byRules("AGREE", "The exercises, agreed on by Chinese leaders, began on Monday.");
        assertEquals(List.of("Chinese leaders"), EventsOf.actors(e));
    }

    @Test
    void twoAgentsOfASymmetricPassiveAreItsTwoSides() {
        EventMention e = EventsOf.byRules("AGREE", "The event is the second phase of the joint Sino-American exercises, agreed on"
                + " by Chinese and U.S. military leaders.");
        assertEquals("U.S. military leaders", EventsOf.recipient(e));
    }

    @Test
    void anAntiGovernmentProtestIsAgainstTheGovernment() {
        EventMention e = EventsOf.byRules("PROTEST", "Thousands joined anti-government demonstrations in Dhaka.");
        assertEquals("government", EventsOf.recipient(e));
    }

    @Test
    void aVisitIsToTheHostWhoInvitedIt() {
        EventMention e = EventsOf.byRules("CONSULT", "The delegation arrived here on Saturday for a visit at the invitation of the"
                + " Cambodian People's Party.");
        assertEquals("Cambodian People's Party", EventsOf.recipient(e));
    }

    @Test
    void aNameNoTaggerTookBeforeWhoIsAPerson() {
        EventMention e = EventsOf.byRules("SUPPORT", "Som, who arrived on Monday, praised the vice president.");
        assertEquals(List.of("Som"), EventsOf.actors(e));
    }

    @Test
    void aSideNamedInsideAnAttacksNounDidIt() {
        EventMention e = EventsOf.byRules("ASSAULT", "Pinochet escaped a guerrilla ambush that killed five bodyguards.");
        assertEquals(List.of("guerrilla"), EventsOf.actors(e));
        assertEquals("Pinochet", EventsOf.recipient(e));
    }

    @Test
    void aDocumentSpeaksForItsAuthor() {
        EventMention e = EventsOf.byRules("ACCUSE", "A statement by Hamas condemned the attack.");
        assertEquals(List.of("Hamas"), EventsOf.actors(e));
        EventMention letter = EventsOf.byRules("ACCUSE", "A letter attributed to Litvinenko accused Putin of ordering his poisoning.");
        assertEquals(List.of("Litvinenko"), EventsOf.actors(letter));
        EventMention report = EventsOf.byRules("ACCUSE", "A report on the attack by the army criticised the government.");
        assertEquals(List.of(), EventsOf.actors(report), "the army's attack, not its report");
    }

    @Test
    void aSpokesmanForABodySpeaksForIt() {
        EventMention e = EventsOf.byRules("ASSAULT", "A spokesman for the Taliban claimed responsibility for the attack.");
        assertEquals(List.of("Taliban"), EventsOf.actors(e));
        EventMention minister = EventsOf.byRules("REQUEST", "The minister for foreign affairs urged Kenya to reopen the border.");
        assertEquals(List.of("minister for foreign affairs"), EventsOf.actors(minister), "a portfolio, not a body spoken for");
    }
}
