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
 * Fifty-fourth round (read from the pool's false events and misses, and from blind16 once blind17 had its first score):
 * meetings still to come, help sent "to support", views shared, compounds, and what an infinitive still wanted would
 * give. The rules are tested alone.
 */
class EventWantedAndSharedViewsTest {

    @Test
    void aMeetingNamedAtLengthThatIsPlannedIsStillToCome() {
        assertTrue(noAssertedByRules("CONSULT", "A meeting of the five permanent members of the UN Security Council plus Germany"
                + " is planned for Tuesday to discuss a United Nations resolution on Iran's nuclear program."));
        assertTrue(noAssertedByRules("CONSULT", "Fresh rounds of talks between Nepal and Bhutan had been scheduled for November"
                + " this year."));
        // a revocation that happened is not made future by the modal of what it allows
        assertEquals(1, allByRules("The revocation of the Order No.7 will allow only the general public to gather.").stream()
                .filter(e -> e.category().equals("CONCEDE") && e.asserted()).count());
    }

    @Test
    void menSentToSupportAnotherAreAid() {
        EventMention sent = byRules("AID", "Government spokesman Theodoros Roussopoulos said that Greece had sent one company"
                + " of 128 men from the army engineers' corps to support road building networks.");
        assertEquals(List.of("Greece"), actors(sent));
        assertTrue(noAssertedByRules("MOBILIZE", "Greece sent 128 soldiers to support road building."));
    }

    @Test
    void agreeingWithSomeonesCommentIsSupportForThem() {
        String text = "Mangula agreed with Li's comment on the relations between the two countries.";
        EventMention shared = byRules("SUPPORT", text);
        assertEquals(List.of("Mangula"), actors(shared));
        assertEquals("Li", recipient(shared));
        assertTrue(noAssertedByRules("AGREE", text));
        // no one's view named: nothing
        assertTrue(noAssertedByRules("SUPPORT", "The editorial said that the Democrats won not because voters necessarily"
                + " agreed with their program but because of the missteps of the Republicans."));
    }

    @Test
    void aForceWordInsideACompoundSendsNoForce() {
        assertTrue(noAssertedByRules("MOBILIZE", "Razali welcomed the Association of Southeast Asian Nations (ASEAN) decision to"
                + " send their own envoy to the military-run state to check on the progress of promised democratic reforms."));
    }

    @Test
    void supportLostIsNotSupport() {
        assertTrue(noAssertedByRules("SUPPORT", "It was the first time that a US official has publicly acknowledged that"
                + " Mobutu, a key US ally since the 1960s, had lost Washington's support."));
    }

    @Test
    void appreciationExpressedIsPraise() {
        EventMention praise = byRules("SUPPORT", "He expressed his appreciation for the expected visit of Russian President"
                + " Vladimir Putin to Jordan next February.");
        assertEquals("Vladimir Putin", recipient(praise));
    }

    @Test
    void whatAnInfinitiveStillWantedWouldGiveIsWanted() {
        assertTrue(noAssertedByRules("SUPPORT", "The council urges member states to maintain their support to these efforts."));
        assertTrue(noAssertedByRules("SUPPORT", "If we are not in agreement, it will be impossible to convince the World Bank to"
                + " give us their support, he added."));
        assertTrue(noAssertedByRules("SUPPORT", "Singh pressed Japan to invest more and support nuclear cooperation."));
        assertTrue(noAssertedByRules("SUPPORT", "According to the release, the meeting unanimously agreed to propose that"
                + " ministers and leaders endorse the Outcomes Report of the exercise."));
        // a demand already made stays real under "to heed"
        assertEquals(1, allByRules("Iran has refused to heed the council's demand to suspend uranium enrichment.").stream()
                .filter(e -> e.category().equals("REQUEST") && e.asserted()).count());
    }

    @Test
    void whatIsBannedDidNotTakePlace() {
        assertTrue(noAssertedByRules("PROTEST", "Police had banned the rally by ex-Mungiki leader Ndura Wairunge, who plans to run"
                + " against the influential Raila Odinga in next year's parliamentary elections."));
        assertTrue(noAssertedByRules("CONSULT", "Rice has steadfastly rejected calls for Washington to break a 27-year ban on direct"
                + " negotiations with Iran."));
    }

    @Test
    void aReleaseDemandedAfterAnotherDemandIsWanted() {
        assertTrue(noAssertedByRules("RETREAT", "ASEAN aired its new stand on Myanmar at this week's summit, demanding progress on"
                + " political reforms and the release of opposition leader Aung San Suu Kyi."));
    }
}
