package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.allByRules;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forty-first round: a trigger's words may reach past the commas of a place that locates another ("talks in Amman,
 * Jordan, with"); forces that send something are no forces sent; an attack on an idea or a system of rules is one in
 * words; the one a relative clause accuses is its antecedent even when the clause's subject pronoun has no antecedent
 * in the article; a continent visited as a whole; whom one met and asked; insisting
 * that another must act; agreeing that something will be done; speaking highly of; documents calling for in a relative
 * clause; returning fire, fines, fighting alongside, restrictions on a state, failing to comply; meetings of several
 * days; phone calls to a party; concern voiced; attacks that took place; a party set
 * free. The rules are tested alone.
 */
class EventPlacesAndIdeasTest {

    @Test
    void talksHeldInATownOfACountryStillNameTheirCounterpart() {
        EventMention talks = byRules("CONSULT", "Bush spoke on Thursday after talks in Amman, Jordan, with embattled Iraqi"
                + " Prime Minister Nuri al-Maliki.");
        assertEquals(List.of("Bush"), actors(talks));
        assertEquals("Nuri al-Maliki", recipient(talks));
    }

    @Test
    void forcesThatSendSomethingAreNotSent() {
        assertTrue(allByRules("The military-led council on Monday officially sent its proposal to the interim government.")
                .stream().noneMatch(e -> e.category().equals("MOBILIZE")));
        EventMention sent = byRules("MOBILIZE", "Italian troops were sent to southern Albania on Monday.");
        assertEquals("troops", sent.mode());
    }

    @Test
    void anAttackOnAnIdeaIsAnAccusation() {
        EventMention individualism = byRules("ACCUSE", "President Le Duc Anh opened the National Assembly on Wednesday with"
                + " an attack on individualism, calling it a danger which strikes at the heart of communism.");
        assertEquals(List.of("Le Duc Anh"), actors(individualism));
        EventMention treaty = byRules("ACCUSE", "In the early 1980s Malaysia launched an assault on the treaty system.");
        assertEquals(List.of("Malaysia"), actors(treaty));
        assertTrue(allByRules("Gunmen launched an attack on the police station in the town.").stream()
                .noneMatch(e -> e.category().equals("ACCUSE")), "an attack on a building stays an attack");
    }

    @Test
    void whomAPronounAccusesIsTheAntecedent() {
        EventMention accused = byRules("ACCUSE", "But the US leader has ruled out working with Iran and Syria, whom he"
                + " accuses of fomenting the violence.");
        assertEquals("Syria", recipient(accused));
    }

    @Test
    void aContinentVisitedAsAWholeIsTheOneVisited() {
        EventMention africa = byRules("CONSULT", "His announcement came days after his return from a three-week trip to Africa.");
        assertEquals("Africa", recipient(africa));
        EventMention europe = byRules("CONSULT", "Hu Jintao visited Europe last week.");
        assertEquals("Europe", recipient(europe));
    }

    @Test
    void whomOneMetAndAskedIsTheOneAsked() {
        EventMention councils = byRules("REQUEST", "Heads of local councils met with Israeli Defense Minister Shaoul Mofaz and"
                + " asked for serious measures against rocket fire.");
        assertEquals("Shaoul Mofaz", recipient(councils));
        EventMention budget = byRules("REQUEST", "Opposition leader Ranil Wickremesinghe met President Chandrika"
                + " Kumaratunga asking to delay the presentation of the budget.");
        assertEquals(List.of("Ranil Wickremesinghe"), actors(budget));
        assertEquals("Chandrika Kumaratunga", recipient(budget));
    }

    @Test
    void insistingThatAnotherMustActIsADemand() {
        EventMention lifted = byRules("REQUEST", "North Korea insisted Monday that UN sanctions imposed after its nuclear test"
                + " must be lifted.");
        assertEquals(List.of("North Korea"), actors(lifted));
        assertTrue(allByRules("Iran has insisted that its nuclear programme is merely designed to meet domestic energy needs.")
                .stream().noneMatch(e -> e.category().equals("REQUEST")), "insisting that something is so is a claim");
    }

