package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Thirty-ninth round: what an attack struck or was aimed at when a common noun names it; the toll a relative clause
 * tells of an attack's noun; shelling told by its noun; a coalition before an attack's noun; the side arrested after a
 * shootout with another; the dead "in" an attack; the person a noun of harm or arrest names after "of", and its agent
 * after "by"; some of a group detained; the name a reduced passive "accused" describes; someone called to act; the
 * first of a list of names demanded to act; the target of a sanction no phrase names. The rules are tested alone.
 */
class EventTargetsAndTollsTest {

    @Test
    void aBombThatStruckSomethingNamesItsTarget() {
        EventMention bomb = byRules("ASSAULT", "A suicide car bomb struck a funeral ceremony in Baghdad on Wednesday.");
        assertEquals("funeral ceremony", recipient(bomb));
        EventMention installations = byRules("ASSAULT", "The kidnappings were the latest in a series of attacks on oil"
                + " installations in the volatile Niger Delta.");
        assertEquals("oil installations", recipient(installations));
    }

    @Test
    void aRelativeClauseTellsTheTollOfTheAttack() {
        EventMention offensive = byRules("ASSAULT", "Egypt denounced a recent Israeli offensive in Beit Hanoun that killed"
                + " some 19 Palestinian civilians.");
        assertEquals(List.of("Israeli"), actors(offensive));
        assertEquals("civilians", recipient(offensive));
        EventMention launched = byRules("ASSAULT", "The offensive was launched in the north after a deal that left the"
                + " rebels divided.");
        assertNull(recipient(launched), launched::toString); // another clause's verb stands before the relative
    }

    @Test
    void shellingIsAnAttackWhoeverIsNamed() {
        EventMention cana = byRules("ASSAULT", "Lebanon marked the anniversary of Israel's shelling of a UN compound in Cana.");
        assertEquals(List.of("Israel"), actors(cana));
        assertEquals("artillery", cana.mode());
        EventMention rivals = byRules("ASSAULT", "Witnesses said the rivals were shelling each other with mortars.");
        assertEquals(List.of("rivals"), actors(rivals)); // the verb keeps its subject
    }

    @Test
    void aCoalitionBeforeAnAttacksNounCarriedItOut() {
        EventMention strike = byRules("ASSAULT", "\"A coalition air strike and indirect fire supported the operation,\" it said.");
        assertEquals(List.of("coalition"), actors(strike));
    }

    @Test
    void thoseArrestedAfterAShootoutWithSomeoneFoughtThem() {
        EventMention shootout = byRules("ASSAULT", "Two other militants were arrested after the shootout with the Border Security"
                + " Force.");
        assertEquals(List.of("militants"), actors(shootout));
        assertEquals("Border Security Force", recipient(shootout));
    }

    @Test
    void theDeadInAnAttackAreItsVictims() {
        EventMention nazis = byRules("ASSAULT", "Following the deaths of 33 Nazi soldiers in an attack by resistance fighters,"
                + " the SS commander ordered reprisals.");
        assertEquals(List.of("resistance fighters"), actors(nazis));
        assertEquals("Nazi soldiers", recipient(nazis));
    }

    @Test
    void aNounOfHarmNamesThePersonAfterOfAndTheAgentAfterBy() {
        EventMention journalist = byRules("ASSAULT", "They condemned the murder of a journalist by gunmen in Moscow.");
        assertEquals(List.of("gunmen"), actors(journalist));
        assertEquals("journalist", recipient(journalist));
        EventMention wife = byRules("ASSAULT", "Kiyingi denied any role in the July 2005 killing of his wife, Robinah.");
        assertEquals("Robinah", recipient(wife)); // the name the phrase describes
    }

    @Test
    void someOfAGroupDetained() {
        EventMention fans = byRules("COERCE", "Panathinaikos have had problems with Greek police detaining 62 of their fans.");
        assertEquals(List.of("Greek police"), actors(fans));
        assertEquals("fans", recipient(fans)); // "fans" became a group noun in the ninety-seventh round ("their fans" before)
    }

    @Test
    void aReducedPassiveAccusedDescribesTheNameBeforeIt() {
        EventMention villepin = byRules("ACCUSE", "French judges will quiz Prime Minister Dominique de Villepin -- accused of"
                + " using the affair to damage a rival.");
        assertEquals("Dominique de Villepin", recipient(villepin));
    }

    @Test
    void calledSomeoneToActIsARequest() {
        EventMention government = byRules("REQUEST", "Gruevski welcomed the decision, but called the government to hold early"
                + " elections.");
        assertEquals(List.of("Gruevski"), actors(government));
        assertEquals("government", recipient(government));
        assertEquals(List.of(), EventsOf.allByRules("The North Koreans called the meeting to give their answer.").stream()
                .filter(e -> e.category().equals("REQUEST")).toList()); // a meeting convened, no one asked
    }

    @Test
    void demandsForAListOfNamesToActNameTheFirst() {
        EventMention resign = byRules("REQUEST", "There have also been demands for Halutz, Prime Minister Ehud Olmert and"
                + " Defence Minister Amir Peretz to resign.");
        assertEquals("Halutz", recipient(resign));
    }

    @Test
    void aSanctionWithNoNamedTargetFallsOnTheSentencesOtherParty() {
        EventMention korea = byRules("SANCTION", "North Korea insisted Monday that UN sanctions imposed after its nuclear test"
                + " must be lifted.");
        assertEquals(List.of("UN"), actors(korea));
        assertEquals("North Korea", recipient(korea));
        EventMention told = byRules("SANCTION", "Aso said that UN sanctions would not be relaxed.");
        assertNull(recipient(told), told::toString); // the one who tells of it is no target
    }
}
