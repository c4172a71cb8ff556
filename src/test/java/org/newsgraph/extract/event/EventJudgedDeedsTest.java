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
 * Thirty-second round, second part: deeds someone is judged for, riots and work stoppages, threats and objections named
 * by a noun, and sanctions on trade, licences and posts. The rules are tested alone.
 */
class EventJudgedDeedsTest {

    private static boolean none(String category, String text) {
        return allByRules(text).stream().noneMatch(e -> e.category().equals(category));
    }

    @Test
    void aDeedSomeoneIsJudgedForHasBeenDoneByTheOneJudged() {
        EventMention e = byRules("SANCTION", "Burmese authorities on Wednesday criticized the United States for imposing economic"
                + " sanctions on the military-ruled country.");
        assertTrue(e.asserted());
        assertEquals(List.of("United States"), actors(e));
        assertTrue(none("SANCTION", "Burmese authorities said the plan for imposing economic sanctions was dropped."));
    }

    @Test
    void aRampageIsARiotAndAWorkStoppageAStrike() {
        assertEquals("riot", byRules("PROTEST", "Hamas gunmen went on the rampage waiting for Haniya to cross back into the"
                + " strip.").mode());
        assertEquals("strike", byRules("PROTEST", "About 800 employees staged a work stoppage for several hours at a Nike"
                + " supplier in Vietnam.").mode());
        assertEquals("strike", byRules("PROTEST", "Workers on April 25 walked off the job to protest labour conditions.").mode());
    }

    @Test
    void threatsFromANamedPartyThreaten() {
        EventMention e = byRules("THREATEN", "Denmark will fight for its draft resolution despite threats from Beijing, diplomats"
                + " said here Wednesday.");
        assertTrue(actors(e).contains("Beijing"));
        assertTrue(none("THREATEN", "The government said they dealt with serious threats from fighters in that location."));
    }

    @Test
    void opposionAndObjectionsOfANamedPartyReject() {
        assertEquals(List.of("Russian"), actors(byRules("REJECT", "Despite Russian objections, it includes a list of a dozen"
                + " Iranian officials.")));
        assertEquals(List.of("China"), actors(byRules("REJECT", "He reiterated China's opposition to imposing an artificial"
                + " deadline for the council expansion.")));
        assertTrue(none("REJECT", "Britain's opposition Labour party has maintained a 24 percent lead over the Conservatives."));
    }

    @Test
    void bansOnTradeEmbargoesLicencesAndPostsAreSanctions() {
        EventMention ban = byRules("SANCTION", "A week after the US imposed an investment ban on Burma, the ministers met.");
        assertEquals(List.of("US"), actors(ban));
        assertEquals("Burma", recipient(ban));
        assertEquals("Cuba", recipient(byRules("SANCTION", "The economic embargo on Cuba prevents it from receiving financial aid"
                + " from the World Bank.")));
        assertEquals(List.of("NCAA"), actors(byRules("SANCTION", "The NCAA revoked ADC's certificate on October 30 for"
                + " flouting safety rules.")));
        assertEquals(List.of("government"), actors(byRules("SANCTION", "The government has suspended 16 customs officials from"
                + " service for allegedly helping tax evasion.")));
    }

    @Test
    void aDecisionTakenIsDoneByItsOwner() {
        EventMention e = byRules("MOBILIZE", "Four members of the interim cabinet have quit in protest at the president's decision"
                + " to deploy the army to restore order.");
        assertTrue(e.asserted());
        assertEquals(List.of("president"), actors(e));
        assertTrue(byRules("SANCTION", "Iran has decided to halt talks with the EU on human rights.").asserted());
        assertTrue(!byRules("SANCTION", "Iran would decide to halt talks with the EU on human rights.").asserted());
    }
}