    @Test
    void agreeingThatSomethingWillBeDoneIsAnAgreement() {
        EventMention apec = byRules("AGREE", "Ministers agreed that APEC would develop model measures for trade facilitation.");
        assertEquals(List.of("Ministers"), actors(apec));
        assertTrue(allByRules("Political analysts agree that there will be no landslide.").stream()
                .noneMatch(e -> e.category().equals("AGREE")), "a forecast shared is no agreement");
    }

    @Test
    void speakingHighlyOfAPartyIsPraise() {
        EventMention tang = byRules("SUPPORT", "Tang spoke highly of the Komei Party's long-term efforts to promote friendly"
                + " cooperation.");
        assertEquals(List.of("Tang"), actors(tang));
        assertEquals("Komei Party", recipient(tang));
    }

    @Test
    void aDocumentInARelativeClauseCallsFor() {
        EventMention resolution = byRules("REQUEST", "The adoption of the resolution, which calls for the Israeli troops'"
                + " immediate withdrawal from Gaza, reflects a world desire.");
        assertEquals("Israeli troops", recipient(resolution));
        byRules("REQUEST", "That initiative, which was not well received by Israel, called for an immediate suspension of"
                + " violence.");
    }

    @Test
    void wordsOfFightingAndPenalties() {
        EventMention fire = byRules("ASSAULT", "US troops returned fire and cordoned off the area.");
        assertEquals("firearms", fire.mode());
        EventMention fine = byRules("COERCE", "Michael Brown was released from custody and ordered to pay a small fine.");
        assertEquals("Michael Brown", recipient(fine));
        assertTrue(allByRules("Michael Brown was released from custody and ordered to pay a small fine.").stream()
                .noneMatch(e -> e.category().equals("REQUEST")), "a penalty, not a request");
        EventMention alongside = byRules("COOPERATE", "The Sudanese prisoners were captured while fighting alongside Lord's"
                + " Resistance Army rebels.");
        assertEquals("military", alongside.mode());
        EventMention iran = byRules("SANCTION", "The UN Security Council adopted a resolution which imposes restrictions on Iran's"
                + " nuclear programme.");
        assertEquals("Iran", recipient(iran));
        byRules("REJECT", "The government has failed to comply with the conditions set by the Data Protection Authority.");
    }

    @Test
    void meetingsOfSeveralDaysAndCallsToAParty() {
        byRules("CONSULT", "During their two-day meeting, the APEC ministers finalized the wording of statements.");
        byRules("CONSULT", "The APEC Business Advisory Council opened its three-day meeting in Hanoi on Tuesday.");
        EventMention call = byRules("CONSULT", "The German Chancellor extended her condolences in a telephone call to Lebanese"
                + " Prime Minister Fouad Siniora.");
        assertEquals("phone", call.mode());
        assertEquals("Fouad Siniora", recipient(call));
    }

    @Test
    void concernVoicedAndAttacksThatTookPlace() {
        EventMention unease = byRules("ACCUSE", "Earlier this month, the European Commission expressed unease over Poland's"
                + " uncertainty.");
        assertEquals(List.of("European Commission"), actors(unease));
        assertEquals("Poland", recipient(unease));
        byRules("ASSAULT", "The initial attack occured in a busy street in a residential area near Islamia College.");
        assertTrue(allByRules("The attack came on the fourth day of a fragile ceasefire.").stream()
                .noneMatch(e -> e.category().equals("ASSAULT") && e.asserted()), "an attack that came is only referred to");
    }

    @Test
    void aPartySetFreeIsTheOneReleased() {
        EventMention pinochet = byRules("RETREAT", "A Santiago court Monday released Pinochet on bail from house arrest.");
        assertEquals("Pinochet", recipient(pinochet));
        EventMention women = byRules("RETREAT", "Gunmen on Tuesday released two Iranian women near Tikrit.");
        assertEquals(List.of("Gunmen"), actors(women));
        assertTrue(allByRules("Employees must file declarations, according to a newly released regulation from the State"
                + " Administration of Taxation.").stream().noneMatch(e -> e.category().equals("RETREAT")), "a text released");
    }
}
