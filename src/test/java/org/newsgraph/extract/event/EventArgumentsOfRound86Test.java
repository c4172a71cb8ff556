package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Eighty-sixth round, the rules alone: armed units as parties; a described party before a reduced passive or ", which";
 * the one sentenced, jailed or on trial for a deed as its doer; names and a common noun opening a "with" clause; the act
 * a demand wants, with or without "that", and the one asked to do it; the described speaker of an inverted report; a
 * harm after "accused them of gang"; "European" blame; whose "its" thing is judged; "by a majority of".
 */
class EventArgumentsOfRound86Test {

    @Test
    void armedUnitsAreParties() {
        EventMention e = EventsOf.byRules("ASSAULT", "The squad killed 75 civilians.");
        assertEquals(List.of("squad"), EventsOf.actors(e));
        assertEquals("civilians", EventsOf.recipient(e));
    }

    @Test
    void aDescribedPartyBeforeAReducedPassiveIsItsRecipient() {
        assertEquals("minister", EventsOf.recipient(EventsOf.byRules("ACCUSE", "The minister, accused of corruption, resigned on Monday.")));
        assertEquals("company", EventsOf.recipient(EventsOf.byRules("ACCUSE", "The company, charged with fraud, closed.")));
    }

    @Test
    void aNounOfPartiesBeforeWhichIsTheAntecedent() {
        assertEquals("school", EventsOf.recipient(EventsOf.byRules("ACCUSE", "The school, which was accused of employing spies, closed.")));
    }

    @Test
    void theOneSentencedOrJailedForADeedIsItsDoer() {
        assertEquals(List.of("man"), EventsOf.actors(EventsOf.byRules("ASSAULT", "The man was sentenced to death for the killing of a policeman.")));
        assertEquals(List.of("Smith"), EventsOf.actors(EventsOf.byRules("ASSAULT", "Smith was jailed for life for the murder of a police officer.")));
    }

    @Test
    void theOneOnTrialForADeedIsItsDoer() {
        assertEquals(List.of("Saddam"), EventsOf.actors(EventsOf.byRules("ASSAULT", "Witnesses will appear in the trial of Saddam and "
                + "seven of his deputies for the massacre of 148 people in 1982.")));
    }

    @Test
    void namesAndACommonNounOpenAWithClause() {
        assertEquals(List.of("African Union"), EventsOf.actors(EventsOf.byRules("REQUEST", "The fresh violence drew calls for restraint, "
                + "with the United Nations and African Union regional grouping urging an immediate end to the fighting.")));
    }

    @Test
    void theActADemandWantsIsNoActDone() {
        assertTrue(EventsOf.noAssertedByRules("CONCEDE", "Protesters demanded the president resign."));
        assertTrue(EventsOf.noAssertedByRules("CONCEDE", "The parliamentarians endorsed a resolution demanding two top officials step down."));
        assertTrue(EventsOf.noAssertedByRules("COOPERATE", "The council adopted a resolution demanding Syria cooperate fully with the probe."));
    }

    @Test
    void theOneAskedToActAfterADemand() {
        assertEquals("president", EventsOf.recipient(EventsOf.byRules("REQUEST", "Protesters demanded that the president resign.")));
        assertEquals("top officials", EventsOf.recipient(EventsOf.byRules("REQUEST", "Protesters demanded that two top officials step down.")));
        EventMention e = EventsOf.byRules("REQUEST", "Meanwhile, 30 parliamentarians on Wednesday endorsed a resolution demanding two top "
                + "officials step down.");
        assertEquals(List.of("parliamentarians"), EventsOf.actors(e));
    }

    @Test
    void aDescribedSpeakerOfAnInvertedReportGoesOnInItsParticiple() {
        assertEquals(List.of("respected think-tank"), EventsOf.actors(EventsOf.byRules("REQUEST", "Iraq faces complete disintegration, "
                + "a respected think-tank warned Tuesday, urging the United States to act.")));
    }

    @Test
    void aHarmAfterAChargesOfOpeningOnANounIsTheCharged() {
        assertEquals(List.of("marines"), EventsOf.actors(EventsOf.byRules("ASSAULT", "The five US marines were prevented from boarding "
                + "their warship after a Filipino woman accused them of gang raping her in a van.")));
    }

    @Test
    void europeanBeforeBlameNamesTheEuropeanGovernments() {
        EventMention e = EventsOf.byRules("ACCUSE", "The talks followed European criticism of China's human rights record.");
        assertEquals(List.of("European"), EventsOf.actors(e));
        assertEquals("China", EventsOf.recipient(e));
    }

    @Test
    void itsThingJudgedIsItsOwners() {
        assertEquals("Beijing", EventsOf.recipient(EventsOf.byRules("ACCUSE", "Beijing was angry after the EU criticised its record.")));
        assertEquals("Iran", EventsOf.recipient(EventsOf.byRules("SUPPORT", "Iran dismissed the report, saying the agency had praised "
                + "its cooperation.")));
    }

    @Test
    void theAgentIsTheGroupAShareIsOf() {
        assertEquals(List.of("council members"), EventsOf.actors(EventsOf.byRules("REJECT", "The proposal was rejected by a majority of "
                + "the council members.")));
    }
}
