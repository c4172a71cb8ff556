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
 * Thirty-third round: coups, attacks attempted, hostages held and convicts hanged, arrivals at the dateline's place,
 * parties no tagger takes (a member of a faith, an abbreviation), and the subject a participle or a noun shares with
 * its clause. The rules are tested alone.
 */
class EventCoupsAndAttemptsTest {

    @Test
    void aCoupIsPowerTakenByForceButNotANameForAMove() {
        EventMention e = byRules("COERCE", "Cyprus has been divided since Turkey invaded the island in 1974 after a military coup"
                + " in Nicosia.");
        assertTrue(e.actors().isEmpty(), "the clause's subject did not stage the coup");
        assertTrue(noAssertedByRules("COERCE", "Hamas denounced the move as tantamount to a coup."));
        assertTrue(noAssertedByRules("COERCE", "For more than 20 years, no action was taken against the coup-leaders."));
    }

    @Test
    void anAttackTriedWasMade() {
        EventMention e = byRules("ASSAULT", "Hamas members tried to storm a training camp in southern Gaza.");
        assertTrue(e.asserted());
        assertEquals(List.of("Hamas"), actors(e));
        assertTrue(noAssertedByRules("ASSAULT", "Gunmen will try to kill the mayor."));
        assertTrue(noAssertedByRules("ASSAULT", "Hamas has accused the presidential guard of trying to assassinate prime minister"
                + " Ismail Haniya."));
    }

    @Test
    void hostagesHeldAttackersRepelledAndConvictsHangedAreAssaults() {
        assertTrue(byRules("ASSAULT", "Some 40 people had been held hostage by the unidentified gunmen.").asserted());
        assertTrue(byRules("ASSAULT", "Its forces had repulsed the attackers on Monday.").asserted());
        assertTrue(byRules("ASSAULT", "Thirteen drug traffickers have been simultaneously hanged in southeastern Iran.")
                .asserted());
    }

    @Test
    void arrivingHereIsAVisit() {
        EventMention e = byRules("CONSULT", "Annan, who arrived here late Monday, made the remarks at a press conference.");
        assertEquals("visit", e.mode());
        assertEquals(List.of("Annan"), actors(e));
    }

    @Test
    void aMemberOfAFaithAndAnAbbreviationAreParties() {
        assertEquals("Shiite", recipient(byRules("ASSAULT", "Calm was restored after a Shiite was killed in a street fight on"
                + " Sunday night.")));
        assertTrue(actors(byRules("AGREE", "The Angolan government and FCD signed the memorandum of understanding for peace on"
                + " August 1.")).contains("FCD"));
        assertTrue(allByRules("Soldiers fired blanks from SA-80 assault rifles.").stream()
                .noneMatch(e -> actors(e).contains("SA")));
    }

    @Test
    void aParticipleAfterACommaGoesWithTheMainClausesSubject() {
        EventMention e = byRules("ACCUSE", "Syrian Prime Minister Mohammad Naji Ottri on Thursday sent a cable of condolences to"
                + " his Jordanian counterpart Adnan Badran, condemning the terrorist acts that rocked three hotels.");
        assertEquals(List.of("Mohammad Naji Ottri"), actors(e));
        assertEquals(List.of("United States"), actors(byRules("REQUEST", "The United States maintains the economy is not"
                + " comparable because of its size and has demanded Beijing meet the conditions.")));
    }

    @Test
    void theCapturedAndThoseLetAreRecipients() {
        assertEquals("Saddam Hussein", recipient(byRules("COERCE", "Iraq marks the second anniversary of the capture of"
                + " ex-dictator Saddam Hussein.")));
        assertEquals("Maoists", recipient(byRules("AGREE", "The government agreed to let the Maoists enter parliament.")));
    }

    @Test
    void stagesOfACompetitionMarkSport() {
        assertTrue(noAssertedByRules("CONSULT", "The World Cup finals get underway in Munich on June 9 when hosts Germany meet Costa"
                + " Rica."));
        assertTrue(Sport.context(TaggedTokens.of("the/DT play/NN -/HYPH offs/NNS were/VBD tense/JJ")));
        assertTrue(!Sport.context(TaggedTokens.of("the/DT final/JJ status/NN talks/NNS")));
    }
}
