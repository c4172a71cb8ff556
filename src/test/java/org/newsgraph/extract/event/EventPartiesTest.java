package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.event.EventsOf.events;
import static org.newsgraph.extract.event.EventsOf.only;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Parties no name tagger finds, per rule family of the eighth round, each on a short text through the whole extraction. */
class EventPartiesTest {

    @Test
    void aSeatOfGovernmentIsTheRecipient() {
        EventMention e = only("ACCUSE", "Opposition leaders blamed the Kremlin for the crackdown.");
        assertEquals("Kremlin", e.recipient() == null ? null : e.recipient().text(), e.toString());
    }

    @Test
    void aForceModifyingTheTriggerActs() {
        EventMention e = only("MOBILIZE", "Shops stayed shut on Friday despite heavy police deployment in the capital.");
        assertTrue(actors(e).size() == 1 && actors(e).get(0).endsWith("police"), e.toString());
    }

    @Test
    void anUntaggedNameOpeningTheSentenceIsTheActor() {
        EventMention e = only("REQUEST", "Rights group Amnesty Watch Without Walls on Tuesday called on Belarus to free the journalists.");
        assertTrue(actors(e).stream().anyMatch(a -> a.contains("Without Walls")), e.toString());
    }

    @Test
    void noNameIsMadeFromWordsAfterAnOpeningPhrase() {
        EventMention e = only("REQUEST", "In a statement on Tuesday, Belarus was called on to free the journalists.");
        assertFalse(actors(e).stream().anyMatch(a -> a.contains("Tuesday")), e.toString());
    }

    @Test
    void anUntaggedCapitalisedObjectIsTheRecipient() {
        EventMention e = only("ASSAULT", "The rebels shelled the GPO and set it on fire.");
        assertEquals("GPO", e.recipient() == null ? null : e.recipient().text(), e.toString());
    }

    @Test
    void aCapitalisedModifierOfACommonNounIsNoRecipient() {
        EventMention e = only("ASSAULT", "The rebels shelled the Moore Street building overnight.");
        assertTrue(e.recipient() == null || !e.recipient().text().contains("Moore Street"), e.toString());
    }

    @Test
    void aPassiveAgentPastAPurposePhraseActs() {
        EventMention e = only("ACCUSE", "The old regime was condemned for bringing ruin to Iraq by the Kurdish parties in Arbil.");
        assertTrue(actors(e).stream().anyMatch(a -> a.contains("parties")), e.toString());
    }

    @Test
    void theAgentOfAnotherNounDoesNotAct() {
        EventMention e = only("AGREE", "Hamas criticised the agreement that was reached on Tuesday after mediation by Condoleezza Rice.");
        assertFalse(actors(e).contains("Condoleezza Rice"), e.toString());
    }

    @Test
    void rivalsNamedByACommonNounAttack() {
        EventMention e = only("ASSAULT", "Three villagers died in an ambush by tribal rivals near the border.");
        assertTrue(actors(e).stream().anyMatch(a -> a.endsWith("rivals")), e.toString());
    }

    @Test
    void aDescriptorNounBeforeTheNameIsPassedOver() {
        EventMention r = only("REQUEST", "Madrid urged the separatist movement ETA to lay down its arms.");
        assertEquals("ETA", r.recipient() == null ? null : r.recipient().text(), r.toString());
    }

    @Test
    void theNationNamesThePartyOfItsEmbassy() {
        EventMention e = only("PROTEST", "Hundreds of students staged a sit-in in front of the French embassy on Monday.");
        assertEquals("French", e.recipient() == null ? null : e.recipient().text(), e.toString());
    }

    @Test
    void thePossessorBeforeAPlaceModifierVisits() {
        EventMention e = only("CONSULT", "Akol pointed out that Lula's US visit succeeded to convince the US administration to cut tariffs.");
        assertEquals(List.of("Lula"), actors(e), e.toString());
    }
}
