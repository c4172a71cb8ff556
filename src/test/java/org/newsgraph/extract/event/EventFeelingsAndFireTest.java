package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.noAssertedByRules;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fifty-seventh round (read from the pool's and the read development sets' misses that no trigger rule had matched at
 * all): verbs in scare quotes, shock or outrage at a deed, regrets, instructions, munitions fired in the passive, meetings
 * told as held, parties briefed in person, what critics charge, expulsions from a body, exchanges of views, agreements as
 * the object of "agree", passives listed under a modal, hostages freed by force; in the second part, gerunds listed after a
 * proposed one and agreements described as signed. The rules are tested alone.
 */
class EventFeelingsAndFireTest {

    @Test
    void aVerbInScareQuotesIsStillThePredicate() {
        EventMention condemned = byRules("ACCUSE", "Chief Palestinian negotiator Saeb Erakat \"strongly condemned\" the attack,"
                + " describing it to AFP as a \"crime which is part of a framework of an Israeli escalation.\"");
        assertEquals(List.of("Saeb Erakat"), actors(condemned));
    }

    @Test
    void shockOrOutrageAtADeedCensuresIt() {
        EventMention outraged = byRules("ACCUSE", "Pro-Syrian President Emile Lahoud said he was \"outraged\" by the killing,"
                + " describing Tueni as Lebanon's \"symbol of freedom\".");
        assertEquals(List.of("Emile Lahoud"), actors(outraged));
        byRules("ACCUSE", "\"We are deeply shocked by the attack yesterday on displaced civilians taking refuge in a school.");
        // a feeling with nothing it is felt at censures no one
        assertTrue(noAssertedByRules("ACCUSE", "Sam Rainsy told mourners he \"was shocked and terribly sad\" but not"
                + " \"discouraged.\""));
    }

    @Test
    void aRegretAboutAnothersDoingIsACensure() {
        EventMention lamented = byRules("ACCUSE", "UN Secretary-General Kofi Annan on Tuesday lamented Monday's exchange of fire"
                + " across the Israel-Lebanon border.");
        assertEquals(List.of("Kofi Annan"), actors(lamented));
    }

    @Test
    void anInstructionIsARequest() {
        EventMention instructed = byRules("REQUEST", "The prime minister instructed the Armed Forces Development Command (AFDC)"
                + " to apply its engineering expertise to major projects.");
        assertEquals("Armed Forces Development Command", recipient(instructed));
    }

    @Test
    void munitionsFiredInThePassiveAreAnAttack() {
        EventMention fired = byRules("ASSAULT", "Palestinian hospital officials said they had also received Palestinians with"
                + " wounds from live ammunition fired by Israeli soldiers.");
        assertEquals(List.of("soldiers"), actors(fired));
        byRules("ASSAULT", "Although a handful of such rockets have been fired since in violation, the truce has held.");
        byRules("ASSAULT", "Two rockets were fired at the town.");
    }

    @Test
    void aMeetingToldAsHeldWasHeld() {
        EventMention meeting = byRules("CONSULT", "The party's powerful National Working Committee (NWC) said on Monday evening"
                + " this emerged from its weekly meeting held in Johannesburg earlier in the day.");
        assertEquals(List.of("NWC"), actors(meeting));
        byRules("CONSULT", "The two sides had a candid and in-depth exchange of views on bilateral ties.");
    }

    @Test
    void aPartyBriefedInPersonWasMet() {
        EventMention briefed = byRules("CONSULT", "Seniora briefed the king on the latest developments in Lebanon.");
        assertEquals("king", recipient(briefed));
        // a briefing for the press meets no party
        assertTrue(noAssertedByRules("CONSULT", "The spokesman briefed reporters on the budget."));
    }

    @Test
    void whatCriticsChargeIsTheirAccusation() {
        EventMention charge = byRules("ACCUSE", "But critics charge the case was chosen because it lacked the potential of the"
                + " other cases for stirring up political controversy.");
        assertEquals(List.of("critics"), actors(charge));
    }

    @Test
    void anExpulsionFromABoardIsAMembershipSanction() {
        EventMention expelled = byRules("SANCTION", "Former world cricket chief Jagmohan Dalmiya was on Saturday expelled from"
                + " the Indian cricket board on charges of misappropriation of funds.");
        assertEquals("Jagmohan Dalmiya", recipient(expelled));
        // out of a country it is an expulsion, not a sanction of membership
        byRules("COERCE", "Israel expelled the activists from the West Bank.");
    }

    @Test
    void aListOfPassivesUnderAModalIsStillToCome() {
        assertTrue(noAssertedByRules("ACCUSE", "If found guilty, he could be banned from office for five years, ordered to make"
                + " an apology, suspended, made to undergo training or be censured."));
        byRules("ACCUSE", "The two men were arrested in May and were charged with murder.");
        // a quotation opened inside the verb group leaves the modal in force
        assertTrue(noAssertedByRules("REQUEST", "Meanwhile, both parties should \"continue to instruct their party members and"
                + " supporters to do the same."));
        // a condition told by inversion
        assertTrue(noAssertedByRules("REJECT", "Media reports said it was to avoid possible embarrassment should he be refused"
                + " entry."));
        // a present tense after "as long as" is a condition
        assertTrue(noAssertedByRules("REQUEST", "British troops would \"stay as long as that government asks us to do so.\""));
    }

    @Test
    void hostagesFreedByForceWereRescuedNotReleased() {
        assertTrue(noAssertedByRules("RETREAT", "Two officers died Tuesday in the bold attack on the mansion that freed 71 of the"
                + " hostages."));
        // captives released after a raid that took them were released all the same
        byRules("RETREAT", "Thirteen of the 30 men snatched in Sunday's brazen raid by gunmen have been released.");
    }

    @Test
    void aGerundListedAfterAProposedOneIsProposedToo() {
        assertTrue(noAssertedByRules("RETREAT", "Baker will also recommend increasing the number of US army trainers, while"
                + " withdrawing troops from combat."));
        assertTrue(noAssertedByRules("RETREAT", "In particular, Rumsfeld favours placing more US trainers directly with Iraqi"
                + " units, withdrawing other American troops from combat into five large bases by July next year."));
        // "signed" describing agreements that are honoured tells no signing
        assertTrue(noAssertedByRules("AGREE", "Hamas still rejects international demands of recognizing Israel, honoring"
                + " signed peace deals with Israel."));
    }

    @Test
    void anAgreementCanBeTheObjectOfAgree() {
        EventMention deal = byRules("AGREE", "In the end the country agreed a deal with the mercenary company Sandline"
                + " International, which included two transport helicopters.");
        assertEquals("Sandline International", recipient(deal));
        assertTrue(noAssertedByRules("AGREE", "The 55 member states of the OSCE failed Tuesday to agree a joint declaration at"
                + " a ministerial meeting here."));
    }
}
