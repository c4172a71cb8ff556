package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Thirty-eighth round: the one asked named by "by" after what is asked for (not the one who asked: "as called for
 * by"); a bare past form after "demands that"; support withdrawn from the main clause's subject; the one goods are
 * seized from; a single clash's "with" party as the attacker of the one it killed; the country or town a visitor is in
 * for the visit. The rules are tested alone.
 */
class EventRequestsAndSeizuresTest {

    @Test
    void whatIsAskedForNamesTheOneAskedByBy() {
        EventMention review = byRules("REQUEST", "The World Trade Organization (WTO) has called for a trade policy review by"
                + " the East African Community (EAC), according to local press reports on Tuesday.");
        assertEquals(List.of("WTO"), actors(review));
        assertEquals("East African Community", recipient(review));
        EventMention strikes = byRules("REQUEST", "The statement seemed to indicate that Israel would carry out air strikes"
                + " against rocket launching cells, as called for by Defense Minister Amir Peretz.");
        assertNull(recipient(strikes), strikes::toString); // the one who asked, not the one asked
        assertEquals(List.of("Amir Peretz"), actors(strikes)); // thirty-ninth round: "as called for by" names the asker
    }

    @Test
    void aBarePastFormAfterDemandsThatStillNamesTheOneAsked() {
        EventMention quit = byRules("REQUEST", "Talks receded Saturday, as the rebels' demands that Mobutu quit immediately"
                + " were rejected.");
        assertEquals(List.of("rebels"), actors(quit));
        assertEquals("Mobutu", recipient(quit));
    }

    @Test
    void supportWithdrawnLeavesTheMainClausesSubjectWithoutIt() {
        EventMention ousted = byRules("SANCTION", "India's United Front coalition government was voted out of power Friday"
                + " after the Congress (I) party withdrew parliamentary support.");
        assertEquals("United Front", recipient(ousted));
        EventMention minority = byRules("SANCTION", "Deve Gowda was reduced to a minority after the Congress withdrew its"
                + " parliamentary backing on March 30.");
        assertEquals(List.of("Congress"), actors(minority));
        assertEquals("Deve Gowda", recipient(minority));
        EventMention plan = byRules("SANCTION", "The party withdrew its support for the plan after the vote.");
        assertNull(recipient(plan), plan::toString); // no main clause before "after"
    }

    @Test
    void goodsSeizedFromSomeoneNameTheOneTheyAreTakenFrom() {
        EventMention weapons = byRules("COERCE", "Police seized weapons from Hamas.");
        assertEquals(List.of("Police"), actors(weapons));
        assertEquals("Hamas", recipient(weapons));
        EventMention heroin = byRules("COERCE", "Police seized 20 kg of heroin from a house in Kabul.");
        assertNull(recipient(heroin), heroin::toString); // a house is no party
    }

    @Test
    void aSingleClashsWithPartyAttackedTheOneKilled() {
        EventMention clash = byRules("ASSAULT", "Two Palestinians were killed Tuesday in a clash with Israeli settlers.");
        assertEquals(List.of("settlers"), actors(clash));
        assertEquals("Palestinians", recipient(clash));
    }

    @Test
    void aVisitorInACountryForTheVisitVisitsIt() {
        EventMention visit = byRules("CONSULT", "Namibian President Hifikepunye Pohamba is in Singapore for a four-day state"
                + " visit.");
        assertEquals(List.of("Hifikepunye Pohamba"), actors(visit));
        assertEquals("Singapore", recipient(visit));
    }
}
