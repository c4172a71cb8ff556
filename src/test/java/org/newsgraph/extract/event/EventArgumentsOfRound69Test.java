package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sixty-ninth round, the rules alone. An adverb between a verb and the next word of its rule ("appealed again to");
 * forces that retreat from their lines ("retreated from their frontlines", not a party leaving "the United Front
 * government"); a participle opened by "after" shares the main clause's subject past an apposition ("The coalition, a
 * group of politicians, called for ... after blaming"); the person between "the" and a killing the tagger read as a verb
 * suffered it ("the Hariri killing").
 */
class EventArgumentsOfRound69Test {

    @Test
    void anAdverbMayStandBetweenAVerbAndItsPreposition() {
        EventMention e = EventsOf.byRules("REQUEST", "Iraq appealed again to the UN Security Council Wednesday to lift the"
                + " sanctions against it.");
        assertEquals(List.of("Iraq"), EventsOf.actors(e));
        assertEquals("UN Security Council", EventsOf.recipient(e));
    }

    @Test
    void anAdverbBeforeOnStillCallsOnTheOneAsked() {
        EventMention e = EventsOf.byRules("REQUEST", "The minister called repeatedly on the rebels to lay down their arms.");
        assertEquals("rebels", EventsOf.recipient(e));
    }

    @Test
    void fightersRetreatFromTheirFrontlines() {
        EventMention e = EventsOf.byRules("RETREAT", "The Islamists have retreated from their frontlines and accused Ethiopian"
                + " forces of massacring civilians.");
        assertEquals(List.of("Islamists"), EventsOf.actors(e));
    }

    @Test
    void aFrontInANameIsNoLine() {
        assertTrue(EventsOf.noAssertedByRules("RETREAT", "He has been forced to quit his post after his regional party decided"
                + " to withdraw from the new United Front government."));
    }

    @Test
    void aParticipleAfterAfterSharesTheSubjectPastAnApposition() {
        EventMention e = EventsOf.byRules("ACCUSE", "The coalition, a cross-section of Muslim and Christian politicians,"
                + " called for an emergency parliament session after blaming Damascus for the killing.");
        assertEquals(List.of("coalition"), EventsOf.actors(e));
        assertEquals("Damascus", EventsOf.recipient(e));
    }

    @Test
    void theNamedKillingNamesItsVictim() {
        EventMention e = EventsOf.byRules("ASSAULT", "He said Rice discussed the Tueni killing Monday by phone with Foreign"
                + " Minister Philippe Douste-Blazy of France.");
        assertTrue(EventsOf.actors(e).isEmpty(), () -> "actors " + EventsOf.actors(e));
        assertEquals("Tueni", EventsOf.recipient(e));
        EventMention hariri = EventsOf.byRules("ASSAULT", "But the Hariri killing threw the spotlight on to Syria's dominant"
                + " role in its smaller neighbour.");
        assertEquals("Hariri", EventsOf.recipient(hariri));
    }

    @Test
    void aKillerBeforeTheVerbStaysTheKiller() {
        EventMention e = EventsOf.byRules("ASSAULT", "Gunmen killed the Hariri aide on Monday.");
        assertEquals(List.of("Gunmen"), EventsOf.actors(e));
        assertTrue(!"Gunmen".equals(EventsOf.recipient(e)), () -> "recipient " + EventsOf.recipient(e));
    }

    @Test
    void aMeetingWithADelegationHasACounterpart() {
        EventMention e = EventsOf.byRules("CONSULT", "Chinese Vice Premier Wu Yi met with a delegation from the Kansai region of"
                + " Japan here Friday.");
        assertEquals(List.of("Wu Yi"), EventsOf.actors(e));
        assertTrue(EventsOf.recipient(e).contains("delegation"), () -> "recipient " + EventsOf.recipient(e));
    }

    @Test
    void aNameInQuotesForADeedIsAnAccusation() {
        EventMention e = EventsOf.byRules("ACCUSE", "Republican representative Dana Rohrabacher called Russian officials"
                + " \"dunderheads\" and \"nincompoops\" for causing the year-long delay.");
        assertEquals(List.of("Dana Rohrabacher"), EventsOf.actors(e));
        assertEquals("Russian officials", EventsOf.recipient(e));
        String dubbed = "His jab at Australia, whose then-premier Paul Keating dubbed him \"recalcitrant\" for refusing to"
                + " attend a 1993 regional summit, apparently hit the mark.";
        assertEquals(List.of("Paul Keating"), EventsOf.actors(EventsOf.byRules("ACCUSE", dubbed)));
        EventsOf.byRules("REJECT", dubbed); // the deed stays an event of its own
    }

    @Test
    void criticismDrawnFromARangeOfOfficialsIsTheirs() {
        EventMention e = EventsOf.byRules("ACCUSE", "The strike has also drawn criticism from a broad range of Palestinian"
                + " officials.");
        assertEquals(List.of("Palestinian officials"), EventsOf.actors(e));
    }

    @Test
    void atTheRequestOfNamesWhoAskedNotTheNameBefore() {
        EventMention e = EventsOf.byRules("REQUEST", "Mobutu's special advisor said Friday the president had agreed in"
                + " principle to meet Kabila at the request of South African President Nelson Mandela.");
        assertEquals(List.of("Nelson Mandela"), EventsOf.actors(e));
    }

    @Test
    void aMonthBetweenAPossessorAndItsNounKeepsTheDoer() {
        EventMention e = EventsOf.byRules("ASSAULT", "Israel's July 2006 offensive in Lebanon killed more than 1,000 people.");
        assertEquals(List.of("Israel"), EventsOf.actors(e));
    }

    @Test
    void remnantsOfAGroupActForIt() {
        EventMention e = EventsOf.byRules("ASSAULT", "Despite being forced out from power five years ago, remnants of the"
                + " Taliban are still active and have been carrying out fierce attacks.");
        assertEquals(List.of("Taliban"), EventsOf.actors(e));
    }

    @Test
    void clashesBetweenSupportersOfTwoSides() {
        EventMention e = EventsOf.byRules("ASSAULT", "Clashes between supporters of Hamas and Fatah erupted in Gaza on Sunday.");
        assertEquals(List.of("Hamas"), EventsOf.actors(e));
        assertEquals("Fatah", EventsOf.recipient(e));
    }

    @Test
    void suspectingSomeoneOfADeedAccusesThem() {
        EventMention e = EventsOf.byRules("ACCUSE", "Police suspect Deri of \"attempted blackmail\" in a key government vote.");
        assertEquals(List.of("Police"), EventsOf.actors(e));
        assertEquals("Deri", EventsOf.recipient(e));
    }

    @Test
    void bothOpensAPairOfAgents() {
        EventMention e = EventsOf.byRules("REJECT", "The ultimatum, imposed by rebel leader Laurent Kabila on Sunday, has already"
                + " been rejected as unreasonable by both the United States and United Nations.");
        assertEquals(List.of("United States", "United Nations"), EventsOf.actors(e));
    }

    @Test
    void aGangBeforeTheDeedIsNoActor() {
        EventMention e = EventsOf.byRules("ASSAULT", "Turkey's most notorious mafia leader was sentenced Friday to more than 14"
                + " years in jail for a gang-related attack on a cafe.");
        assertTrue(!EventsOf.actors(e).contains("gang"), () -> "actors " + EventsOf.actors(e));
    }

    @Test
    void floutingSanctionsRejectsThem() {
        EventMention e = EventsOf.byRules("REJECT", "On April 9, Iraq also flouted the UN sanctions in force since its August 1990"
                + " invasion of Kuwait.");
        assertEquals(List.of("Iraq"), EventsOf.actors(e));
    }

    @Test
    void whatOneToldAnotherInAMeeting() {
        EventMention e = EventsOf.byRules("CONSULT", "Hu told Botswana President Festus Mogaein in a meeting the same day.");
        assertEquals(List.of("Hu"), EventsOf.actors(e));
        assertEquals("Festus Mogaein", EventsOf.recipient(e));
        assertTrue(EventsOf.noAssertedByRules("CONSULT", "He told reporters on Monday that the plan had failed."));
    }

    @Test
    void aFaceToFaceMeetingWantedIsNotHeld() {
        assertTrue(EventsOf.noAssertedByRules("CONSULT", "Kabila said he wanted a face-to-face meeting with Mobutu as a short cut"
                + " to end the fighting."));
    }

    @Test
    void meetingsStillToBeOrganisedAreNotHeld() {
        assertTrue(EventsOf.noAssertedByRules("CONSULT", "What is far more urgent is the organisation of high-level political"
                + " meetings with Taiwan to resolve issues currently on ice."));
    }
}
