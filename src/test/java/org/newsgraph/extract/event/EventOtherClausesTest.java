package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Thirtieth round: parties named by another clause or phrase of the same sentence. A demand answered was made of the one
 * who answers it; an act taken up by a later clause ("the move", "the invitation", "a charge rejected by") is answered to
 * the one who did it; the party behind attacks, charged with a deed whose toll a relative clause tells, or on whom attacks
 * are blamed is their attacker; holding a group for terrorist accuses it; a thing judged names its author past
 * quotation marks and the participle that attributes it; a protest's own modifier names the protesters; a name in a person's
 * description is no antecedent of a later pronoun; a verb after ", and" shares the subject of the verb before a relative
 * clause. The rules are tested alone: a learned model may
 * fill the same slots.
 */
class EventOtherClausesTest {

    @Test
    void aDemandAnsweredWasMadeOfTheOneWhoAnswers() {
        assertEquals("Tehran", recipient(byRules("REQUEST", "Tehran has consistently rejected UN demands that it halt uranium"
                + " enrichment.")));
        assertEquals("Schwarzenegger", recipient(byRules("REQUEST", "Schwarzenegger said immediately after hearing Zhou's"
                + " request that he would like to help.")));
    }

    @Test
    void aCallForSomethingIsNotMadeOfItsCritic() {
        assertNull(recipient(byRules("REQUEST", "Hamas has rejected Abbas's call for elections.")));
    }

    @Test
    void anActTakenUpIsAnsweredToWhoDidIt() {
        assertEquals("Mahmud Abbas", recipient(byRules("REJECT", "Palestinian president Mahmud Abbas called Saturday for early"
                + " elections, but Hamas rejected the move as a \"coup\".")));
        assertEquals("Bush", recipient(byRules("AGREE", "Bush invited Triet to visit the United States in 2007, and the"
                + " Vietnamese president accepted the invitation, said the statement.")));
        assertEquals("United States", recipient(byRules("REJECT", "The United States accuses Iran of developing nuclear weapons"
                + " secretly, a charge rejected by Tehran as politically motivated.")));
    }

    @Test
    void anActWithItsOwnAuthorIsNotTakenUp() {
        assertNull(recipient(byRules("REJECT", "Abbas called for early elections, but Hamas rejected the plan to hold them.")));
    }

    @Test
    void thePartyBehindAttacksIsTheirAttacker() {
        assertEquals(List.of("Hamas"), actors(byRules("ASSAULT", "Hamas has been behind the majority of anti-Israeli attacks over"
                + " the course of the uprising.")));
        assertEquals(List.of("Noordin"), actors(byRules("ASSAULT", "Malaysian-born Noordin is the suspected brains behind a series"
                + " of bombings that killed more than 230 people since 2002.")));
    }

    @Test
    void theOneChargedWithADeedDidWhatItsRelativeClauseTells() {
        assertEquals(List.of("Alaattin Cakici"), actors(byRules("ASSAULT", "Alaattin Cakici was convicted of ordering an armed"
                + " attack in 2000 that injured 15 people at a cafe.")));
        assertEquals(List.of("women"), actors(byRules("ASSAULT", "Two Chechen women had been arrested for the bombing in"
                + " Pyatigorsk, which killed two people.")));
    }

    @Test
    void aDeedWithNoChargeNamesNoAttacker() {
        assertEquals(List.of(), actors(byRules("ASSAULT", "Police said the bombing in Pyatigorsk, which killed two people,"
                + " shocked the town.")));
    }

    @Test
    void holdingAGroupForTerroristIsAnAccusation() {
        EventMention e = byRules("ACCUSE", "The Palestinians have been suffering from an aid freeze as the West considers Hamas to be"
                + " a terrorist organisation.");
        assertEquals(List.of("the West"), actors(e));
        assertEquals("Hamas", recipient(e));
        assertEquals("Hamas", recipient(byRules("ACCUSE", "Israel, which views Hamas as a terrorist organisation, said it"
                + " supported the elections.")));
    }

    @Test
    void attacksBlamedOnOrCarriedOutBySomeoneAreTheirs() {
        assertEquals(List.of("Taliban"), actors(byRules("ASSAULT", "Most bombings in Afghanistan are blamed on remnants of the"
                + " ousted Taliban regime.")));
        assertEquals(List.of("militants"), actors(byRules("ASSAULT", "On Oct. 3, court bombings carried out by the militants in"
                + " three districts left two people dead.")));
        assertEquals(List.of("Abu Sayyaf"), actors(byRules("ASSAULT", "The Abu Sayyaf has been blamed for a wave of bombings in"
                + " the south since 2002.")));
    }

    @Test
    void anArrestInARaidChargesNoOneWithTheRaid() {
        assertTrue(EventsOf.allByRules("Faramaz Javadov, campaign manager for the party, was reportedly arrested in a raid on"
                + " the party's election headquarters.").stream().noneMatch(e -> e.category().equals("ASSAULT")));
    }

    @Test
    void aThingJudgedNamesItsAuthorPastQuotationMarks() {
        assertEquals("Kofi Annan", recipient(byRules("SUPPORT", "Delegates also welcome the \"Nairobi Framework\" announced by"
                + " the UN Secretary-General Kofi Annan.")));
        assertEquals("Chirac", recipient(byRules("SUPPORT", "Li said that \"we appreciate this perceptive and intelligent"
                + " decision\" by Chirac, state television reported.")));
        assertEquals("Ahmadinejad", recipient(byRules("ACCUSE", "The presidency has been unequivocal in its condemnation of the"
                + " comments attributed to President Ahmadinejad.")));
    }

    @Test
    void aProtestsOwnModifierNamesTheProtestersWhateverTheClausesSubject() {
        assertEquals(List.of("opposition"), actors(byRules("PROTEST", "Some 4.66 million registered voters in Azerbaijan Saturday"
                + " went to the polls amid opposition protests.")));
        assertEquals(List.of("Students"), actors(byRules("PROTEST", "Students staged protests in the capital.")));
    }

    @Test
    void anOfferOfAThingIsTakenUpFromWhoeverMadeIt() {
        assertEquals("Abbas", recipient(byRules("AGREE", "Abbas made a phone call to Olmert on Saturday to inform him of the deal"
                + " and Olmert accepted the offer of cease-fire.")));
    }

    @Test
    void aRefusalOfADemandNamesWhoMadeIt() {
        assertEquals("government", recipient(byRules("REJECT", "Arroyo suspended peace talks after the rebels refused a government"
                + " demand for a nationwide ceasefire.")));
    }

    @Test
    void aNameInAPersonsDescriptionIsNoAntecedent() {
        assertEquals(List.of("Megawati"), actors(byRules("REQUEST", "Megawati, daughter of founding president Sukarno, said this"
                + " week that she would not campaign but urged supporters to monitor the elections.")));
    }

    @Test
    void aVerbAfterCommaAndSharesTheSubjectPastARelativeClause() {
        assertEquals(List.of("court"), actors(byRules("COERCE", "An Israeli court convicted Barghouti of leading the Intifada"
                + " against Israel in which several Israelis were killed, and sentenced him to life imprisonment.")));
    }
}
