package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.only;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Twenty-fifth round, second part: who led an invasion, whose demands were rejected, what was invaded or visited when a
 * portion, a descriptor or a month stands beside the name, hijackings and annexations as events, the parties of "their
 * meeting", and a participle's "by" that names no protester.
 */
class EventLeadersTest {

    @Test
    void theLeaderOfAnInvasionIsItsActor() {
        EventMention e = only("ASSAULT", "Italy did not take part in the US-led invasion of Iraq in 2003.");
        assertEquals(List.of("US"), actors(e));
        assertEquals("Iraq", recipient(e));
    }

    @Test
    void demandsRejectedAreTheirOwnersWhenAPronounNamesThem() {
        EventMention e = only("REJECT", "Arafat met with strike leaders on Saturday and rejected their pay demands.");
        assertEquals("strike leaders", recipient(e));
    }

    @Test
    void anAllegationRejectedNamesTheOneWhoMadeIt() {
        EventMention e = only("REJECT", "The Supreme Court in Liberia has rejected football star George Weah's allegation of fraud.");
        assertEquals("George Weah", recipient(e));
    }

    @Test
    void aPortionInvadedNamesItsCountry() {
        EventMention e = only("ASSAULT", "Turkey invaded the northern third of Cyprus in 1974.");
        assertEquals("Cyprus", recipient(e));
    }

    @Test
    void aMonthAfterTheCountryVisitedIsNoPartOfItsName() {
        EventMention e = only("CONSULT", "Fradkov paid an official visit to China November 3-4.");
        assertEquals("China", recipient(e));
    }

    @Test
    void hijackingsAndAnnexationsAreEvents() {
        only("ASSAULT", "A recent spate of ship hijackings off the coast of Somalia is restricting delivery of food aid.");
        EventMention annexed = only("COERCE", "Israel captured and then annexed east Jerusalem after the 1967 war.");
        assertEquals(List.of("Israel"), actors(annexed));
    }

    @Test
    void theirMeetingPairsTheSubjectWithTheOneNamed() {
        EventMention e = only("CONSULT", "Ciampi told a joint news conference with Turkish President Ahmet Necdet Sezer after their"
                + " meeting that Turkey should join.");
        assertEquals(List.of("Ciampi"), actors(e));
        assertEquals("Ahmet Necdet Sezer", recipient(e));
    }

    @Test
    void aParticiplesAgentIsNotTheProtester() {
        EventMention e = only("PROTEST", "The six-party talks, launched in 2003, were suspended last November when Pyongyang walked"
                + " out in protest against financial sanctions imposed by Washington.");
        assertEquals(List.of("Pyongyang"), actors(e));
    }
}
